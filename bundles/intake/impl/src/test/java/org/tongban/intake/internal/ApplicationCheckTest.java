package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;
import org.tongban.intake.Channel;

class ApplicationCheckTest {

    @Test
    void validPersonAndOrganisation() {
        assertEquals(List.of(), ApplicationCheck.problems(new Application("C1",
                new Applicant(ApplicantType.PERSON, "张三", "11010519491231002X", "13800138000"), null, null, Channel.WINDOW, false)));
        assertEquals(List.of(), ApplicationCheck.problems(new Application("C1",
                new Applicant(ApplicantType.ORGANISATION, "某公司", "91350100M000100Y43", "13800138000"), null, null, Channel.ONLINE, false)));
    }

    @Test
    void everyFaultAtOnce() {
        List<String> p = ApplicationCheck.problems(new Application(" ",
                new Applicant(ApplicantType.PERSON, "", "110105194912310021", "12345"), null, null, null, false));
        assertEquals(5, p.size(), p.toString());
        assertTrue(p.get(3).startsWith("applicant.idNumber: check character"), p.toString());
        assertTrue(ApplicationCheck.problems(new Application("C", null, null, null, Channel.AGENT, false)).get(0).contains("applicant"));
    }
}

package org.tongban.itests;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TownshipProfileIT extends ProfileInstallSupport {

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("township", "370783003")};
    }

    @Test
    public void townshipProfileInstallsAloneAndServes() throws Exception {
        installsAloneAndServes("township", "[\"tongban-apidoc\",\"tongban-catalog\",\"tongban-core\",\"tongban-evaluation\",\"tongban-intake\",\"tongban-supervision\",\"tongban-surrogate\",\"tongban-sync\"]");
    }
}

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
public class VillageProfileIT extends ProfileInstallSupport {

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("village", "370783003201")};
    }

    @Test
    public void villageProfileInstallsAloneAndServes() throws Exception {
        installsAloneAndServes("village", "[\"tongban-catalog\",\"tongban-core\",\"tongban-surrogate\",\"tongban-sync\"]");
    }
}

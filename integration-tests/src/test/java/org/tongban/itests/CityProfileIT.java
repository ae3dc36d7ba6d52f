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
public class CityProfileIT extends ProfileInstallSupport {

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("city", "370700")};
    }

    @Test
    public void cityProfileInstallsAloneAndServes() throws Exception {
        installsAloneAndServes("city", "[\"tongban-apidoc\",\"tongban-catalog\",\"tongban-core\",\"tongban-evaluation\",\"tongban-intake\",\"tongban-intermediary\",\"tongban-provincial-sync\",\"tongban-supervision\",\"tongban-surrogate\",\"tongban-sync\"]");
    }
}

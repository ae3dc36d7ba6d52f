package org.tongban.intermediary;

import java.util.List;

/** What an agency registers with: credit code, name, contact, the division codes it serves, staff, qualifications. */
public record AgencyApplication(String creditCode, String name, String contactMobile, List<String> serviceAreas, int staffCount,
                                List<Qualification> qualifications) {

    public AgencyApplication {
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }
}

package org.tongban.intermediary;

import java.time.Instant;
import java.util.List;

/**
 * An agency of the marketplace: who it is, the user account it acts through, where it serves, its qualifications,
 * its admission, its credit (score 0–100 and grade) and its blacklisting, when one is in force.
 */
public record Agency(long id, String creditCode, String name, String account, String contactMobile, List<String> serviceAreas,
                     int staffCount, List<Qualification> qualifications, AgencyStatus status, String admissionOpinion,
                     int creditScore, CreditGrade creditGrade, Blacklisting blacklisting, Instant registeredAt) {

    public Agency {
        serviceAreas = List.copyOf(serviceAreas);
        qualifications = List.copyOf(qualifications);
    }
}

package org.tongban.intake;

import java.util.List;
import java.util.Optional;

/** One-window intake and the lifecycle of cases on this node. Every change is audited and sent upstream. */
public interface Intake {

    /**
     * Takes an application in: validates the applicant, checks the materials against the item's current version and
     * decides ACCEPTED (with case number and promised date), ACCEPTED with tolerated materials and a deadline, or
     * DEFICIENT listing everything missing at once. An instant item is decided at once.
     */
    CaseView submit(Application application, String actor, String role);

    /** Adds materials to a DEFICIENT case (补正) and checks it again against the version it was submitted under. */
    CaseView supplement(String caseNumber, List<SubmittedMaterial> materials, String actor, String role);

    /** Moves a case along its lifecycle with an opinion; an illegal move throws {@link IllegalTransitionException}. */
    CaseView transition(String caseNumber, CaseStatus to, String opinion, String actor, String role);

    Optional<CaseView> find(String caseNumber);

    /** The applicant's own progress query: only when the ID number matches the case's applicant. */
    Optional<CaseView> progress(String caseNumber, String idNumber);

    List<TimelineEntry> timeline(String caseNumber);
}

package org.tongban.intermediary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tongban.core.security.Caller;

/**
 * The intermediary marketplace (中介超市) of this node. Every change is audited and written to the outbox; bids stay
 * sealed until registration closes; every draw can be recomputed from its published record. Every change names its
 * {@link Caller}: an agency acts for its own registration and bids only (the agency an account's {@code agency:} unit
 * names, or the one it registered); a project's owner (the account that posted it, or an applicant whose identity is the
 * owner's credit code) runs its selection; supervision takes a supervisor whose division scope holds this node.
 */
public interface Marketplace {

    // services
    List<IntermediaryService> services(String itemCode);

    Optional<IntermediaryService> service(String code);

    IntermediaryService saveService(Caller caller, IntermediaryService service);

    // agencies
    Agency registerAgency(Caller caller, AgencyApplication application);

    Agency admit(Caller caller, long agencyId, boolean admit, String opinion);

    List<Agency> agencies(AgencyStatus status);

    Optional<Agency> agency(long id);

    /** The agency the caller acts for, if any. */
    Optional<Agency> agencyOf(Caller caller);

    Violation recordViolation(Caller caller, long agencyId, ViolationSeverity severity, String description);

    Blacklisting blacklist(Caller caller, long agencyId, String reason, LocalDate until);

    Agency liftBlacklisting(Caller caller, long agencyId, String reason);

    // projects
    /**
     * Posts a need under the selection rules in force, which it keeps. Its window runs at least the node's minimum of
     * whole working days after the day of posting. A need its owner cancelled after a selection, posted again within
     * the node's period, is linked to that project.
     */
    Project post(Caller caller, ProjectRequest request);

    List<Project> projects(ProjectStatus status, int limit);

    Optional<Project> project(long id);

    /** The projects the caller owns (posted by its account, or in an applicant's own identity), the newest first. */
    List<Project> projectsOf(Caller caller);

    /** Agencies that could be selected for the project today (for direct selection), with why others cannot. */
    List<Agency> qualifiedFor(long projectId);

    Registration register(Caller caller, long projectId, RegistrationRequest request);

    /**
     * Registrations as the viewer may see them: an agency its own; the owner all, once the window has closed; a
     * supervisor all, before the close without bids or proposals (and the look is noted in the access log).
     */
    List<Registration> registrations(Caller caller, long projectId);

    /** Runs the project's selection method once registration has closed. */
    Project select(Caller caller, long projectId);

    /** The owner's choice: direct selection, from the credit short list, or among the proposals. */
    Project choose(Caller caller, long projectId, long agencyId, String reason);

    Project contract(Caller caller, long projectId, String contractNumber, java.math.BigDecimal amount, LocalDate signedOn);

    Project deliver(Caller caller, long projectId, String summary);

    Project review(Caller caller, long projectId, int score, String comment);

    /** Cancels a project without a contract; the reason is published, and a cancellation after the selection counts against the owner. */
    Project cancel(Caller caller, long projectId, String reason);

    /** Recomputes a published selection under the rules the project was posted under. */
    DrawVerification verify(long projectId);

    /** Selection rules by their version. */
    Optional<RuleSet> rules(String version);

    /** Every owner's projects and cancellations after selection, the most such cancellations first; for supervision. */
    List<OwnerRecord> owners(Caller caller);
}

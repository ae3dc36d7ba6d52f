package org.tongban.intermediary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The intermediary marketplace (中介超市) of this node. Every change is audited and written to the outbox; bids stay
 * sealed until registration closes; every draw can be recomputed from its published record.
 */
public interface Marketplace {

    // services
    List<IntermediaryService> services(String itemCode);

    Optional<IntermediaryService> service(String code);

    IntermediaryService saveService(IntermediaryService service, String actor, String role);

    // agencies
    Agency registerAgency(AgencyApplication application, String account);

    Agency admit(long agencyId, boolean admit, String opinion, String actor, String role);

    List<Agency> agencies(AgencyStatus status);

    Optional<Agency> agency(long id);

    Optional<Agency> agencyOf(String account);

    Violation recordViolation(long agencyId, ViolationSeverity severity, String description, String actor, String role);

    Blacklisting blacklist(long agencyId, String reason, LocalDate until, String actor, String role);

    Agency liftBlacklisting(long agencyId, String reason, String actor, String role);

    // projects
    Project post(ProjectRequest request, String account, String role);

    List<Project> projects(ProjectStatus status, int limit);

    Optional<Project> project(long id);

    /** Agencies that could be selected for the project today (for direct selection), with why others cannot. */
    List<Agency> qualifiedFor(long projectId);

    Registration register(long projectId, RegistrationRequest request, String account);

    /** Registrations as the viewer may see them: an agency its own; owner and supervisor all, bids only once closed. */
    List<Registration> registrations(long projectId, String viewer, boolean supervisor);

    /** Runs the project's selection method once registration has closed. */
    Project select(long projectId, String actor, boolean supervisor);

    /** The owner's choice: direct selection, from the credit short list, or among the proposals. */
    Project choose(long projectId, long agencyId, String reason, String actor, boolean supervisor);

    Project contract(long projectId, String contractNumber, java.math.BigDecimal amount, LocalDate signedOn, String actor,
                     boolean supervisor);

    Project deliver(long projectId, String summary, String account);

    Project review(long projectId, int score, String comment, String actor, boolean supervisor);

    Project cancel(long projectId, String reason, String actor, boolean supervisor);

    DrawVerification verify(long projectId);
}

package org.tongban.intermediary.internal;

import org.tongban.core.text.Text;
import org.tongban.core.fault.Fault;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.Blacklisting;
import org.tongban.intermediary.Cancellation;
import org.tongban.intermediary.Candidate;
import org.tongban.intermediary.Contract;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.IntermediaryService;
import org.tongban.intermediary.Marketplace;
import org.tongban.intermediary.OwnerRecord;
import org.tongban.intermediary.OwnerReview;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectRequest;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.RegistrationRequest;
import org.tongban.intermediary.RuleSet;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;
import org.tongban.intermediary.ServiceDelivery;
import org.tongban.intermediary.Violation;
import org.tongban.intermediary.ViolationSeverity;

/**
 * The marketplace. Each change is one transaction with its audit record and outbox event under the project's (or the
 * agency's) subject. Bids are never written to the audit trail or the outbox before the selection publishes them.
 */
@Component(service = Marketplace.class, configurationPid = "org.tongban.intermediary")
@Designate(ocd = IntermediaryConfig.class)
public class MarketplaceComponent implements Marketplace {

    private static final Logger LOG = LoggerFactory.getLogger(MarketplaceComponent.class);

    private final Transactions tx;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final MarketAccess access;
    private final AccessLog reads;
    private volatile MarketSettings settings;

    @Activate
    public MarketplaceComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations,
                                @Reference WorkingDayCalendar calendar, @Reference TongbanClock clock, @Reference AuditTrail audit,
                                @Reference Outbox outbox, @Reference NodeInfo node, @Reference AccessLog reads,
                                IntermediaryConfig config) {
        this.access = new MarketAccess(node);
        this.reads = reads;
        this.tx = tx;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
        migrations.migrate("intermediary", MarketplaceComponent.class.getClassLoader());
        configure(config);
        SelectionRules.Rules now = settings.rules();
        int pinned = tx.inTransaction(c -> HistoryStore.pinUnversioned(c, now.version()));
        if (pinned > 0) {
            // Projects from before rules were versioned: the rules in force at the upgrade are the best record of theirs.
            LOG.info("{} marketplace project(s) without a rules version now keep rules {}", pinned, now.version());
        }
    }

    @Modified
    void configure(IntermediaryConfig c) {
        try {
            settings = MarketSettings.of(c);
        } catch (IllegalArgumentException e) {
            // A bad edit keeps the settings that were working; the first configuration falls back to the shipped defaults.
            LOG.error("org.tongban.intermediary: {}; keeping the previous settings", e.getMessage());
            if (settings == null) {
                settings = MarketSettings.DEFAULTS;
            }
        }
        // Kept as soon as they are in force, so that posts do not race to insert them.
        SelectionRules.Rules rules = settings.rules();
        tx.inTransaction(db -> {
            HistoryStore.keep(db, rules, clock.now().toEpochMilli());
            return null;
        });
    }

    // ---- services ---------------------------------------------------------------------------------------------

    @Override
    public List<IntermediaryService> services(String itemCode) {
        List<IntermediaryService> all = tx.read(MarketStore::services);
        return itemCode == null || itemCode.isBlank() ? all : all.stream().filter(s -> s.requiredBy().contains(itemCode.trim())).toList();
    }

    @Override
    public Optional<IntermediaryService> service(String code) {
        return tx.read(c -> MarketStore.service(c, code));
    }

    @Override
    public IntermediaryService saveService(Caller caller, IntermediaryService s) {
        access.requireSupervision(caller, Role.OPS);
        String actor = caller.user();
        String role = caller.role();
        List<String> p = new ArrayList<>();
        if (s == null) {
            throw Fault.invalid("send the service as JSON");
        }
        if (s.code() == null || !s.code().matches("[A-Za-z0-9_.-]{1,50}")) {
            p.add("code is 1-50 letters, digits, '.', '_' or '-'");
        }
        if (Text.blank(s.name())) {
            p.add("name is required");
        }
        if (Text.blank(s.legalBasis())) {
            p.add("legalBasis is required: the law or rule that makes an approval need this service");
        }
        if (s.timeLimitDays() < 1) {
            p.add("timeLimitDays (working days) is at least 1");
        }
        if (Text.blank(s.feeStandard())) {
            p.add("feeStandard is required (a price basis, or that it is set by the market)");
        }
        if (!p.isEmpty()) {
            throw Fault.invalid("the service has " + p.size() + " fault(s)", p);
        }
        return tx.inTransaction(c -> {
            MarketStore.save(c, s, clock.now().toEpochMilli());
            record(c, "intermediary-service:" + s.code(), "intermediary.service.saved", actor, role, s.name(),
                    Map.of("code", s.code(), "name", s.name(), "requiredBy", s.requiredBy(), "timeLimitDays", s.timeLimitDays()));
            return s;
        });
    }

    // ---- agencies ---------------------------------------------------------------------------------------------

    @Override
    public Agency registerAgency(Caller caller, AgencyApplication a) {
        access.requireAgencyOf(caller, a);
        String account = caller.user();
        List<String> p = new ArrayList<>(Requests.problems(a));
        if (!p.isEmpty()) {
            throw Fault.invalid("the agency has " + p.size() + " fault(s)", p);
        }
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            for (Qualification q : a.qualifications()) {
                if (MarketStore.service(c, q.serviceCode()).isEmpty()) {
                    p.add("qualifications: no service " + q.serviceCode() + " in the catalogue");
                }
            }
            if (!p.isEmpty()) {
                throw Fault.invalid("the agency has " + p.size() + " fault(s)", p);
            }
            long id;
            try {
                id = MarketStore.insert(c, a, account, clock.now().toEpochMilli());
            } catch (SQLIntegrityConstraintViolationException e) {
                throw Fault.conflict("an agency with credit code " + a.creditCode() + " or account " + account
                        + " is registered already");
            }
            record(c, agencySubject(id), "intermediary.agency.registered", account, "agency", a.name() + " registered, awaiting review",
                    Map.of("agencyId", id, "creditCode", a.creditCode(), "name", a.name()));
            return MarketStore.agency(c, id, today).orElseThrow();
        });
    }

    @Override
    public Agency admit(Caller caller, long agencyId, boolean admit, String opinion) {
        access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        if (!admit && Text.blank(opinion)) {
            throw Fault.invalid("a refusal states its reason (opinion)");
        }
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            Agency a = agency(c, agencyId, today);
            if (a.status() != AgencyStatus.PENDING) {
                throw Fault.conflict("agency " + agencyId + " was reviewed already (" + a.status() + ")");
            }
            AgencyStatus s = admit ? AgencyStatus.ADMITTED : AgencyStatus.REJECTED;
            MarketStore.setStatus(c, agencyId, s, opinion == null ? null : opinion.trim());
            record(c, agencySubject(agencyId), "intermediary.agency." + s.name().toLowerCase(), actor, role,
                    a.name() + " " + s + (Text.blank(opinion) ? "" : ": " + opinion.trim()), Map.of("agencyId", agencyId, "status", s.name()));
            return agency(c, agencyId, today);
        });
    }

    @Override
    public List<Agency> agencies(AgencyStatus status) {
        LocalDate today = clock.today();
        return tx.read(c -> MarketStore.agencies(c, status, today));
    }

    @Override
    public Optional<Agency> agency(long id) {
        LocalDate today = clock.today();
        return tx.read(c -> MarketStore.agency(c, id, today));
    }

    @Override
    public Optional<Agency> agencyOf(Caller caller) {
        LocalDate today = clock.today();
        return tx.read(c -> MarketAccess.agencyOf(c, caller, today));
    }

    @Override
    public Violation recordViolation(Caller caller, long agencyId, ViolationSeverity severity, String description) {
        access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        if (severity == null || Text.blank(description)) {
            throw Fault.invalid("severity (MINOR, SERIOUS, VETO) and description are required");
        }
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            Agency a = agency(c, agencyId, today);
            Violation v = MarketStore.violation(c, agencyId, severity, description.trim(), today, actor);
            record(c, agencySubject(agencyId), "intermediary.agency.violation", actor, role, severity + ": " + description.trim(),
                    Map.of("agencyId", agencyId, "severity", severity.name(), "description", description.trim()));
            rescore(c, a, actor, role);
            return v;
        });
    }

    @Override
    public Blacklisting blacklist(Caller caller, long agencyId, String reason, LocalDate until) {
        access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        LocalDate today = clock.today();
        if (Text.blank(reason) || until == null || until.isBefore(today)) {
            throw Fault.invalid("reason and an until date from today on are required");
        }
        return tx.inTransaction(c -> {
            Agency a = agency(c, agencyId, today);
            MarketStore.blacklist(c, agencyId, reason.trim(), today, until, actor);
            record(c, agencySubject(agencyId), "intermediary.agency.blacklisted", actor, role,
                    a.name() + " blacklisted until " + until + ": " + reason.trim(),
                    Map.of("agencyId", agencyId, "until", until.toString(), "reason", reason.trim()));
            return MarketStore.blacklisting(c, agencyId, today).orElseThrow();
        });
    }

    @Override
    public Agency liftBlacklisting(Caller caller, long agencyId, String reason) {
        access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        if (Text.blank(reason)) {
            throw Fault.invalid("reason is required: why the blacklisting ends early");
        }
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            Agency a = agency(c, agencyId, today);
            if (MarketStore.lift(c, agencyId, today, actor) == 0) {
                throw Fault.conflict(a.name() + " is not blacklisted");
            }
            record(c, agencySubject(agencyId), "intermediary.agency.blacklist-lifted", actor, role, reason.trim(),
                    Map.of("agencyId", agencyId, "reason", reason.trim()));
            return agency(c, agencyId, today);
        });
    }

    /** Recomputes an agency's credit from its whole record; audited when the grade changes. */
    private void rescore(Connection c, Agency a, String actor, String role) throws SQLException {
        int[][] record = MarketStore.record(c, a.id());
        List<Integer> scores = Arrays.stream(record[0]).boxed().toList();
        List<ViolationSeverity> violations = MarketStore.violations(c, a.id());
        int score = CreditRules.score(scores, record[1][0], record[1][1], violations);
        CreditGrade grade = CreditRules.grade(score, violations);
        MarketStore.setCredit(c, a.id(), score, grade);
        if (score != a.creditScore() || grade != a.creditGrade()) {
            record(c, agencySubject(a.id()), "intermediary.agency.credit", actor, role,
                    a.name() + ": credit " + a.creditScore() + " (" + a.creditGrade() + ") → " + score + " (" + grade + ")",
                    Map.of("agencyId", a.id(), "score", score, "grade", grade.name()));
        }
    }

    // ---- projects ---------------------------------------------------------------------------------------------

    @Override
    public Project post(Caller caller, ProjectRequest r) {
        access.requirePoster(caller, r);
        String account = caller.user();
        String role = caller.role();
        Instant now = clock.now();
        List<String> p = new ArrayList<>(Requests.problems(r, now));
        if (!p.isEmpty()) {
            throw Fault.invalid("the project has " + p.size() + " fault(s)", p);
        }
        MarketSettings set = settings;
        if (r.method() != SelectionMethod.DIRECT) {
            Publication.require(calendar, clock.zone(), now, set.minPublicationWorkingDays(), r.registrationCloses());
        }
        return tx.inTransaction(c -> {
            IntermediaryService s = MarketStore.service(c, r.serviceCode().trim()).orElseThrow(() -> Fault.invalid(
                    "the project has 1 fault(s)", List.of("serviceCode: no service " + r.serviceCode() + " in the catalogue")));
            StoredProject k = new StoredProject();
            k.serviceCode = s.code();
            k.serviceName = s.name();
            k.title = r.title().trim();
            k.scope = r.scope().trim();
            k.ownerName = r.ownerName().trim();
            k.ownerCreditCode = r.ownerCreditCode().trim().toUpperCase();
            k.ownerAccount = account;
            k.budgetMin = r.budgetMin();
            k.budgetMax = r.budgetMax();
            k.fixedPrice = r.fixedPrice();
            k.timeLimitDays = r.timeLimitDays();
            k.minimumGrade = r.minimumGrade();
            k.method = r.method();
            k.publishedAt = now;
            k.closes = r.method() == SelectionMethod.DIRECT ? now : r.registrationCloses();
            k.publicFunds = r.publicFunds();
            k.areaCode = r.areaCode();
            k.status = r.method() == SelectionMethod.DIRECT ? ProjectStatus.AWAITING_CHOICE : ProjectStatus.OPEN;
            // The seed of every draw of this project is fixed now and only its hash published: nobody can choose it later.
            k.seed = Draws.newSeed();
            k.seedCommitment = Draws.commitment(k.seed);
            // The rules are fixed with the seed: changing the node's rules afterwards must not change this draw.
            HistoryStore.keep(c, set.rules(), now.toEpochMilli());
            k.rulesVersion = set.rules().version();
            k.relaunchOf = Relaunches.earlier(c, k, now.minus(java.time.Duration.ofDays(set.relaunchPeriodDays()))).orElse(null);
            MarketStore.insert(c, k, now.toEpochMilli());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("projectId", k.id);
            e.put("code", k.code);
            e.put("serviceCode", k.serviceCode);
            e.put("title", k.title);
            e.put("method", k.method.name());
            e.put("registrationCloses", k.closes.toString());
            e.put("publicFunds", k.publicFunds);
            e.put("seedCommitment", k.seedCommitment);
            e.put("rulesVersion", k.rulesVersion);
            if (k.relaunchOf != null) {
                e.put("relaunchOf", k.relaunchOf);
            }
            record(c, projectSubject(k), "intermediary.project.posted", account, role, k.title + " (" + k.method + ")"
                    + (k.relaunchOf == null ? "" : ", the same need as project " + k.relaunchOf + " cancelled after its selection"), e);
            return view(c, k);
        });
    }

    @Override
    public List<Project> projects(ProjectStatus status, int limit) {
        return tx.read(c -> {
            List<Project> out = new ArrayList<>();
            for (StoredProject p : MarketStore.projects(c, status, Math.max(1, Math.min(limit, 1000)))) {
                out.add(view(c, p));
            }
            return out;
        });
    }

    @Override
    public Optional<Project> project(long id) {
        return tx.read(c -> {
            Optional<StoredProject> p = MarketStore.project(c, id);
            return p.isEmpty() ? Optional.<Project>empty() : Optional.of(view(c, p.get()));
        });
    }

    @Override
    public List<Project> projectsOf(Caller caller) {
        return tx.read(c -> {
            List<Project> out = new ArrayList<>();
            for (StoredProject p : MarketStore.projects(c, null, 1000)) {
                if (MarketAccess.owns(caller, p)) {
                    out.add(view(c, p));
                }
            }
            return out;
        });
    }

    @Override
    public List<Agency> qualifiedFor(long projectId) {
        LocalDate today = clock.today();
        return tx.read(c -> {
            StoredProject p = MarketStore.project(c, projectId).orElseThrow(() -> notFound(projectId));
            return MarketStore.agencies(c, AgencyStatus.ADMITTED, today).stream()
                    .filter(a -> Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today).isEmpty()).toList();
        });
    }

    @Override
    public Registration register(Caller caller, long projectId, RegistrationRequest r) {
        String account = caller.user();
        LocalDate today = clock.today();
        Instant now = clock.now();
        return tx.inTransaction(c -> {
            Agency a = MarketAccess.agencyOf(c, caller, today).orElseThrow(() -> forbidden(
                    "user " + account + " has no agency: register it first (POST /api/v1/intermediary/agencies)"));
            StoredProject p = MarketStore.lock(c, projectId).orElseThrow(() -> notFound(projectId));
            if (p.status != ProjectStatus.OPEN) {
                throw Fault.conflict("project " + p.code + " is " + p.status + ": registration is over");
            }
            if (!now.isBefore(p.closes)) {
                throw Fault.conflict("registration for " + p.code + " closed at " + p.closes);
            }
            Optional<String> why = Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today);
            if (why.isPresent()) {
                throw Fault.unprocessable("not-qualified", why.get());
            }
            BigDecimal bid = r == null ? null : r.bid();
            String proposal = r == null || Text.blank(r.proposal()) ? null : r.proposal().trim();
            switch (p.method) {
                case LOWEST_PRICE, BEST_PRICE -> {
                    if (bid == null || bid.signum() <= 0) {
                        throw Fault.invalid(p.method + " needs a bid: a positive amount in yuan");
                    }
                }
                case PROPOSAL_COMPARISON -> {
                    if (proposal == null) {
                        throw Fault.invalid("proposal comparison needs a proposal (and a quote as bid)");
                    }
                }
                default -> {
                    if (bid != null) {
                        throw Fault.invalid(p.method + ": the owner fixed the price; send no bid");
                    }
                }
            }
            long id;
            try {
                id = MarketStore.register(c, projectId, a.id(), bid == null ? null : bid.setScale(2, java.math.RoundingMode.HALF_UP),
                        proposal, now.toEpochMilli());
            } catch (SQLIntegrityConstraintViolationException e) {
                throw Fault.conflict(a.name() + " is registered for " + p.code + " already");
            }
            // The bid stays out of the audit trail and the outbox: it is sealed until the selection publishes it.
            record(c, projectSubject(p), "intermediary.project.registration", account, "agency",
                    a.name() + " registered" + (bid == null ? "" : " (bid sealed)"), Map.of("projectId", p.id, "agencyId", a.id()));
            return new Registration(id, projectId, a.id(), a.name(), bid, proposal, now);
        });
    }

    @Override
    public List<Registration> registrations(Caller caller, long projectId) {
        boolean supervisor = access.supervises(caller);
        LocalDate today = clock.today();
        Instant now = clock.now();
        return tx.read(c -> {
            StoredProject p = MarketStore.project(c, projectId).orElseThrow(() -> notFound(projectId));
            List<Registration> all = MarketStore.registrations(c, projectId);
            boolean sealed = p.sealed(now);
            if (supervisor) {
                if (sealed) {
                    // Supervision may look into an open window (collusion, a forged qualification), never at bids; the look is noted.
                    reads.read(caller, projectSubject(p), "registrations before the close");
                }
                return sealed ? all.stream().map(x -> new Registration(x.id(), x.projectId(), x.agencyId(), x.agencyName(), null, null,
                        x.registeredAt())).toList() : all;
            }
            if (MarketAccess.owns(caller, p)) {
                if (sealed) {
                    // Who registered, and how many, is the owner's to know only once nobody can register any more.
                    throw Fault.conflict("registration for " + p.code + " closes at " + p.closes
                            + ": until then nobody but supervision sees who registered");
                }
                return all;
            }
            Optional<Agency> mine = MarketAccess.agencyOf(c, caller, today);
            if (mine.isEmpty()) {
                throw forbidden("only the owner, a supervisor and registered agencies see registrations");
            }
            return all.stream().filter(x -> x.agencyId() == mine.get().id()).toList();
        });
    }

    @Override
    public Project select(Caller caller, long projectId) {
        String actor = caller.user();
        boolean supervisor = access.supervises(caller);
        LocalDate today = clock.today();
        Instant now = clock.now();
        return tx.inTransaction(c -> {
            StoredProject p = owned(c, projectId, caller, supervisor);
            if (p.method == SelectionMethod.DIRECT) {
                throw Fault.conflict(p.code + " is a direct selection: the owner chooses (POST …/choice)");
            }
            if (p.status != ProjectStatus.OPEN) {
                throw Fault.conflict(p.code + " is " + p.status + ": its selection has been made");
            }
            if (now.isBefore(p.closes)) {
                throw Fault.conflict("registration for " + p.code + " closes at " + p.closes + "; bids stay sealed until then");
            }
            List<Candidate> candidates = new ArrayList<>();
            List<String> excluded = new ArrayList<>();
            for (Registration r : MarketStore.registrations(c, projectId)) {
                Agency a = MarketStore.agency(c, r.agencyId(), today).orElseThrow();
                // Checked again now: a qualification may have expired or a blacklisting begun since registration.
                Optional<String> why = Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today);
                if (why.isPresent()) {
                    excluded.add(why.get());
                } else {
                    candidates.add(new Candidate(a.id(), a.name(), r.bid(), a.creditScore(), r.proposal() != null));
                }
            }
            SelectionRules.Rules rules = recordedRules(c, p).orElseThrow(() -> new IllegalStateException(
                    "the rules " + p.rulesVersion + " of " + p.code + " are not on record"));
            Selection s = SelectionRules.select(terms(p), candidates, excluded, rules, p.seed, p.seedCommitment, now);
            p.selection = s;
            p.winnerAgencyId = s.winnerAgencyId();
            p.status = s.failedReason() != null ? ProjectStatus.FAILED
                    : s.winnerAgencyId() != null ? ProjectStatus.SELECTED : ProjectStatus.AWAITING_CHOICE;
            MarketStore.update(c, p, now.toEpochMilli());
            String detail = switch (p.status) {
                case FAILED -> s.failedReason();
                case SELECTED -> "selected " + name(s, s.winnerAgencyId()) + (s.winningBid() == null ? "" : " at " + s.winningBid())
                        + ": " + s.note();
                default -> s.note();
            };
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("projectId", p.id);
            e.put("status", p.status.name());
            e.put("selection", s);
            record(c, projectSubject(p), "intermediary.project.selection", actor, supervisor ? "supervisor" : "owner", detail, e);
            return view(c, p);
        });
    }

    @Override
    public Project choose(Caller caller, long projectId, long agencyId, String reason) {
        String actor = caller.user();
        boolean supervisor = access.supervises(caller);
        LocalDate today = clock.today();
        Instant now = clock.now();
        return tx.inTransaction(c -> {
            StoredProject p = owned(c, projectId, caller, supervisor);
            if (p.status != ProjectStatus.AWAITING_CHOICE) {
                throw Fault.conflict(p.code + " is " + p.status + ": there is no choice to make");
            }
            Agency a = MarketStore.agency(c, agencyId, today).orElseThrow(() -> Fault.notFound("no agency " + agencyId));
            Optional<String> why = Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today);
            if (why.isPresent()) {
                throw Fault.unprocessable("not-qualified", why.get());
            }
            String note = Text.blank(reason) ? "chosen by the owner" : "chosen by the owner: " + reason.trim();
            if (p.method == SelectionMethod.DIRECT) {
                p.selection = new Selection(p.method, p.seed, p.seedCommitment,
                        List.of(new Candidate(a.id(), a.name(), null, a.creditScore(), false)), List.of(), null, null, List.of(),
                        a.id(), null, null, note, now);
            } else {
                if (!p.selection.shortlist().contains(agencyId)) {
                    throw Fault.conflict(a.name() + " is not on the list the owner chooses from " + p.selection.shortlist());
                }
                Selection s = p.selection;
                BigDecimal bid = s.candidates().stream().filter(x -> x.agencyId() == agencyId).findFirst().map(Candidate::bid).orElse(null);
                p.selection = new Selection(s.method(), s.seed(), s.seedCommitment(), s.candidates(), s.excluded(), s.factor(),
                        s.referencePrice(), s.shortlist(), agencyId, bid, null, s.note() + "; " + note, s.at());
            }
            p.winnerAgencyId = agencyId;
            p.status = ProjectStatus.SELECTED;
            MarketStore.update(c, p, now.toEpochMilli());
            record(c, projectSubject(p), "intermediary.project.chosen", actor, supervisor ? "supervisor" : "owner",
                    a.name() + " " + note, Map.of("projectId", p.id, "agencyId", agencyId, "note", note));
            return view(c, p);
        });
    }

    @Override
    public Project contract(Caller caller, long projectId, String number, BigDecimal amount, LocalDate signedOn) {
        String actor = caller.user();
        boolean supervisor = access.supervises(caller);
        if (Text.blank(number) || amount == null || amount.signum() <= 0) {
            throw Fault.invalid("contractNumber and a positive amount are required");
        }
        LocalDate today = clock.today();
        LocalDate signed = signedOn == null ? today : signedOn;
        if (signed.isAfter(today)) {
            throw Fault.invalid("signedOn is in the future");
        }
        return tx.inTransaction(c -> {
            StoredProject p = owned(c, projectId, caller, supervisor);
            if (p.status != ProjectStatus.SELECTED) {
                throw Fault.conflict(p.code + " is " + p.status + ": a contract follows the selection");
            }
            BigDecimal agreed = p.selection.winningBid() != null && p.method != SelectionMethod.PROPOSAL_COMPARISON
                    ? p.selection.winningBid() : p.fixedPrice;
            if (agreed != null && agreed.compareTo(amount) != 0) {
                throw Fault.conflict("the contract amount is the selected price " + agreed + ", not " + amount);
            }
            LocalDate due = calendar.addWorkingDays(signed, p.timeLimitDays);
            p.contract = new Contract(number.trim(), amount.setScale(2, java.math.RoundingMode.HALF_UP), signed, due);
            p.status = ProjectStatus.CONTRACTED;
            MarketStore.update(c, p, clock.now().toEpochMilli());
            record(c, projectSubject(p), "intermediary.project.contracted", actor, supervisor ? "supervisor" : "owner",
                    "contract " + number.trim() + ", " + amount + " yuan, due " + due,
                    Map.of("projectId", p.id, "contractNumber", number.trim(), "amount", amount, "dueDate", due.toString()));
            return view(c, p);
        });
    }

    @Override
    public Project deliver(Caller caller, long projectId, String summary) {
        String account = caller.user();
        if (Text.blank(summary)) {
            throw Fault.invalid("summary is required: what was delivered (report number, findings…)");
        }
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            StoredProject p = MarketStore.lock(c, projectId).orElseThrow(() -> notFound(projectId));
            Agency a = MarketAccess.agencyOf(c, caller, today).orElseThrow(() -> forbidden("user " + account + " has no agency"));
            if (p.winnerAgencyId == null || p.winnerAgencyId != a.id()) {
                throw forbidden(a.name() + " was not selected for " + p.code);
            }
            if (p.status != ProjectStatus.CONTRACTED) {
                throw Fault.conflict(p.code + " is " + p.status + ": the service is delivered under a contract");
            }
            p.delivery = new ServiceDelivery(today, summary.trim());
            p.status = ProjectStatus.DELIVERED;
            MarketStore.update(c, p, clock.now().toEpochMilli());
            record(c, projectSubject(p), "intermediary.project.delivered", account, "agency", summary.trim()
                    + (today.isAfter(p.contract.dueDate()) ? " (late: due " + p.contract.dueDate() + ")" : ""),
                    Map.of("projectId", p.id, "deliveredOn", today.toString(), "dueDate", p.contract.dueDate().toString()));
            return view(c, p);
        });
    }

    @Override
    public Project review(Caller caller, long projectId, int score, String comment) {
        String actor = caller.user();
        boolean supervisor = access.supervises(caller);
        if (score < 1 || score > 5) {
            throw Fault.invalid("score is 1 to 5");
        }
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            StoredProject p = owned(c, projectId, caller, supervisor);
            if (p.status != ProjectStatus.DELIVERED) {
                throw Fault.conflict(p.code + " is " + p.status + ": the owner reviews a delivered service once");
            }
            boolean onTime = !p.delivery.deliveredOn().isAfter(p.contract.dueDate());
            p.review = new OwnerReview(score, onTime, Text.blank(comment) ? null : comment.trim(), today);
            p.status = ProjectStatus.REVIEWED;
            MarketStore.update(c, p, clock.now().toEpochMilli());
            record(c, projectSubject(p), "intermediary.project.reviewed", actor, supervisor ? "supervisor" : "owner",
                    "score " + score + (onTime ? ", on time" : ", late"), Map.of("projectId", p.id, "score", score, "onTime", onTime));
            rescore(c, MarketStore.agency(c, p.winnerAgencyId, today).orElseThrow(), actor, "owner");
            return view(c, p);
        });
    }

    @Override
    public Project cancel(Caller caller, long projectId, String reason) {
        String actor = caller.user();
        boolean supervisor = access.supervises(caller);
        if (Text.blank(reason)) {
            throw Fault.invalid("reason is required");
        }
        return tx.inTransaction(c -> {
            StoredProject p = owned(c, projectId, caller, supervisor);
            if (p.status != ProjectStatus.OPEN && p.status != ProjectStatus.AWAITING_CHOICE && p.status != ProjectStatus.SELECTED) {
                throw Fault.conflict(p.code + " is " + p.status + ": only a project without a contract is cancelled");
            }
            // After the selection the draw's result is known: a cancellation then is published as such and counts against the owner.
            boolean afterSelection = p.selection != null;
            Instant now = clock.now();
            p.status = ProjectStatus.CANCELLED;
            p.cancellation = new Cancellation(now, reason.trim(), afterSelection);
            MarketStore.update(c, p, now.toEpochMilli());
            record(c, projectSubject(p), "intermediary.project.cancelled", actor, supervisor ? "supervisor" : "owner",
                    (afterSelection ? "after its selection: " : "") + reason.trim(),
                    Map.of("projectId", p.id, "reason", reason.trim(), "afterSelection", afterSelection));
            return view(c, p);
        });
    }

    @Override
    public DrawVerification verify(long projectId) {
        return tx.read(c -> {
            StoredProject p = MarketStore.project(c, projectId).orElseThrow(() -> notFound(projectId));
            Selection s = p.selection;
            if (s == null) {
                throw Fault.conflict(p.code + " has no selection yet: its seed is still secret (commitment " + p.seedCommitment
                        + ")");
            }
            Optional<RuleSet> kept = p.rulesVersion == null ? Optional.empty() : HistoryStore.rules(c, p.rulesVersion);
            return DrawRecheck.of(p.id, terms(p), p.seedCommitment, s, p.rulesVersion, kept.map(RuleSet::content).orElse(null));
        });
    }

    @Override
    public Optional<RuleSet> rules(String version) {
        return version == null || !version.matches("[0-9a-f]{64}") ? Optional.empty() : tx.read(c -> HistoryStore.rules(c, version));
    }

    @Override
    public List<OwnerRecord> owners(Caller caller) {
        access.requireSupervision(caller);
        return tx.read(HistoryStore::owners);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** The project as published now, with its earlier attempts. */
    private Project view(Connection c, StoredProject p) throws SQLException {
        return p.view(clock.now(), Relaunches.of(c, p));
    }

    private static Optional<SelectionRules.Rules> recordedRules(Connection c, StoredProject p) throws SQLException {
        return HistoryStore.rules(c, p.rulesVersion).map(r -> SelectionRules.Rules.parse(r.content()));
    }

    private static SelectionRules.Terms terms(StoredProject p) {
        return new SelectionRules.Terms(p.method, p.budgetMin, p.budgetMax, p.publicFunds);
    }

    private static String name(Selection s, Long agencyId) {
        return s.candidates().stream().filter(x -> agencyId != null && x.agencyId() == agencyId).map(Candidate::name).findFirst()
                .orElse("agency " + agencyId);
    }

    private StoredProject owned(Connection c, long projectId, Caller caller, boolean supervisor) throws SQLException {
        StoredProject p = MarketStore.lock(c, projectId).orElseThrow(() -> notFound(projectId));
        if (!supervisor && !MarketAccess.owns(caller, p)) {
            throw forbidden("project " + p.code + " belongs to " + p.ownerAccount);
        }
        return p;
    }

    private static Agency agency(Connection c, long id, LocalDate today) throws SQLException {
        return MarketStore.agency(c, id, today).orElseThrow(() -> Fault.notFound("no agency " + id));
    }

    private void record(Connection c, String subject, String action, String actor, String role, String detail,
                        Map<String, Object> payload) throws SQLException {
        audit.append(c, new AuditEntry(actor == null ? "unknown" : actor, role, action, subject, detail));
        outbox.append(c, subject, action, 1, payload);
    }

    private static String projectSubject(StoredProject p) {
        return "intermediary-project:" + p.code;
    }

    private static String agencySubject(long id) {
        return "intermediary-agency:" + id;
    }

    private static Fault notFound(long projectId) {
        return Fault.notFound("no project " + projectId);
    }

    private static Fault forbidden(String detail) {
        return Fault.forbidden(detail);
    }

}

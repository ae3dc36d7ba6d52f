package org.tongban.intermediary.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.Blacklisting;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.IntermediaryService;
import org.tongban.intermediary.Marketplace;
import org.tongban.intermediary.OwnerRecord;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectRequest;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.RegistrationRequest;
import org.tongban.intermediary.RuleSet;
import org.tongban.intermediary.Violation;
import org.tongban.intermediary.ViolationSeverity;

/**
 * The marketplace as one service: migrates its tables, holds the settings in force and hands each call to the use case
 * of its aggregate (the catalogue, agencies, postings, bidding, selections, contracts). Each change is one transaction
 * with its audit record and outbox event; bids are never written to either before the selection publishes them.
 */
@Component(service = Marketplace.class, configurationPid = "org.tongban.intermediary")
@Designate(ocd = IntermediaryConfig.class)
public class MarketplaceComponent implements Marketplace {

    private static final Logger LOG = LoggerFactory.getLogger(MarketplaceComponent.class);

    private final MarketContext ctx;
    private final Catalogue catalogue;
    private final Agencies agencies;
    private final Postings postings;
    private final Bidding bidding;
    private final Selections selections;
    private final Contracts contracts;

    @Activate
    public MarketplaceComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations,
                                @Reference WorkingDayCalendar calendar, @Reference TongbanClock clock, @Reference Changes changes,
                                @Reference NodeInfo node, @Reference AccessLog reads,
                                IntermediaryConfig config) {
        ctx = new MarketContext(tx, changes, calendar, clock, new MarketAccess(node), reads);
        catalogue = new Catalogue(ctx);
        agencies = new Agencies(ctx);
        postings = new Postings(ctx);
        bidding = new Bidding(ctx);
        selections = new Selections(ctx);
        contracts = new Contracts(ctx, agencies);
        migrations.migrate("intermediary", MarketplaceComponent.class.getClassLoader());
        configure(config);
        SelectionRules.Rules now = ctx.settings().rules();
        int pinned = tx.inTransaction(c -> HistoryStore.pinUnversioned(c, now.version()));
        if (pinned > 0) {
            // Projects from before rules were versioned: the rules in force at the upgrade are the best record of theirs.
            LOG.info("{} marketplace project(s) without a rules version now keep rules {}", pinned, now.version());
        }
    }

    @Modified
    void configure(IntermediaryConfig c) {
        try {
            ctx.settings(MarketSettings.of(c));
        } catch (IllegalArgumentException e) {
            // A bad edit keeps the settings that were working; the first configuration falls back to the shipped defaults.
            LOG.error("org.tongban.intermediary: {}; keeping the previous settings", e.getMessage());
        }
        // Kept as soon as they are in force, so that posts do not race to insert them.
        SelectionRules.Rules rules = ctx.settings().rules();
        ctx.tx.inTransaction(db -> {
            HistoryStore.keep(db, rules, ctx.clock.now().toEpochMilli());
            return null;
        });
    }

    // ---- services -------------------------------------------------------------------------------------------------

    @Override
    public List<IntermediaryService> services(String itemCode) {
        return catalogue.services(itemCode);
    }

    @Override
    public Optional<IntermediaryService> service(String code) {
        return catalogue.service(code);
    }

    @Override
    public IntermediaryService saveService(Caller caller, IntermediaryService s) {
        return catalogue.saveService(caller, s);
    }

    // ---- agencies -------------------------------------------------------------------------------------------------

    @Override
    public Agency registerAgency(Caller caller, AgencyApplication a) {
        return agencies.registerAgency(caller, a);
    }

    @Override
    public Agency admit(Caller caller, long agencyId, boolean admit, String opinion) {
        return agencies.admit(caller, agencyId, admit, opinion);
    }

    @Override
    public List<Agency> agencies(AgencyStatus status) {
        return agencies.agencies(status);
    }

    @Override
    public Optional<Agency> agency(long id) {
        return agencies.agency(id);
    }

    @Override
    public Optional<Agency> agencyOf(Caller caller) {
        return agencies.agencyOf(caller);
    }

    @Override
    public Violation recordViolation(Caller caller, long agencyId, ViolationSeverity severity, String description) {
        return agencies.recordViolation(caller, agencyId, severity, description);
    }

    @Override
    public Blacklisting blacklist(Caller caller, long agencyId, String reason, LocalDate until) {
        return agencies.blacklist(caller, agencyId, reason, until);
    }

    @Override
    public Agency liftBlacklisting(Caller caller, long agencyId, String reason) {
        return agencies.liftBlacklisting(caller, agencyId, reason);
    }

    // ---- projects -------------------------------------------------------------------------------------------------

    @Override
    public Project post(Caller caller, ProjectRequest r) {
        return postings.post(caller, r);
    }

    @Override
    public List<Project> projects(ProjectStatus status, int limit) {
        return postings.projects(status, limit);
    }

    @Override
    public Optional<Project> project(long id) {
        return postings.project(id);
    }

    @Override
    public List<Project> projectsOf(Caller caller) {
        return postings.projectsOf(caller);
    }

    @Override
    public Project cancel(Caller caller, long projectId, String reason) {
        return postings.cancel(caller, projectId, reason);
    }

    @Override
    public List<OwnerRecord> owners(Caller caller) {
        return postings.owners(caller);
    }

    // ---- registrations, with sealed bids --------------------------------------------------------------------------

    @Override
    public List<Agency> qualifiedFor(long projectId) {
        return bidding.qualifiedFor(projectId);
    }

    @Override
    public Registration register(Caller caller, long projectId, RegistrationRequest r) {
        return bidding.register(caller, projectId, r);
    }

    @Override
    public List<Registration> registrations(Caller caller, long projectId) {
        return bidding.registrations(caller, projectId);
    }

    // ---- selection ------------------------------------------------------------------------------------------------

    @Override
    public Project select(Caller caller, long projectId) {
        return selections.select(caller, projectId);
    }

    @Override
    public Project choose(Caller caller, long projectId, long agencyId, String reason) {
        return selections.choose(caller, projectId, agencyId, reason);
    }

    @Override
    public DrawVerification verify(long projectId) {
        return selections.verify(projectId);
    }

    @Override
    public Optional<RuleSet> rules(String version) {
        return selections.rules(version);
    }

    // ---- contracts, delivery and review ---------------------------------------------------------------------------

    @Override
    public Project contract(Caller caller, long projectId, String number, BigDecimal amount, LocalDate signedOn) {
        return contracts.contract(caller, projectId, number, amount, signedOn);
    }

    @Override
    public Project deliver(Caller caller, long projectId, String summary) {
        return contracts.deliver(caller, projectId, summary);
    }

    @Override
    public Project review(Caller caller, long projectId, int score, String comment) {
        return contracts.review(caller, projectId, score, comment);
    }
}

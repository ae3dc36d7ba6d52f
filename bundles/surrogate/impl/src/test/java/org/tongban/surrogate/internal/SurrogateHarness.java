package org.tongban.surrogate.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.Department;
import org.tongban.catalog.ExerciseLevel;
import org.tongban.catalog.Fee;
import org.tongban.catalog.HandlingForm;
import org.tongban.catalog.ImportReport;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.ItemType;
import org.tongban.catalog.Material;
import org.tongban.catalog.MaterialForm;
import org.tongban.catalog.MaterialRequirement;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.internal.schedule.PeriodicTasksComponent;
import org.tongban.core.NodeLevel;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Change;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.rest.FaultProblems;
import org.tongban.core.rest.Role;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Authorisation;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.core.security.Caller;
import org.tongban.sync.DeadLetter;
import org.tongban.sync.DownEvent;
import org.tongban.sync.InboxEntry;
import org.tongban.sync.Receipt;
import org.tongban.sync.Sync;
import org.tongban.sync.SyncEvent;
import org.tongban.sync.SyncStatus;
import org.tongban.testsupport.LocalChanges;
import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;
import org.tongban.testsupport.RecordingAudit;
import org.tongban.testsupport.RecordingOutbox;

/**
 * The surrogate's real components on in-memory Derby with the surrogate migrations, at a township node that runs
 * intake: {@link FakeIntake} stands in for the node's intake (with the real {@link CaseNewsSender} as its observer),
 * core's changes are {@link LocalChanges} on one data source, and recording stand-ins keep what they are given (audit
 * entries and outbox events of committed changes, news sent down).
 */
final class SurrogateHarness {

    static final String NODE = "township-370783003";
    /** 宅基地和建房审批: handled at the township only, four papers required. */
    static final String PLOT = "11370783000118785U4010000000026";
    /** 食品经营许可: handled at the county and the city. */
    static final String FOOD = "11370783000007919T4010000000003";
    /** 残疾人证 renewal as a village-only item (no demo item is): handled below a township. */
    static final String VILLAGE_ONLY = "11370783000110866Q4070000000099";

    static final Caller OPS = new Caller("ops", Set.of(Role.OPS), null, Set.of(), null, null, null, null);
    static final Caller AGENT = new Caller("agent", Set.of(Role.AGENT), null, Set.of(), null, null, null, null);
    static final Caller OTHER_AGENT = new Caller("agent-2", Set.of(Role.AGENT), null, Set.of(), null, null, null, null);
    static final Caller CLERK = new Caller("clerk", EnumSet.of(Role.CLERK), "370783003", Set.of(), "W01", null, null, null);

    final RecordingAudit audit = new RecordingAudit();
    final RecordingOutbox outbox = new RecordingOutbox();
    final List<String[]> sentDown = new ArrayList<>();
    final Map<String, ServiceItem> items = new HashMap<>();
    final Transactions tx;
    final LocalChanges changes;
    final FakeIntake intake;
    final SurrogateComponent surrogate;
    final ForwardedIntake forwarded;
    final SurrogateCentreComponent centre;

    SurrogateHarness() {
        for (ServiceItem i : List.of(item(PLOT, "农村村民宅基地和建房（规划许可）审批", Set.of(NodeLevel.TOWNSHIP)),
                item(FOOD, "食品经营许可", Set.of(NodeLevel.CITY, NodeLevel.COUNTY)),
                item(VILLAGE_ONLY, "村级证明", Set.of(NodeLevel.VILLAGE)))) {
            items.put(i.implementationCode(), i);
        }
        DataSource ds = MemoryDatabase.migrated();   // the component migrates it when it starts
        tx = new LocalTransactions(ds);
        changes = new LocalChanges(tx, audit, outbox);
        TongbanClock clock = () -> Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        NodeInfo node = node();
        surrogate = new SurrogateComponent(tx, changes, (capability, loader) -> MemoryDatabase.migrate(ds, capability, loader),
                catalog(), node, clock);
        intake = new FakeIntake(changes, items);
        Sync sync = sync();
        intake.observers.add(new CaseNewsSender(sync, node, surrogate));
        PeriodicTasksComponent periodic = new PeriodicTasksComponent();
        forwarded = new ForwardedIntake(tx, changes, intake, sync, node, surrogate, periodic);
        forwarded.stop(); // the tests run its rounds themselves
        periodic.deactivate();
        centre = new SurrogateCentreComponent(tx, changes, intake, sync, node, clock, surrogate);
    }

    /** The two agents of the township's own points: {@link #AGENT} at DG-01, {@link #OTHER_AGENT} at XG-01. */
    void registerAgents() {
        surrogate.registerAgent(OPS, "agent", "王秀英", "13905368888", "DG-01", "东关村代办点");
        surrogate.registerAgent(OPS, "agent-2", "李红", "13905367777", "XG-01", "西关村代办点");
    }

    /** A valid request for the item, with every paper but the last (green channel when a project is named). */
    static OnBehalfRequest request(String item, String project) {
        return new OnBehalfRequest(item, new Applicant(ApplicantType.PERSON, "李四", "11010519491231002X", "13800138000"),
                Map.of("plotArea", 180), List.of(new SubmittedMaterial("M01", "scan/M01.pdf", null)), List.of("居民身份证"),
                new Authorisation("李四", LocalDate.of(2026, 11, 25), "代为申请并领取批准文件", "scan/authorisation.pdf"),
                project != null, project);
    }

    /** A fault's HTTP status as core maps it. */
    static int status(RuntimeException e) {
        return FaultProblems.status((org.tongban.core.fault.Fault) e);
    }

    List<String> outboxTypes() {
        return outbox.events.stream().map(NewEvent::type).toList();
    }

    boolean audited(String action, String actor) {
        return audit.entries.stream().anyMatch(a -> a.action().equals(action) && a.actor().equals(actor));
    }

    private static Material paper(String code) {
        return new Material(code, "材料" + code, "申请人", MaterialForm.ORIGINAL, 1, MaterialRequirement.REQUIRED, null, false);
    }

    private static ServiceItem item(String code, String name, Set<NodeLevel> handledAt) {
        return new ServiceItem(code, null, name, ItemType.ADMINISTRATIVE_LICENCE, ExerciseLevel.TOWNSHIP,
                new Department(code.substring(0, 18), "审批部门"), List.of(), Set.of(ApplicantKind.NATURAL_PERSON),
                Set.of(HandlingForm.WINDOW), CaseKind.PROMISED, 20, 5, new Fee(BigDecimal.ZERO, null), "依据", null, handledAt,
                List.of(), List.of(paper("M01"), paper("M02"), paper("M03"), paper("M04")), 0, "批准书", List.of());
    }

    private static NodeInfo node() {
        return new NodeInfo() {
            public NodeIdentity identity() {
                return new NodeIdentity(NODE, NodeLevel.TOWNSHIP, "370783003", "文家街道便民服务中心", null, false);
            }

            public List<String> capabilities() {
                return List.of("tongban-catalog", "tongban-core", SurrogateComponent.INTAKE, "tongban-surrogate", "tongban-sync");
            }
        };
    }

    private Catalog catalog() {
        return new Catalog() {
            public Optional<VersionedItem> current(String code) {
                return Optional.ofNullable(items.get(code)).map(i -> new VersionedItem(i, 1, Instant.EPOCH, "ops"));
            }

            public Optional<VersionedItem> version(String code, int version) {
                return current(code);
            }

            public List<VersionedItem> history(String code) {
                return current(code).stream().toList();
            }

            public List<VersionedItem> search(ItemQuery query) {
                return List.of();
            }

            public ImportReport publish(List<ServiceItem> published, String actor) {
                throw new UnsupportedOperationException();
            }

            public int size() {
                return items.size();
            }
        };
    }

    /** Sync as far as surrogate uses it: news sent down to a point below is kept (every node below is reachable). */
    private Sync sync() {
        return new Sync() {
            public boolean sendDown(Change change, String destination, String subject, String type, Map<String, Object> payload) {
                sentDown.add(new String[] {destination, subject, type});
                return true;
            }

            public SyncStatus status() {
                throw new UnsupportedOperationException();
            }

            public Receipt receive(String child, List<SyncEvent> events) {
                throw new UnsupportedOperationException();
            }

            public List<InboxEntry> inbox(String subject, int limit) {
                return List.of();
            }

            public List<DeadLetter> deadLetters(int limit) {
                return List.of();
            }

            public boolean retry(String eventId) {
                return false;
            }

            public boolean discard(String eventId) {
                return false;
            }

            public List<DownEvent> downstream(String child, long after, int limit) {
                return List.of();
            }

            public int receiveDown(List<DownEvent> events) {
                return 0;
            }
        };
    }
}

package org.tongban.provincial.internal;

import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tongban.core.outbox.OutboxEvent;
import org.tongban.evaluation.CodeDirection;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseEventCodec;
import org.tongban.intake.CaseFacts;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.Channel;
import org.tongban.evaluation.Satisfaction;
import org.tongban.provincial.HubDataset;
import org.tongban.provincial.HubMapping;
import org.tongban.provincial.HubRecord;

/**
 * The GB/T 39046 mapping (format {@code gbt39046-json/1}): case events become application (申请), acceptance (受理),
 * handling-step (办理过程), completion (办结), evaluation (评价) and supervision (监察) records with the standard's field
 * names (pinyin initials), code lists and date formats ({@code YYYYMMDD}, {@code YYYYMMDDhhmmss} in the node's zone).
 * Satisfaction goes out as the code the hub expects, by the configured direction. Events of other capabilities are not
 * the hub's business and map to nothing.
 */
@Component(service = HubMapping.class, configurationPid = "org.tongban.provincial.gbt39046")
@Designate(ocd = Gbt39046Mapping.Config.class)
public class Gbt39046Mapping implements HubMapping {

    public static final String FORMAT = "gbt39046-json/1";
    private static final ObjectMapper JSON = JsonConfig.stored();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @ObjectClassDefinition(name = "Tongban GB/T 39046 hub mapping", description = "PID org.tongban.provincial.gbt39046")
    public @interface Config {
        @AttributeDefinition(description = "How the hub numbers satisfaction: SATISFIED_FIRST (GB/T 39046: 1 = very satisfied) or DISSATISFIED_FIRST")
        String satisfactionCodes() default "SATISFIED_FIRST";

        @AttributeDefinition(description = "Time zone of the hub's date-times")
        String zone() default "Asia/Shanghai";
    }

    private volatile CodeDirection direction = CodeDirection.SATISFIED_FIRST;
    private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    public Gbt39046Mapping() {
    }

    @Activate
    public Gbt39046Mapping(Config config) {
        configure(config);
    }

    @Modified
    void configure(Config config) {
        direction = CodeDirection.valueOf(config.satisfactionCodes().trim().toUpperCase());
        zone = ZoneId.of(config.zone().trim());
    }

    Gbt39046Mapping with(CodeDirection d, ZoneId z) {
        direction = d;
        zone = z;
        return this;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<HubRecord> map(OutboxEvent e) {
        if (e.type().startsWith("case.")) {
            return CaseEventCodec.read(e).map(c -> mapCase(e, c)).orElse(List.of());
        }
        Map<String, Object> p = payload(e);
        String type = e.type();
        String number = text(p.get("caseNumber"));
        if (number == null) {
            return List.of();
        }
        Map<String, Object> d = header(e, number);
        String at = at(e);
        HubDataset set;
        if ("evaluation.recorded".equals(type) || "evaluation.follow-up".equals(type)) {
            set = HubDataset.EVALUATION;
            Satisfaction level = Satisfaction.valueOf(text(p.get("satisfaction")));
            d.put("pjjg", String.valueOf(direction.code(level))); // 评价结果, numbered as the hub expects
            d.put("pjqd", text(p.get("channel")));
            d.put("sfzp", "evaluation.follow-up".equals(type) ? "1" : "0");
            d.put("pjsj", at);
            d.put("pjnr", p.get("comment"));
        } else if (type.startsWith("supervision.card.")) {
            set = HubDataset.SUPERVISION;
            d.put("jclx", type.substring("supervision.card.".length()).toUpperCase());
            d.put("jcsj", at);
            d.put("jcnr", p.get("detail"));
        } else {
            return List.of();
        }
        return record(e, set, number, d);
    }

    /** A case's change: its application, acceptance, completion, or one step of its handling. */
    private List<HubRecord> mapCase(OutboxEvent e, CaseEvent event) {
        CaseFacts f = event.facts();
        String number = f.caseNumber();
        if (number == null) {
            return List.of();
        }
        String at = at(e);
        Map<String, Object> d = header(e, number);
        HubDataset set;
        if (event instanceof CaseEvent.Submitted) {
            set = HubDataset.APPLICATION;
            d.put("sxbm", f.itemCode());                        // 事项编码
            d.put("sxmc", f.itemName());                        // 事项名称
            d.put("sqrlx", applicantKind(f.applicantType()));
            d.put("sqrmc", f.applicantName());
            d.put("sqrzjhm", f.applicantIdMasked());
            d.put("sqfs", handlingForm(f.channel()));
            d.put("sqsj", at);
        } else if (event instanceof CaseEvent.Accepted) {
            set = HubDataset.ACCEPTANCE;
            d.put("sxbm", f.itemCode());
            d.put("slbmbm", f.departmentCode());                // 受理部门
            d.put("slsj", at);
            d.put("cnbjsj", date(f.promisedDate()));            // 承诺办结时间
            d.put("cnbjsjzd", provisional(f));                  // ours: the promised date is provisional (暂定)
        } else if (event instanceof CaseEvent.Decided || event instanceof CaseEvent.Refused) {
            set = HubDataset.RESULT;
            d.put("bjsj", at);
            d.put("bjjg", event instanceof CaseEvent.Refused ? "3" : f.outcome() == CaseOutcome.REJECTED ? "2" : "1");
            d.put("bjyj", event.detail());
        } else {
            set = HubDataset.PROCESS;
            d.put("hjmc", event.type().substring("case.".length()));  // 环节名称
            d.put("hjzt", f.status() == null ? null : f.status().name());
            d.put("blsj", at);
            d.put("blyj", event.detail());
            if (event instanceof CaseEvent.DatesRecomputed || event instanceof CaseEvent.Resumed
                    || event instanceof CaseEvent.Extended) {
                d.put("cnbjsj", date(f.promisedDate()));        // the promised date as it is now
                d.put("cnbjsjzd", provisional(f));
            }
            if (event instanceof CaseEvent.Suspended || event instanceof CaseEvent.Extended) {
                d.put("tbcxlx", event instanceof CaseEvent.Extended ? "1" : "2"); // 特别程序: 1 extension, 2 other
            }
        }
        return record(e, set, number, d);
    }

    private Map<String, Object> header(OutboxEvent e, String number) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sblsh", number);                                    // 申办流水号
        d.put("sjly", e.originNode());                             // 数据来源 (the node that recorded it)
        return d;
    }

    private String at(OutboxEvent e) {
        return DATE_TIME.format(e.created().atZone(zone));
    }

    private static List<HubRecord> record(OutboxEvent e, HubDataset set, String number, Map<String, Object> d) {
        d.values().removeIf(java.util.Objects::isNull);
        return List.of(new HubRecord(e.id() + "-" + set.name().toLowerCase(), set, number, d));
    }

    private static Map<String, Object> payload(OutboxEvent e) {
        try {
            return JSON.readValue(e.payload(), new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException x) {
            throw new IllegalArgumentException("event " + e.id() + " has no JSON object payload", x);
        }
    }

    /** GB/T 39046 applicant kind: 1 natural person, 2 enterprise. */
    private static String applicantKind(ApplicantType type) {
        return type == ApplicantType.PERSON ? "1" : type == ApplicantType.ORGANISATION ? "2" : "6";
    }

    /** GB/T 39046 handling form: 1 window, 2 online PC, 9 other (an agent's on-behalf submission). */
    private static String handlingForm(Channel channel) {
        return channel == Channel.WINDOW ? "1" : channel == Channel.ONLINE ? "2" : "9";
    }

    /** "1" when the case's dates were counted over a provisional calendar year; absent otherwise. */
    private static String provisional(CaseFacts f) {
        return f.datesProvisional() ? "1" : null;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString().replace("-", "");
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

}

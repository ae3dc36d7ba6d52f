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
        Map<String, Object> p = payload(e);
        String type = e.type();
        String number = text(p.get("caseNumber"));
        if (number == null) {
            return List.of();
        }
        String at = DATE_TIME.format(e.created().atZone(zone));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sblsh", number);                                    // 申办流水号
        d.put("sjly", e.originNode());                             // 数据来源 (the node that recorded it)
        HubDataset set;
        switch (type) {
            case "case.submitted" -> {
                set = HubDataset.APPLICATION;
                d.put("sxbm", p.get("itemCode"));                   // 事项编码
                d.put("sxmc", p.get("itemName"));                   // 事项名称
                d.put("sqrlx", applicantKind(text(p.get("applicantType"))));
                d.put("sqrmc", p.get("applicantName"));
                d.put("sqrzjhm", p.get("applicantIdMasked"));
                d.put("sqfs", handlingForm(text(p.get("channel"))));
                d.put("sqsj", at);
            }
            case "case.accepted" -> {
                set = HubDataset.ACCEPTANCE;
                d.put("sxbm", p.get("itemCode"));
                d.put("slbmbm", p.get("departmentCode"));           // 受理部门
                d.put("slsj", at);
                d.put("cnbjsj", date(text(p.get("promisedDate"))));  // 承诺办结时间
                d.put("cnbjsjzd", provisional(p));                  // ours: the promised date is provisional (暂定)
            }
            case "case.decided", "case.refused" -> {
                set = HubDataset.RESULT;
                d.put("bjsj", at);
                d.put("bjjg", "case.refused".equals(type) ? "3" : "REJECTED".equals(text(p.get("outcome"))) ? "2" : "1");
                d.put("bjyj", p.get("detail"));
            }
            case "evaluation.recorded", "evaluation.follow-up" -> {
                set = HubDataset.EVALUATION;
                Satisfaction level = Satisfaction.valueOf(text(p.get("satisfaction")));
                d.put("pjjg", String.valueOf(direction.code(level))); // 评价结果, numbered as the hub expects
                d.put("pjqd", text(p.get("channel")));
                d.put("sfzp", "evaluation.follow-up".equals(type) ? "1" : "0");
                d.put("pjsj", at);
                d.put("pjnr", p.get("comment"));
            }
            default -> {
                if (type.startsWith("supervision.card.")) {
                    set = HubDataset.SUPERVISION;
                    d.put("jclx", type.substring("supervision.card.".length()).toUpperCase());
                    d.put("jcsj", at);
                    d.put("jcnr", p.get("detail"));
                } else if (type.startsWith("case.")) {
                    set = HubDataset.PROCESS;
                    d.put("hjmc", type.substring("case.".length()));  // 环节名称
                    d.put("hjzt", text(p.get("status")));
                    d.put("blsj", at);
                    d.put("blyj", p.get("detail"));
                    if ("case.dates_recomputed".equals(type) || "case.resumed".equals(type) || "case.extended".equals(type)) {
                        d.put("cnbjsj", date(text(p.get("promisedDate"))));  // the promised date as it is now
                        d.put("cnbjsjzd", provisional(p));
                    }
                    if ("case.suspended".equals(type) || "case.extended".equals(type)) {
                        d.put("tbcxlx", "case.extended".equals(type) ? "1" : "2"); // 特别程序: 1 extension, 2 other
                    }
                } else {
                    return List.of();
                }
            }
        }
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
    private static String applicantKind(String type) {
        return "PERSON".equals(type) ? "1" : "ORGANISATION".equals(type) ? "2" : "6";
    }

    /** GB/T 39046 handling form: 1 window, 2 online PC, 9 other (an agent's on-behalf submission). */
    private static String handlingForm(String channel) {
        return "WINDOW".equals(channel) ? "1" : "ONLINE".equals(channel) ? "2" : "9";
    }

    /** "1" when the case's dates were counted over a provisional calendar year; absent otherwise. */
    private static String provisional(Map<String, Object> p) {
        return Boolean.TRUE.equals(p.get("datesProvisional")) ? "1" : null;
    }

    private static String date(String iso) {
        return iso == null ? null : LocalDate.parse(iso).toString().replace("-", "");
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

}

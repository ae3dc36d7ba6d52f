package org.tongban.hubsim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulated hub requires of a GB/T 39046 record, as a real hub would: a known data set, the case's serial
 * number, the data set's required fields, dates as {@code YYYYMMDD} and date-times as {@code YYYYMMDDhhmmss}, codes
 * from their lists. Pure.
 */
public final class HubChecks {

    static final Set<String> DATASETS = Set.of("APPLICATION", "ACCEPTANCE", "PROCESS", "RESULT", "EVALUATION", "SUPERVISION");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "APPLICATION", List.of("sxbm", "sqrlx", "sqrmc", "sqfs", "sqsj"),
            "ACCEPTANCE", List.of("sxbm", "slsj"),
            "PROCESS", List.of("hjmc", "blsj"),
            "RESULT", List.of("bjsj", "bjjg"),
            "EVALUATION", List.of("pjjg", "pjsj"),
            "SUPERVISION", List.of("jclx", "jcsj"));
    private static final Set<String> DATE_TIMES = Set.of("sqsj", "slsj", "blsj", "bjsj", "pjsj", "jcsj");

    private HubChecks() {
    }

    /** Every fault of one record. */
    public static List<String> problems(String recordId, String dataset, String caseNumber, Map<String, Object> data) {
        List<String> p = new ArrayList<>();
        if (recordId == null || recordId.isBlank() || recordId.length() > 80) {
            p.add("recordId is required (at most 80 characters)");
        }
        if (dataset == null || !DATASETS.contains(dataset)) {
            p.add("dataset is one of " + DATASETS);
            return p;
        }
        if (caseNumber == null || caseNumber.isBlank() || data == null || !caseNumber.equals(data.get("sblsh"))) {
            p.add("sblsh (申办流水号) is required and names the record's case");
            return p;
        }
        for (String f : REQUIRED.get(dataset)) {
            if (data.get(f) == null || data.get(f).toString().isBlank()) {
                p.add(dataset + "." + f + " is required");
            }
        }
        for (Map.Entry<String, Object> e : data.entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue().toString();
            if (DATE_TIMES.contains(e.getKey()) && !v.matches("\\d{14}")) {
                p.add(e.getKey() + " is a date-time YYYYMMDDhhmmss, not " + v);
            }
            if ("cnbjsj".equals(e.getKey()) && !v.matches("\\d{8}")) {
                p.add("cnbjsj is a date YYYYMMDD, not " + v);
            }
        }
        if (data.containsKey("pjjg") && !String.valueOf(data.get("pjjg")).matches("[1-5]")) {
            p.add("pjjg is a satisfaction code 1-5, not " + data.get("pjjg"));
        }
        if (data.containsKey("sqrlx") && !String.valueOf(data.get("sqrlx")).matches("[1-6]")) {
            p.add("sqrlx is an applicant kind 1-6, not " + data.get("sqrlx"));
        }
        return p;
    }
}

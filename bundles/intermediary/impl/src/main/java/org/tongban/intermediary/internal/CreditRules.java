package org.tongban.intermediary.internal;

import java.util.List;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.ViolationSeverity;

/**
 * An agency's credit score (0–100) from its record: owners' reviews weigh 60 (the mean score of 5), punctuality 40
 * (the share of services delivered by the contract's due date); each minor fault costs 5, each serious one 15; a
 * veto fault makes the grade E whatever the score. A new agency with no record starts at 80 (B). Pure.
 */
public final class CreditRules {

    public static final int NEW_AGENCY = 80;

    private CreditRules() {
    }

    public static int score(List<Integer> reviewScores, int onTime, int late, List<ViolationSeverity> violations) {
        if (violations.contains(ViolationSeverity.VETO)) {
            return 0;
        }
        double points;
        if (reviewScores.isEmpty() && onTime + late == 0) {
            points = NEW_AGENCY;
        } else {
            double reviews = reviewScores.isEmpty() ? 0.8 : reviewScores.stream().mapToInt(Integer::intValue).average().orElse(4) / 5.0;
            double punctual = onTime + late == 0 ? 0.8 : (double) onTime / (onTime + late);
            points = reviews * 60 + punctual * 40;
        }
        for (ViolationSeverity v : violations) {
            points -= v == ViolationSeverity.SERIOUS ? 15 : 5;
        }
        return (int) Math.max(0, Math.min(100, Math.round(points)));
    }

    public static CreditGrade grade(int score, List<ViolationSeverity> violations) {
        return CreditGrade.of(score, violations.contains(ViolationSeverity.VETO));
    }
}

package org.tongban.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.RectificationStep;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;

/** The rules of 好差评 (DOMAIN.md, GB/T 39734): what a review must hold, the periods, the rectification's order. Pure. */
public final class EvaluationRules {

    /** The longest rectification period local rules allow (working days). */
    public static final int MAX_RECTIFICATION_DAYS = 15;
    static final int MAX_TEXT = 2000;

    private EvaluationRules() {
    }

    /** Every fault of a review, at once. */
    public static List<String> problems(Review r, Set<String> indicators) {
        List<String> p = new ArrayList<>();
        if (r == null) {
            return List.of("send the review as JSON: level, channel, optional scores and comment");
        }
        if (r.level() == null) {
            p.add("level is required: one of " + List.of(Satisfaction.values()));
        }
        if (r.channel() == null) {
            p.add("channel is required: PC, MOBILE, QR_CODE, HALL_TABLET, HALL_KIOSK, PHONE or SMS");
        } else if (r.channel() == EvaluationChannel.SYSTEM_DEFAULT) {
            p.add("channel SYSTEM_DEFAULT is the node's own, for a case nobody evaluated in time");
        }
        for (Map.Entry<String, Integer> s : r.scores().entrySet()) {
            if (!indicators.contains(s.getKey())) {
                p.add("scores." + s.getKey() + ": not an indicator of this node (" + String.join(", ", indicators) + ")");
            } else if (s.getValue() == null || s.getValue() < 1 || s.getValue() > 5) {
                p.add("scores." + s.getKey() + ": a score is 1 to 5, not " + s.getValue());
            }
        }
        if (r.comment() != null && r.comment().length() > MAX_TEXT) {
            p.add("comment is at most " + MAX_TEXT + " characters");
        }
        return p;
    }

    /** The last day of the evaluation period: the invitation day plus the period in calendar days. */
    public static LocalDate expiresOn(LocalDate invitedOn, int periodDays) {
        return invitedOn.plusDays(periodDays);
    }

    /** Whether the default rating is due: the period is over and nobody evaluated. */
    public static boolean defaultDue(LocalDate expiresOn, LocalDate today) {
        return today.isAfter(expiresOn);
    }

    /** The rectification's due date: working days counted from the day the bad review came in, that day not counted. */
    public static LocalDate rectificationDue(WorkingDayCalendar calendar, LocalDate openedOn, int days) {
        return calendar.addWorkingDays(openedOn, days);
    }

    /**
     * The status a step leaves a task in: verify, then rectify (or answer at once when verification found nothing to
     * put right), then answer; the call-back may be recorded at any point before the task is done.
     *
     * @throws IllegalStateException with the reason when the step is out of order
     */
    public static RectificationStatus after(RectificationStatus status, RectificationStep step) {
        if (status.done()) {
            throw new IllegalStateException("the task is " + status + ": nothing more is recorded on it");
        }
        return switch (step) {
            case CALL_BACK -> status;
            case VERIFY -> require(status, step, RectificationStatus.OPEN, RectificationStatus.VERIFIED);
            case RECTIFY -> require(status, step, RectificationStatus.VERIFIED, RectificationStatus.RECTIFIED);
            case ANSWER -> status == RectificationStatus.VERIFIED || status == RectificationStatus.RECTIFIED
                    ? RectificationStatus.ANSWERED
                    : fail(status, step, "after verification (and rectification, where needed)");
        };
    }

    private static RectificationStatus require(RectificationStatus status, RectificationStep step, RectificationStatus from,
                                               RectificationStatus to) {
        return status == from ? to : fail(status, step, "on a task that is " + from);
    }

    private static RectificationStatus fail(RectificationStatus status, RectificationStep step, String when) {
        throw new IllegalStateException(step + " is recorded " + when + "; this task is " + status);
    }

    /** Why the task cannot close yet, or empty: it must be answered, and a named review called back. */
    public static Optional<String> whyNotClosable(RectificationStatus status, boolean named, boolean calledBack) {
        if (status != RectificationStatus.ANSWERED) {
            return Optional.of("a task closes once the applicant has been answered; this one is " + status);
        }
        if (named && !calledBack) {
            return Optional.of("the review is named: record the call-back (回访) before closing");
        }
        return Optional.empty();
    }

    /** Why the applicant cannot rate the answer, or empty: only once, and only after the answer. */
    public static Optional<String> whyNoRating(RectificationStatus status, Satisfaction existing) {
        if (existing != null) {
            return Optional.of("the answer was already rated " + existing);
        }
        if (status != RectificationStatus.ANSWERED && status != RectificationStatus.CLOSED) {
            return Optional.of("the department has not answered yet (the task is " + status + ")");
        }
        return Optional.empty();
    }

    /** What is wrong with a configuration, or nothing. */
    static List<String> configProblems(EvaluationConfig c) {
        List<String> p = new ArrayList<>();
        if (c.periodDays() < 1) {
            p.add("periodDays must be at least 1, not " + c.periodDays());
        }
        if (c.rectificationDays() < 1 || c.rectificationDays() > EvaluationRules.MAX_RECTIFICATION_DAYS) {
            p.add("rectificationDays must be 1 to " + EvaluationRules.MAX_RECTIFICATION_DAYS + ", not " + c.rectificationDays());
        }
        if (c.indicators() == null || !c.indicators().matches("\\s*[a-z][a-z_]*(\\s*,\\s*[a-z][a-z_]*)*\\s*")) {
            p.add("indicators are lower-case names separated by commas, not '" + c.indicators() + "'");
        }
        return p;
    }

    /** The indicators an evaluation may score, from the configured comma-separated names, in their order. */
    static Set<String> indicators(String names) {
        return new LinkedHashSet<>(Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList());
    }
}

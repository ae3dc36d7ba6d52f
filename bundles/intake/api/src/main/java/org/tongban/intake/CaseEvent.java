package org.tongban.intake;

/**
 * One change of a case, as intake records it in its outbox (type = {@link #type()}, payload version {@link #VERSION})
 * and tells its {@link CaseObserver}s: the case's {@link CaseFacts} after the change and the change's own detail text
 * (the audit's wording). {@link CaseEventCodec} turns an event into its payload and back.
 */
public sealed interface CaseEvent {

    /** The payload version of every case event; fields are only ever added, so a reader of version 1 reads later ones. */
    int VERSION = 1;

    /** The action, e.g. {@code case.accepted}: the outbox event's type and the audit's action. */
    String type();

    CaseFacts facts();

    /** What the change did, in the audit's words. */
    String detail();

    default String caseNumber() {
        return facts().caseNumber();
    }

    /** An application taken in and numbered (case.submitted); its intake decision follows as its own event. */
    record Submitted(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.submitted";
        }
    }

    /** A listed judgment defaulter's signed commitment was not taken (case.commitment_refused). */
    record CommitmentRefused(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.commitment_refused";
        }
    }

    /**
     * A listed judgment defaulter's green channel (绿色通道) was not opened: the case goes in the ordinary order
     * (case.priority_refused).
     */
    record PriorityRefused(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.priority_refused";
        }
    }

    /** Not taken in (不予受理), at intake or by a clerk later (case.refused). */
    record Refused(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.refused";
        }
    }

    /** Materials missing: the one-time notice (一次性告知) (case.deficient). */
    record Deficient(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.deficient";
        }
    }

    /** Materials handed in later: 补正 of a deficient case or 容缺后补 of an accepted one (case.supplemented). */
    record Supplemented(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.supplemented";
        }
    }

    /** Accepted (受理) with its promised date (case.accepted). */
    record Accepted(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.accepted";
        }
    }

    /** An instant item not decided by rule: a reviewer decides (case.instant.held). */
    record Held(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.instant.held";
        }
    }

    /** Received at the window (收件) (case.received). */
    record Received(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.received";
        }
    }

    /** Sent to its reviewing departments for a new round (case.dispatched). */
    record Dispatched(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.dispatched";
        }
    }

    /** The first department took it up (case.under_review). */
    record ReviewStarted(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.under_review";
        }
    }

    /** One department's decision on its step (case.review.approve, case.review.reject, case.review.return). */
    record Reviewed(CaseFacts facts, ReviewDecision decision, String detail) implements CaseEvent {
        public String type() {
            return "case.review." + decision.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Returned by its reviewers to the window (case.returned). */
    record Returned(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.returned";
        }
    }

    /** Decided (办结), by its reviewers or at once by rule (case.decided). */
    record Decided(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.decided";
        }
    }

    /** The post-approval check (事后核查) of an approval on a commitment: scheduled, or passed. */
    record PostChecked(CaseFacts facts, Stage stage, String detail) implements CaseEvent {
        /** Where the check is. */
        public enum Stage { SCHEDULED, PASSED }

        public String type() {
            return stage == Stage.SCHEDULED ? "case.post_check_scheduled" : "case.post_check_passed";
        }
    }

    /** An approval revoked: its post-approval check found the commitment false (case.revoked). */
    record Revoked(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.revoked";
        }
    }

    /** Suspended for a special procedure; the clock stops (case.suspended). */
    record Suspended(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.suspended";
        }
    }

    /** Resumed; the promised date moves by the days suspended (case.resumed). */
    record Resumed(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.resumed";
        }
    }

    /** Extended (延期); the promised date moves (case.extended). */
    record Extended(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.extended";
        }
    }

    /** Its dates counted again after the working-day calendar changed (case.dates_recomputed). */
    record DatesRecomputed(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.dates_recomputed";
        }
    }

    /** Its result (the document) recorded (case.completed). */
    record Completed(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.completed";
        }
    }

    /** Its result handed out (出件) (case.delivered). */
    record Delivered(CaseFacts facts, String detail) implements CaseEvent {
        public String type() {
            return "case.delivered";
        }
    }
}

package org.tongban.intake.internal;

import java.util.List;
import org.tongban.intake.StepStatus;

/**
 * When the back office is done with a round. One department decides alone: its approval approves, its rejection
 * rejects, its return returns. A joint review (联审) is approved once {@code needed} departments approve (all, or M of
 * N); any rejection is a veto and rejects (不予许可); any return sends the case back to the window, as does a round
 * that can no longer reach {@code needed} otherwise. Pure logic.
 */
public final class ReviewRule {

    /** Where a round stands. */
    public enum Verdict {
        PENDING, APPROVED, REJECTED, RETURNED
    }

    private ReviewRule() {
    }

    public static Verdict evaluate(List<StepStatus> steps, int needed) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a round has at least one step");
        }
        long approved = steps.stream().filter(s -> s == StepStatus.APPROVED).count();
        long pending = steps.stream().filter(s -> s == StepStatus.PENDING).count();
        boolean returned = steps.contains(StepStatus.RETURNED);
        boolean rejected = steps.contains(StepStatus.REJECTED);
        if (steps.size() == 1) {
            return switch (steps.get(0)) {
                case APPROVED -> Verdict.APPROVED;
                case REJECTED -> Verdict.REJECTED;
                case RETURNED -> Verdict.RETURNED;
                default -> Verdict.PENDING;
            };
        }
        if (rejected) {
            return Verdict.REJECTED;
        }
        if (returned) {
            return Verdict.RETURNED;
        }
        if (approved >= needed) {
            return Verdict.APPROVED;
        }
        return approved + pending < needed ? Verdict.RETURNED : Verdict.PENDING;
    }
}

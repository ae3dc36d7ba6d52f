package org.tongban.intake.internal;

import java.util.List;

/**
 * The intake check of an application against its item's checklist. {@code missingRequired} makes it DEFICIENT (all
 * of them told at once: 一次性告知); with only {@code missingTolerable} it is a tolerant acceptance (容缺受理);
 * {@code replacedByCommitment} lists the proofs the signed commitment stands in for.
 */
public record ChecklistResult(List<String> missingRequired, List<String> missingTolerable, List<String> replacedByCommitment,
                              List<String> unknownCodes) {

    public boolean complete() {
        return missingRequired.isEmpty() && missingTolerable.isEmpty();
    }

    public boolean deficient() {
        return !missingRequired.isEmpty();
    }
}

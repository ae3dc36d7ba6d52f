package org.tongban.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The intake check of an application against the item's current version, as online pre-review (预审) shows it
 * without creating a case: the outcome, every missing or tolerated material, the proofs a signed commitment replaces,
 * material codes the checklist does not know, the refusal reason, and the date it would be promised for
 * ({@code promisedProvisional}: counted over a year whose official calendar is not loaded yet), and why a signed
 * commitment (告知承诺) would not be taken ({@code commitmentRefusal}: the applicant is a listed judgment defaulter) and
 * why the green channel (绿色通道) asked for would not be given ({@code priorityRefusal}, for the same reason).
 */
public record IntakeCheck(IntakeOutcome outcome, String itemCode, int itemVersion, List<String> missingMaterials,
                          List<String> toleratedMaterials, List<String> replacedByCommitment, List<String> unknownMaterials,
                          String refusalReason, LocalDate promisedDate, boolean promisedProvisional, String commitmentRefusal,
                          String priorityRefusal) {

    public IntakeCheck {
        missingMaterials = List.copyOf(missingMaterials);
        toleratedMaterials = List.copyOf(toleratedMaterials);
        replacedByCommitment = List.copyOf(replacedByCommitment);
        unknownMaterials = List.copyOf(unknownMaterials);
    }
}

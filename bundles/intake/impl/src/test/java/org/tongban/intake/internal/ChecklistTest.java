package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.intake.SubmittedMaterial;

class ChecklistTest {

    private static List<SubmittedMaterial> files(String... codes) {
        return Arrays.stream(codes).map(c -> new SubmittedMaterial(c, "file-" + c, null)).toList();
    }

    private static ChecklistResult check(boolean commitment, List<SubmittedMaterial> materials) {
        return Checklist.evaluate(Items.food(CaseKind.PROMISED), materials, commitment);
    }

    @Test
    void everythingThereIsComplete() {
        ChecklistResult r = check(false, files("M01", "M02", "M04", "M05"));
        assertTrue(r.complete());
        assertFalse(r.deficient());
    }

    @Test
    void everyMissingRequiredMaterialIsToldAtOnce() {
        ChecklistResult r = check(false, files("M04"));
        assertTrue(r.deficient());
        assertEquals(List.of("M01 材料M01", "M02 材料M02", "M05 材料M05"), r.missingRequired());
    }

    @Test
    void onlyTolerableMissingIsATolerantAcceptance() {
        ChecklistResult r = check(false, files("M01", "M02", "M05"));
        assertFalse(r.deficient());
        assertFalse(r.complete());
        assertEquals(List.of("M04 材料M04"), r.missingTolerable());
    }

    @Test
    void aSignedCommitmentReplacesTheProofsMarkedForIt() {
        ChecklistResult r = check(true, files("M01", "M02", "M04"));
        assertTrue(r.complete());
        assertEquals(List.of("M05 材料M05"), r.replacedByCommitment());
        assertTrue(check(false, files("M01", "M02", "M04")).deficient(), "without the commitment the proof is required");
    }

    @Test
    void eCertificatesCountEmptyReferencesDoNotAndUnknownCodesAreReported() {
        List<SubmittedMaterial> submitted = List.of(new SubmittedMaterial("M01", null, "ecert:营业执照:91370783MA3C000013"),
                new SubmittedMaterial("M02", " ", null), new SubmittedMaterial("M05", "f", null), new SubmittedMaterial("X9", "f", null));
        ChecklistResult r = check(false, submitted);
        assertEquals(List.of("M02 材料M02"), r.missingRequired());
        assertEquals(List.of("X9"), r.unknownCodes());
    }
}

package org.tongban.intake.internal;

import org.tongban.core.rest.FaultProblems;
import org.tongban.core.fault.Fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;
import org.tongban.intake.CaseMaterial;
import org.tongban.intake.CaseView;
import org.tongban.intake.Channel;
import org.tongban.intake.MaterialScan;
import org.tongban.intake.SubmittedMaterial;

/** Reviewers see what they decide: the form (masked) and the materials, with the scans stored here. */
class CaseContentsTest {

    private final IntakeHarness h = new IntakeHarness(Items.food(CaseKind.PROMISED));

    private String submitted() {
        String scan = h.upload("营业执照.pdf", "%PDF 营业执照");
        Application a = new Application(Items.food(CaseKind.PROMISED).implementationCode(),
                new Applicant(ApplicantType.ORGANISATION, "寿光市某某食品有限公司", Callers.COMPANY, "13800138000"),
                Map.of("legalPersonId", "11010519491231002X", "phone", "13912345678", "address", "文家街道1号"),
                List.of(new SubmittedMaterial("M01", scan, null), new SubmittedMaterial("M02", null, "ecert:食品经营场所证明"),
                        new SubmittedMaterial("M04", "scan-M04.pdf", null), new SubmittedMaterial("M05", null, "ecert:健康证")),
                Channel.WINDOW, false);
        return h.intake.submit(Callers.clerk(), a).caseNumber();
    }

    @Test
    void theDepartmentsReviewerSeesTheMaskedFormAndEveryMaterial() {
        String number = submitted();
        CaseView v = h.intake.find(Callers.reviewer(Callers.FOOD_DEPT), number).orElseThrow();
        assertEquals("110105********002X", v.form().get("legalPersonId"));
        assertEquals("139****5678", v.form().get("phone"));
        assertEquals("文家街道1号", v.form().get("address"));
        List<CaseMaterial> m = v.materials();
        assertEquals(List.of(1, 2, 3, 4), m.stream().map(CaseMaterial::id).toList());
        assertEquals("材料M01", m.get(0).name());
        assertTrue(m.get(0).scanStored());
        assertEquals("营业执照.pdf", m.get(0).fileName());
        assertEquals("ecert:食品经营场所证明", m.get(1).eCertificateRef());
        assertFalse(m.get(1).scanStored());
        assertFalse(m.get(2).scanStored(), "a reference into another document store is listed, not served");
        assertEquals("scan-M04.pdf", m.get(2).fileRef());
    }

    @Test
    void theScanIsReadByCaseNumberAndMaterialIdAndTheReadIsNoted() throws Exception {
        String number = submitted();
        MaterialScan scan = h.intake.scan(Callers.reviewer(Callers.FOOD_DEPT), number, 1).orElseThrow();
        try (var in = scan.content()) {
            assertEquals("%PDF 营业执照", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(h.reads.contains("reviewer case:" + number + " scan of material 1 (M01)"), h.reads.toString());
        Fault ecert = assertThrows(Fault.class, () -> h.intake.scan(Callers.clerk(), number, 2));
        assertEquals(404, FaultProblems.status(ecert));
        assertTrue(ecert.getMessage().contains("ecert:食品经营场所证明"), ecert.getMessage());
        assertEquals(404, FaultProblems.status(assertThrows(Fault.class, () -> h.intake.scan(Callers.clerk(), number, 9))));
    }

    @Test
    void whoMayNotSeeTheCaseGetsNeitherTheFormNorTheScans() {
        String number = submitted();
        assertTrue(h.intake.find(Callers.reviewer("11370783000031676J"), number).isEmpty(), "another department's reviewer");
        assertTrue(h.intake.scan(Callers.reviewer("11370783000031676J"), number, 1).isEmpty());
        assertTrue(h.intake.find(Callers.supervisor("370702"), number).isEmpty(), "a supervisor of another county");
        assertTrue(h.intake.scan(Callers.applicant("91370783MA3C000013"), number, 1).isEmpty(), "another applicant");
    }

    @Test
    void theApplicantSeesTheirOwnFormButNotTheCreditCheckAndListsAndTheProgressQueryCarryNeither() {
        String number = submitted();
        CaseView own = h.intake.find(Callers.applicant(Callers.COMPANY), number).orElseThrow();
        assertEquals("139****5678", own.form().get("phone"));
        assertEquals(4, own.materials().size());
        assertNull(own.creditFlag());
        CaseView listed = h.intake.list(Callers.clerk(), null, 10).get(0);
        assertTrue(listed.form().isEmpty() && listed.materials().isEmpty());
        CaseView progress = h.intake.progress(number, own.queryCode()).orElseThrow();
        assertTrue(progress.form().isEmpty() && progress.materials().isEmpty());
    }
}

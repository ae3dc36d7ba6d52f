package org.tongban.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.tongban.client.ApiClient;
import org.tongban.client.ApiException;
import org.tongban.client.api.IntakeApi;
import org.tongban.client.model.Applicant;
import org.tongban.client.model.Application;
import org.tongban.client.model.CaseResult;
import org.tongban.client.model.CaseView;
import org.tongban.client.model.Delivery;
import org.tongban.client.model.IntakeReview;
import org.tongban.client.model.Move;
import org.tongban.client.model.SubmittedMaterial;
import org.tongban.client.model.Supplement;

/**
 * What an integrator does with a county node: generate a client from its OpenAPI document (the build does it, from
 * the snapshot in src/test/openapi) and take a case through its whole life with typed answers. First the snapshot is
 * checked against the document the node serves, so the generated client is the one the node's API would give.
 */
final class GeneratedClientFlow {

    /** The deciding department of {@link RealNodes#FOOD} (寿光市市场监督管理局). */
    private static final String MARKET_BUREAU = "11370783000007919T";

    private GeneratedClientFlow() {
    }

    /**
     * The served document equals the snapshot the client was generated from. Run the build once with
     * {@code -Dtongban.openapi.refresh=true} to take a changed API as the new snapshot (and review its diff).
     */
    static void snapshotIsServed(String base) throws Exception {
        Path snapshot = Path.of(System.getProperty("tongban.openapi.snapshot"));
        String served = RealNodes.get(base + "/api/openapi.json", "ops");
        ObjectMapper json = new ObjectMapper();
        JsonNode servedTree = json.readTree(served);
        if (Boolean.getBoolean("tongban.openapi.refresh")) {
            Files.writeString(snapshot, json.writerWithDefaultPrettyPrinter().writeValueAsString(servedTree) + "\n", StandardCharsets.UTF_8);
            return;
        }
        if (!servedTree.equals(json.readTree(Files.readString(snapshot)))) {
            Path seen = Path.of("target", "openapi-served.json");
            Files.writeString(seen, json.writerWithDefaultPrettyPrinter().writeValueAsString(servedTree), StandardCharsets.UTF_8);
            fail("the county node serves another API than " + snapshot + " (the served one is in " + seen.toAbsolutePath()
                    + "); if the change is meant, refresh the snapshot with -Dtongban.openapi.refresh=true");
        }
    }

    /** Submit (deficient) → supplement (accepted) → receive → dispatch → approve → result → delivery. */
    static void mainFlow(String base) throws ApiException {
        IntakeApi clerk = new IntakeApi(client(base, "clerk"));
        IntakeApi reviewer = new IntakeApi(client(base, "reviewer"));

        CaseView submitted = clerk.intakeCaseSubmit(new Application().itemCode(RealNodes.FOOD)
                .applicant(new Applicant().type(Applicant.TypeEnum.ORGANISATION).name("寿光市某某食品有限公司")
                        .idNumber("91350100M000100Y43").mobile("13800138000"))
                .form(Map.of()).materials(List.of(scan("M01"), new SubmittedMaterial().code("M02").eCertificateRef("ecert:营业执照")))
                .channel(Application.ChannelEnum.WINDOW).window("W01").commitmentSigned(false));
        assertEquals(CaseView.StatusEnum.DEFICIENT, submitted.getStatus());
        assertTrue(submitted.getMissingMaterials().stream().anyMatch(m -> m.startsWith("M03")), submitted.getMissingMaterials().toString());
        assertEquals("913501********0Y43", submitted.getApplicantIdMasked());
        String number = submitted.getCaseNumber();

        CaseView accepted = clerk.intakeCaseSupplement(number, new Supplement().materials(List.of(scan("M03"), scan("M04"))));
        assertEquals(CaseView.StatusEnum.ACCEPTED, accepted.getStatus());
        assertTrue(accepted.getPromisedDate() != null && !accepted.getPromisedDate().isBefore(accepted.getAcceptedOn()));
        assertEquals(10, accepted.getQueryCode().length(), "the receipt's query code");

        assertEquals(CaseView.StatusEnum.RECEIVED, clerk.intakeCaseMove(number, new Move().to(Move.ToEnum.RECEIVED).opinion("收件")).getStatus());
        assertEquals(CaseView.StatusEnum.DISPATCHED, clerk.intakeCaseMove(number, new Move().to(Move.ToEnum.DISPATCHED).opinion("分送")).getStatus());
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> clerk.intakeCaseReview(number, new IntakeReview().department(MARKET_BUREAU).decision(IntakeReview.DecisionEnum.APPROVE)));
        assertEquals(403, refused.getCode(), "a clerk does not decide");
        assertTrue(refused.getResponseBody().contains("\"status\":403"), "a problem body: " + refused.getResponseBody());

        CaseView decided = reviewer.intakeCaseReview(number, new IntakeReview().department(MARKET_BUREAU)
                .decision(IntakeReview.DecisionEnum.APPROVE).opinion("符合食品经营许可条件"));
        assertEquals(CaseView.StatusEnum.DECIDED, decided.getStatus());
        assertEquals(CaseView.OutcomeEnum.APPROVED, decided.getOutcome());

        CaseView completed = reviewer.intakeCaseResult(number, new CaseResult().documentNumber("JY23707830012345")
                .eCertificateRef("ecert:370783-2026-food-1"));
        assertEquals("JY23707830012345", completed.getResult().getDocumentNumber());
        CaseView delivered = clerk.intakeCaseDeliver(number, new Delivery().method(Delivery.MethodEnum.WINDOW).recipient("李四"));
        assertEquals(CaseView.StatusEnum.DELIVERED, delivered.getStatus());
        assertEquals(Delivery.MethodEnum.WINDOW, clerk.intakeCaseGet(number).getDelivery().getMethod());
    }

    private static SubmittedMaterial scan(String code) {
        return new SubmittedMaterial().code(code).fileRef("scan/" + code + ".pdf");
    }

    private static ApiClient client(String base, String user) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri(base + "/api");
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        return client;
    }
}

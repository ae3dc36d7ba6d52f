package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The catalogue over HTTP on a township: import by ops, public search, versions, export, audit. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogIT extends TongbanTestSupport {

    private static final String CODE = "11370783000007919T4010000009001";
    private static final String DEPT = "{\"creditCode\":\"11370783000007919T\",\"name\":\"寿光市行政审批服务局\"}";

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("township", "370783003", "tongban-township")};
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items");
    }

    private static String item(String code, String name, int promised) {
        return "{\"implementationCode\":\"" + code + "\",\"baseCode\":null,\"name\":\"" + name + "\",\"itemType\":\"ADMINISTRATIVE_LICENCE\","
                + "\"exerciseLevel\":\"COUNTY\",\"department\":" + DEPT + ",\"jointDepartments\":[],\"applicantKinds\":[\"ENTERPRISE\"],"
                + "\"handlingForms\":[\"WINDOW\"],\"caseKind\":\"PROMISED\",\"statutoryLimitDays\":20,\"promisedLimitDays\":" + promised + ","
                + "\"fee\":{\"amount\":0,\"basis\":null},\"legalBasis\":\"《测试条例》\",\"conditions\":null,\"handledAt\":[\"TOWNSHIP\"],"
                + "\"intermediaryServices\":[],\"materials\":[{\"code\":\"M01\",\"name\":\"申请书\",\"issuingBody\":\"申请人\","
                + "\"form\":\"ORIGINAL\",\"copies\":1,\"requirement\":\"REQUIRED\",\"eCertificateType\":null,\"commitmentReplaceable\":false}]}";
    }

    private static String document(String... items) {
        return "{\"format\":\"tongban-catalog/1\",\"items\":[" + String.join(",", items) + "]}";
    }

    @Test
    public void opsImportThePublicSearchesAndVersionsAreKept() {
        Http.Reply report = Http.post("/api/v1/catalog/items/import", "ops", "ops-demo",
                document(item(CODE, "测试许可事项", 10), item("BAD CODE", "坏事项", 30)));
        assertEquals(report.body(), 200, report.status());
        assertTrue(report.body(), report.body().contains("\"created\":[\"" + CODE + "\"]"));
        assertTrue(report.body(), report.body().contains("BAD CODE") && report.body().contains("exceeds statutoryLimitDays"));

        Http.Reply search = Http.get("/api/v1/catalog/items?q=" + java.net.URLEncoder.encode("测试", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, search.status());
        assertTrue(search.body(), search.body().contains(CODE) && search.body().contains("\"version\":1"));

        assertEquals(200, Http.post("/api/v1/catalog/items/import", "ops", "ops-demo", document(item(CODE, "测试许可事项", 5))).status());
        Http.Reply current = Http.get("/api/v1/catalog/items/" + CODE);
        assertTrue(current.body(), current.body().contains("\"version\":2") && current.body().contains("\"promisedLimitDays\":5"));
        assertTrue(Http.get("/api/v1/catalog/items/" + CODE + "/versions/1").body().contains("\"promisedLimitDays\":10"));
        assertTrue(Http.get("/api/v1/catalog/items/export").body().contains("tongban-catalog/1"));

        Http.Reply audit = Http.get("/api/v1/audit?subject=item:" + CODE, "supervisor", "supervisor-demo");
        assertTrue(audit.body(), audit.body().contains("catalog.item.published") && audit.body().contains("\"actor\":\"ops\""));
    }

    @Test
    public void onlyOpsImportAndBadDocumentsAreProblems() {
        assertEquals(403, Http.post("/api/v1/catalog/items/import", "clerk", "clerk-demo", document(item(CODE, "x", 5))).status());
        Http.Reply wrongFormat = Http.post("/api/v1/catalog/items/import", "ops", "ops-demo", "{\"format\":\"other\",\"items\":[]}");
        assertEquals(400, wrongFormat.status());
        assertTrue(wrongFormat.contentType().startsWith("application/problem+json"));
        Http.Reply array = Http.post("/api/v1/catalog/items/import", "ops", "ops-demo", "[]");
        assertEquals(array.body(), 400, array.status());
        assertTrue(array.body(), array.body().contains("not a catalogue document") && !array.body().contains("org.tongban"));
        Http.Reply allBad = Http.post("/api/v1/catalog/items/import", "ops", "ops-demo", document(item("X1", "", 30)));
        assertEquals(422, allBad.status());
        assertTrue(allBad.contentType(), allBad.contentType().startsWith("application/problem+json"));
        assertTrue(allBad.body(), allBad.body().contains("import-rejected") && allBad.body().contains("\"rejected\":{\"X1\":[\"name is required"));
        assertEquals(404, Http.get("/api/v1/catalog/items/NOPE").status());
    }
}

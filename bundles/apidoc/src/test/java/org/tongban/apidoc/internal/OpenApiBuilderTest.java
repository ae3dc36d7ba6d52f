package org.tongban.apidoc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.junit.jupiter.api.Test;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.Role;

class OpenApiBuilderTest {

    @Path("v1/things")
    @Allowed({Role.CLERK, Role.REVIEWER})
    public static class Things {
        @GET
        @Path("{id}")
        public String one(@PathParam("id") String id) {
            return id;
        }

        @POST
        @Allowed(Role.OPS)
        @org.tongban.core.rest.Answers(value = First.Review.class, status = 201)
        public javax.ws.rs.core.Response create(String body) {
            return javax.ws.rs.core.Response.status(201).build();
        }
    }

    @Path("v1/health")
    @Public
    public static class Health {
        @GET
        public String health() {
            return "UP";
        }
    }

    @Path("v1/admin")
    public static class Unannotated {
        @GET
        @Path("{name: [a-z]+}")
        public String get(@PathParam("name") String name) {
            return name;
        }
    }

    /** Two request bodies of one simple name and different shapes, as intake's review and evaluation's Review. */
    public static final class First {
        public record Review(String department, String opinion) {
        }
    }

    public static final class Second {
        public record Review(String level, String comment) {
        }
    }

    @Path("v1/first")
    public static class FirstReviews {
        @POST
        public String review(First.Review body) {
            return "";
        }
    }

    @Path("v1/second")
    public static class SecondReviews {
        @POST
        public String review(Second.Review body) {
            return "";
        }
    }

    @Test
    void typesOfOneNameAreBothDescribedUnderNamesOfTheirOwn() {
        JsonNode two = parse(OpenApiBuilder.json(List.of(SecondReviews.class, FirstReviews.class), "1"));
        JsonNode schemas = two.path("components").path("schemas");
        assertTrue(schemas.path("Review").path("properties").has("department"), schemas.toString());
        JsonNode other = schemas.path("ApidocReview");
        assertTrue(other.path("properties").has("level"), schemas.toString());
        assertEquals("#/components/schemas/ApidocReview", two.path("paths").path("/v1/second").path("post").path("requestBody")
                .path("content").path("*/*").path("schema").path("$ref").asText(), two.toString());
        assertEquals(schemas, parse(OpenApiBuilder.json(List.of(FirstReviews.class, SecondReviews.class), "1"))
                .path("components").path("schemas"), "the same names whatever order the resources come in");
    }

    private final JsonNode doc = parse(OpenApiBuilder.json(List.of(Things.class, Health.class, Unannotated.class), "1.2.3"));

    @Test
    void everyOperationHasATagASummaryAUniqueIdAndItsProblems() {
        JsonNode one = doc.path("paths").path("/v1/things/{id}").path("get");
        assertEquals("apidoc", one.path("tags").get(0).asText(), "the capability of the resource's package");
        assertEquals("One", one.path("summary").asText());
        assertEquals("apidocThingsOne", one.path("operationId").asText(), "capability, resource and method: stable across boots");
        assertEquals("The thing's identifier", one.path("parameters").get(0).path("description").asText());
        assertEquals("#/components/responses/Problem404", one.path("responses").path("404").path("$ref").asText());
        assertTrue(one.path("responses").has("200"), one.path("responses").toString());
        assertFalse(one.path("responses").has("default"));
        assertEquals("application/problem+json", doc.path("components").path("responses").path("Problem400").path("content")
                .fieldNames().next());
        assertTrue(doc.path("components").path("schemas").path("Problem").path("properties").has("detail"));
        JsonNode health = doc.path("paths").path("/v1/health").path("get").path("responses");
        assertFalse(health.has("401"), "a public operation asks no credentials");
        assertEquals("apidoc", doc.path("tags").get(0).path("name").asText());
        assertEquals("TONGBAN_SESSION", doc.path("components").path("securitySchemes").path("session").path("name").asText());
        assertEquals("Register agency", OperationText.words("registerAgency"));
        JsonNode created = doc.path("paths").path("/v1/things").path("post").path("responses");
        assertTrue(created.path("201").path("content").path("application/json").path("schema").path("$ref").asText()
                .startsWith("#/components/schemas/"), "a raw Response's typed answer: " + created);
        assertFalse(created.has("2XX"));
    }

    @Test
    void describesEveryPathWithVersionAndServer() {
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        assertEquals("1.2.3", doc.path("info").path("version").asText());
        assertEquals("/api", doc.path("servers").get(0).path("url").asText());
        assertTrue(doc.path("paths").has("/v1/things/{id}"));
        assertTrue(doc.path("paths").has("/v1/things"));
        assertTrue(doc.path("paths").has("/v1/health"));
        assertTrue(doc.path("paths").has("/v1/admin/{name}"), doc.path("paths").toString());
    }

    @Test
    void basicAuthEverywhereExceptPublicOperations() {
        assertEquals("basic", doc.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText());
        assertEquals("basicAuth", doc.path("security").get(0).fieldNames().next());
        JsonNode health = doc.path("paths").path("/v1/health").path("get");
        assertTrue(health.path("security").isArray() && health.path("security").isEmpty());
        assertFalse(doc.path("paths").path("/v1/things/{id}").path("get").has("security"));
    }

    @Test
    void rolesFollowMethodThenClassThenOpsOnly() {
        assertEquals("[\"clerk\",\"reviewer\"]", roles("/v1/things/{id}", "get"));
        assertEquals("[\"ops\"]", roles("/v1/things", "post"));
        assertEquals("[\"ops\"]", roles("/v1/admin/{name}", "get"));
        assertEquals("[]", roles("/v1/health", "get"));
    }

    private String roles(String path, String verb) {
        return doc.path("paths").path(path).path(verb).path("x-roles").toString().replace(" ", "");
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}

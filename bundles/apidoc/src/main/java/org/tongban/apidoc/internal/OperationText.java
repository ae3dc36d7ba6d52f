package org.tongban.apidoc.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import org.tongban.core.rest.Public;

/**
 * What swagger's reader cannot see of an operation: the capability it belongs to (its tag), a summary, an id unique in
 * the document, and the problem answers every operation may give (RFC 7807, one schema for all).
 */
final class OperationText {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "The request is malformed or a value is invalid; the problem lists what to fix",
            "401", "No credentials, or they are wrong",
            "403", "The caller's role or unit does not allow this",
            "404", "No such object, or none the caller may see",
            "409", "The object's state does not allow this now",
            "422", "Understood but refused by the rules; the problem says which",
            "503", "The node is starting, updating or cannot reach what it needs; retry after the Retry-After seconds");

    private OperationText() {
    }

    /** The problem schema and the shared error answers. */
    static void problems(OpenAPI api) {
        Schema<?> problem = new ObjectSchema().description("An RFC 7807 problem")
                .addProperty("type", new StringSchema().description("A URI naming the kind of problem"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong and how to fix it"))
                .addProperty("problems", new io.swagger.v3.oas.models.media.ArraySchema().items(new StringSchema())
                        .description("Each fault of an invalid request"));
        api.getComponents().addSchemas("Problem", problem);
        ERRORS.forEach((code, text) -> api.getComponents().addResponses("Problem" + code, new ApiResponse().description(text)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
    }

    static void describe(Operation op, Class<?> type, Method method, Map<String, Integer> ids) {
        String tag = capability(type);
        op.setTags(List.of(tag));
        if (op.getSummary() == null) {
            op.setSummary(words(method.getName()));
        }
        String id = tag.replaceAll("[^A-Za-z0-9]", "") + resourceStem(type, tag) + Character.toUpperCase(method.getName().charAt(0))
                + method.getName().substring(1);
        int n = ids.merge(id, 1, Integer::sum);
        op.setOperationId(n == 1 ? id : id + n);
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        ApiResponse fallback = responses.remove("default");
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            responses.addApiResponse(method.isAnnotationPresent(GET.class) ? "200" : "2XX", fallback != null && fallback.getContent() != null
                    && !fallback.getContent().isEmpty() ? fallback.description("The answer") : new ApiResponse().description("Done"));
        }
        boolean open = type.isAnnotationPresent(Public.class) || method.isAnnotationPresent(Public.class);
        for (String code : ERRORS.keySet().stream().sorted().toList()) {
            if (open && (code.equals("401") || code.equals("403"))) {
                continue;
            }
            responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/Problem" + code));
        }
        op.setResponses(responses);
    }

    /** One tag per capability, each described once at the top. */
    static void tags(OpenAPI api) {
        TreeSet<String> names = new TreeSet<>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getTags() != null) {
                    names.addAll(op.getTags());
                }
            }));
        }
        List<Tag> tags = new ArrayList<>();
        names.forEach(n -> tags.add(new Tag().name(n).description("The " + n + " capability's operations")));
        api.setTags(tags);
    }

    /** The capability of a resource: its bundle's name (org.tongban.CAPABILITY...), core's by the path it serves. */
    static String capability(Class<?> type) {
        String[] parts = type.getName().split("\\.");
        String cap = parts.length > 2 && parts[0].equals("org") && parts[1].equals("tongban") ? parts[2] : "other";
        if (!cap.equals("core")) {
            return cap;
        }
        Path p = type.getAnnotation(Path.class);
        String path = p == null ? "" : p.value().replaceAll("^/+", "").replaceFirst("^v1/", "");
        return "core-" + (path.isEmpty() ? "api" : path.split("/")[0]);
    }

    /**
     * The resource's own word in an operation id, so ids stay the same whatever order resources are read in: none for
     * core's (the tag names the path) or a capability's main resource, else {@code DefaulterResource} → "Defaulter".
     */
    static String resourceStem(Class<?> type, String tag) {
        String stem = type.getSimpleName().replaceFirst("Resource$", "");
        if (tag.startsWith("core-")) {
            return "";
        }
        // SurrogateCentreResource in surrogate → "Centre": the tag already says surrogate.
        return stem.regionMatches(true, 0, tag, 0, tag.length()) ? stem.substring(tag.length()) : stem;
    }

    /** {@code registerAgency} → "Register agency". */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}

package org.tongban.apidoc.internal;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.Role;

/**
 * Builds the OpenAPI 3 document from JAX-RS resource classes with swagger's reader, then records what the reader
 * cannot see: HTTP Basic on every operation except {@link Public} ones, and the roles of each ({@code x-roles}).
 */
public final class OpenApiBuilder {

    private static final Map<Class<? extends Annotation>, PathItem.HttpMethod> VERBS = Map.of(
            GET.class, PathItem.HttpMethod.GET, POST.class, PathItem.HttpMethod.POST, PUT.class, PathItem.HttpMethod.PUT,
            DELETE.class, PathItem.HttpMethod.DELETE, PATCH.class, PathItem.HttpMethod.PATCH,
            HEAD.class, PathItem.HttpMethod.HEAD, OPTIONS.class, PathItem.HttpMethod.OPTIONS);

    private OpenApiBuilder() {
    }

    public static String json(Collection<Class<?>> resources, String version) {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Tongban API").version(version)
                        .description("Internet + government services node. Errors are RFC 7807 problem+json bodies."))
                .servers(List.of(new Server().url("/api")))
                .components(new Components().addSecuritySchemes("basicAuth",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account of the node's realm; machine clients and node links"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("TONGBAN_SESSION")
                                .description("The hall pages' session (POST /v1/session); every change also sends its token in X-CSRF-Token")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
        // Resources in name order, so which of two same-named types keeps the plain name does not depend on the order
        // the capabilities started in; the converter is swagger's shared one, so one document at a time.
        List<Class<?>> ordered = resources.stream().sorted(Comparator.comparing(Class::getName)).toList();
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(base).readAllResources(true);
        ModelConverters converters = ModelConverters.getInstance(false, config.getSchemaResolution());
        ModelResolver naming = new ModelResolver(Json.mapper(), new UniqueSchemaNames());
        OpenAPI api;
        synchronized (OpenApiBuilder.class) {
            converters.addConverter(naming);
            try {
                api = new Reader(config).read(new LinkedHashSet<>(ordered));
                answers(api, ordered, converters);
            } finally {
                converters.removeConverter(naming);
            }
        }
        OperationText.problems(api);
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (Class<?> type : ordered) {
            for (Method method : type.getMethods()) {
                describeAccess(api, type, method);
                Operation op = operation(api, type, method);
                if (op != null) {
                    OperationText.describe(op, type, method, ids);
                }
            }
        }
        OperationText.tags(api);
        ParameterText.describe(api);
        return Json.pretty(api);
    }

    /** The typed answers of methods that return a raw Response ({@link org.tongban.core.rest.Answers}). */
    private static void answers(OpenAPI api, List<Class<?>> types, ModelConverters converters) {
        for (Class<?> type : types) {
            for (Method method : type.getMethods()) {
                org.tongban.core.rest.Answers a = method.getAnnotation(org.tongban.core.rest.Answers.class);
                Operation op = a == null ? null : operation(api, type, method);
                if (op == null) {
                    continue;
                }
                io.swagger.v3.oas.models.responses.ApiResponse answer = new io.swagger.v3.oas.models.responses.ApiResponse()
                        .description(a.status() == 201 ? "Created" : a.value() == Void.class ? "Done, nothing to answer" : "The answer");
                if (a.value() != Void.class) {
                    io.swagger.v3.core.converter.ResolvedSchema resolved = converters.resolveAsResolvedSchema(
                            new io.swagger.v3.core.converter.AnnotatedType(a.value()).resolveAsRef(true));
                    resolved.referencedSchemas.forEach(api.getComponents()::addSchemas);
                    io.swagger.v3.oas.models.media.Schema<?> schema = a.list()
                            ? new io.swagger.v3.oas.models.media.ArraySchema().items(resolved.schema) : resolved.schema;
                    answer.content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/json",
                            new io.swagger.v3.oas.models.media.MediaType().schema(schema)));
                }
                io.swagger.v3.oas.models.responses.ApiResponses responses = op.getResponses() == null
                        ? new io.swagger.v3.oas.models.responses.ApiResponses() : op.getResponses();
                responses.remove("default");
                responses.addApiResponse(Integer.toString(a.status()), answer);
                op.setResponses(responses);
            }
        }
    }

    private static Operation operation(OpenAPI api, Class<?> type, Method method) {
        PathItem.HttpMethod verb = VERBS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path(type, method));
        return verb == null || item == null ? null : item.readOperationsMap().get(verb);
    }

    private static void describeAccess(OpenAPI api, Class<?> type, Method method) {
        PathItem.HttpMethod verb = VERBS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path(type, method));
        Operation op = verb == null || item == null ? null : item.readOperationsMap().get(verb);
        if (op == null) {
            return;
        }
        if (type.isAnnotationPresent(Public.class) || method.isAnnotationPresent(Public.class)) {
            op.setSecurity(List.of());
            op.addExtension("x-roles", List.of());
            return;
        }
        Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                : type.getAnnotation(Allowed.class);
        Role[] roles = allowed == null ? new Role[] {Role.OPS} : allowed.value();
        op.addExtension("x-roles", Arrays.stream(roles).map(Role::realmName).toList());
    }

    /** The OpenAPI path key of a resource method: class and method templates joined, one leading slash. */
    static String path(Class<?> type, Method method) {
        String joined = "/" + template(type.getAnnotation(Path.class)) + "/" + template(method.getAnnotation(Path.class));
        String clean = joined.replaceAll("/+", "/").replaceAll("\\{([^:}]+):[^}]*}", "{$1}");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    private static String template(Path path) {
        return path == null ? "" : path.value().trim();
    }
}

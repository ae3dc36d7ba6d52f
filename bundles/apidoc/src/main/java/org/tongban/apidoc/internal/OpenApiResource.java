package org.tongban.apidoc.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;

/** {@code GET /api/openapi.json}: the API of exactly the capabilities installed on this node. */
@Component(service = RestResource.class, property = OpenApiResource.DOCS + "=true")
@Path("openapi.json")
@Public
public class OpenApiResource implements RestResource {

    /** Marks the docs' own resources, which the document leaves out (and which must not track themselves). */
    static final String DOCS = "tongban.rest.docs";

    private final Map<Long, Class<?>> published = new ConcurrentSkipListMap<>();
    private volatile String version = "0";
    /** The document built, and the resources' generation it was built from. */
    private volatile Built document;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private record Built(long generation, String json) {
    }

    @Activate
    void activate(BundleContext context) {
        version = context.getBundle().getVersion().toString();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, target = "(!(" + DOCS + "=true))")
    void addResource(RestResource resource, Map<String, Object> props) {
        published.put((Long) props.get("service.id"), resource.getClass());
        generation.incrementAndGet();
    }

    void removeResource(RestResource resource, Map<String, Object> props) {
        published.remove((Long) props.get("service.id"));
        generation.incrementAndGet();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String openApi() {
        // A document is built from the resources of one generation and kept only for it: one built while a resource
        // came or went is never served after.
        Built doc = document;
        long now = generation.get();
        if (doc == null || doc.generation() != now) {
            doc = new Built(now, OpenApiBuilder.json(List.copyOf(published.values()), version));
            document = doc;
        }
        return doc.json();
    }
}

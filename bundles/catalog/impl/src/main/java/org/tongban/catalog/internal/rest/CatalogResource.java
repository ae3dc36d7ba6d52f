package org.tongban.catalog.internal.rest;

import org.tongban.core.text.Text;
import org.tongban.core.fault.Fault;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ImportReport;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.catalog.internal.CatalogJson;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.Problem;
import org.tongban.core.rest.ProblemException;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/** {@code /api/v1/catalog/items}: the public catalogue (事项清单), its versions, and import/export for ops. */
@Component(service = RestResource.class)
@Path("v1/catalog/items")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource implements RestResource {

    private final Catalog catalog;

    @Activate
    public CatalogResource(@Reference Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Public
    public List<Map<String, Object>> search(@QueryParam("q") String text, @QueryParam("department") String department,
                                            @QueryParam("caseKind") String caseKind, @QueryParam("offset") Integer offset,
                                            @QueryParam("limit") Integer limit) {
        ItemQuery query = new ItemQuery(text, department, caseKind(caseKind), offset == null ? 0 : offset, limit == null ? 50 : limit);
        return catalog.search(query).stream().map(CatalogResource::summary).toList();
    }

    @GET
    @Path("{code}")
    @Public
    public VersionedItem current(@PathParam("code") String code) {
        return catalog.current(code).orElseThrow(() -> Fault.notFound("no item " + code + " in this catalogue"));
    }

    @GET
    @Path("{code}/versions")
    @Public
    public List<Map<String, Object>> versions(@PathParam("code") String code) {
        List<VersionedItem> history = catalog.history(code);
        if (history.isEmpty()) {
            throw Fault.notFound("no item " + code + " in this catalogue");
        }
        return history.stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", v.version());
            m.put("publishedAt", v.publishedAt().toString());
            m.put("publishedBy", v.publishedBy());
            return m;
        }).toList();
    }

    @GET
    @Path("{code}/versions/{version}")
    @Public
    public VersionedItem version(@PathParam("code") String code, @PathParam("version") int version) {
        return catalog.version(code, version)
                .orElseThrow(() -> Fault.notFound("no version " + version + " of item " + code));
    }

    @GET
    @Path("export")
    @Public
    public Response export() {
        List<ServiceItem> items = catalog.search(ItemQuery.all()).stream().map(VersionedItem::item).toList();
        return Response.ok(CatalogJson.writeDocument(items), MediaType.APPLICATION_JSON).build();
    }

    /** Imports a {@code tongban-catalog/1} document; 200 with the report, or a 422 problem carrying it when nothing could be taken. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.OPS)
    @org.tongban.core.rest.Answers(value = ImportReport.class)
    public Response importItems(InputStream body, @Context SecurityContext security) {
        List<ServiceItem> items = CatalogJson.readDocument(body);
        if (items.isEmpty()) {
            throw Fault.invalid("the document has no items");
        }
        ImportReport report = catalog.publish(items, security.getUserPrincipal().getName());
        boolean nothingTaken = report.created().isEmpty() && report.updated().isEmpty() && report.unchanged().isEmpty();
        if (nothingTaken) {
            // An error like every other (problem+json), still carrying the whole report: every fault of every item.
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "import-rejected", "Import rejected", 422,
                    "no item of the document could be taken: " + report.rejected().size() + " rejected, see rejected", null,
                    Map.of("created", report.created(), "updated", report.updated(), "unchanged", report.unchanged(),
                            "rejected", report.rejected(), "errors", faults(report.rejected()))));
        }
        return Response.ok(report).build();
    }

    /** Every fault of every rejected item as one line "CODE: fault", by code: the {@code errors} every invalid problem has. */
    static List<String> faults(Map<String, List<String>> rejected) {
        return rejected.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(f -> e.getKey() + ": " + f)).toList();
    }

    private static CaseKind caseKind(String text) {
        return Text.option(CaseKind.class, text, "caseKind");
    }

    private static Map<String, Object> summary(VersionedItem v) {
        ServiceItem i = v.item();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("implementationCode", i.implementationCode());
        m.put("name", i.name());
        m.put("department", i.department().name());
        m.put("caseKind", i.caseKind());
        m.put("promisedLimitDays", i.promisedLimitDays());
        m.put("jointReview", i.isJointReview());
        m.put("version", v.version());
        return m;
    }
}

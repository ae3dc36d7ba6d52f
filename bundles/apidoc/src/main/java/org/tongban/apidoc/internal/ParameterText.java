package org.tongban.apidoc.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;

/**
 * Words for the parameters a resource left undescribed. The API uses each name in one sense (a {@code limit} is
 * always a page size, {@code from}/{@code to} always dates), so one table describes them all; a path parameter is
 * named by the collection it picks from. A resource's own {@code @Parameter(description)} wins.
 */
final class ParameterText {

    private static final Map<String, String> QUERY = Map.ofEntries(
            Map.entry("limit", "At most this many entries (the server caps it)"),
            Map.entry("offset", "Skip this many entries first"),
            Map.entry("after", "Only entries after this sequence number (for paging through a log)"),
            Map.entry("from", "First day included, ISO date (yyyy-MM-dd) in the node's time zone"),
            Map.entry("to", "Last day included, ISO date (yyyy-MM-dd) in the node's time zone"),
            Map.entry("date", "A day, ISO date (yyyy-MM-dd) in the node's time zone"),
            Map.entry("month", "A month, yyyy-MM"),
            Map.entry("year", "A calendar year, e.g. 2026"),
            Map.entry("days", "A number of working days"),
            Map.entry("status", "Only entries in this state"),
            Map.entry("department", "A deciding department's unified social credit code"),
            Map.entry("division", "A 6-, 9- or 12-digit administrative division code; its sub-divisions are included"),
            Map.entry("level", "A node level: city, county, township or village"),
            Map.entry("item", "A service item's implementation code (实施编码)"),
            Map.entry("caseNumber", "A case number (受理编号)"),
            Map.entry("caseKind", "Only cases of this kind"),
            Map.entry("code", "The query code handed to the applicant with the receipt (查询码)"),
            Map.entry("by", "What to group by"),
            Map.entry("format", "json (the default) or csv"),
            Map.entry("colour", "Only cards of this supervision colour (GREEN, YELLOW, RED)"),
            Map.entry("open", "true: only open entries; false: only closed ones"),
            Map.entry("greenChannel", "true: only green-channel (绿色通道) items"),
            Map.entry("subject", "Only events of this subject, e.g. case:<case number>"),
            Map.entry("reader", "Only entries of this reader (user name)"),
            Map.entry("key", "A search key"),
            Map.entry("q", "Words to search for in names and codes"));

    private static final Map<String, String> PATH = Map.ofEntries(
            Map.entry("number", "number"),
            Map.entry("code", "code"),
            Map.entry("id", "identifier"),
            Map.entry("user", "user name"),
            Map.entry("version", "version"),
            Map.entry("ref", "stored reference"),
            Map.entry("node", "agent point (node id)"),
            Map.entry("n", "sequence number at that point"));

    private static final Map<String, String> HEADER = Map.of(
            "Accept", "application/json (the default) or text/csv where the answer has a CSV form",
            "Content-Type", "The uploaded file's media type",
            "X-File-Name", "The uploaded file's original name, for the record");

    private ParameterText() {
    }

    static void describe(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().stream().filter(p -> p.getDescription() == null || p.getDescription().isBlank())
                        .forEach(p -> p.setDescription(text(path, p)));
            }
        }));
    }

    static String text(String path, Parameter p) {
        String name = p.getName();
        return switch (String.valueOf(p.getIn())) {
            case "path" -> pathText(path, name);
            case "header" -> HEADER.getOrDefault(name, "The " + name + " header");
            default -> QUERY.getOrDefault(name, OperationText.words(name));
        };
    }

    /** {@code /v1/intermediary/projects/{id}} → "The project's identifier". */
    private static String pathText(String path, String name) {
        String[] segments = path.split("/");
        String before = "";
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                before = segments[i - 1];
                break;
            }
        }
        String word = PATH.getOrDefault(name, name);
        if (before.startsWith("{") || before.isEmpty()) {
            return "The " + word;
        }
        String thing = singular(before).replace('-', ' ');
        return "The " + thing + "'s " + word;
    }

    private static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
    }
}

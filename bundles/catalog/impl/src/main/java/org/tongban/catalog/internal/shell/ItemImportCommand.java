package org.tongban.catalog.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ImportReport;
import org.tongban.catalog.internal.CatalogJson;

@Service
@Command(scope = "tongban", name = "item-import", description = "Imports a tongban-catalog/1 JSON document into the catalogue")
public class ItemImportCommand implements Action {

    @Reference
    Catalog catalog;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", description = "Path of the JSON document", required = true)
    String file;

    @Override
    public Object execute() {
        ImportReport report;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            String user = String.valueOf(session.get("USER"));
            report = catalog.publish(CatalogJson.readDocument(in), "shell:" + user);
        } catch (NoSuchFileException e) {
            System.out.println("No such file: " + file);
            return null;
        } catch (IOException | IllegalArgumentException e) {
            System.out.println("Not imported: " + e.getMessage());
            return null;
        }
        System.out.printf("Created %d, updated %d, unchanged %d, rejected %d%n", report.created().size(),
                report.updated().size(), report.unchanged().size(), report.rejected().size());
        report.rejected().forEach((code, faults) -> System.out.println("  " + code + ": " + String.join("; ", faults)));
        return null;
    }
}

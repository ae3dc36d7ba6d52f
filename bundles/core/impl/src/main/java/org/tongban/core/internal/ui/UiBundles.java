package org.tongban.core.internal.ui;

import java.io.InputStream;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender of the hall's pages: every ACTIVE bundle whose manifest names a folder in {@value #HEADER} (e.g.
 * {@code Tongban-UI: ui}) brings the module its {@code module.json} there declares, and the files beside it. A bundle
 * stopping, updated or uninstalled takes its pages with it; nothing else changes.
 */
@Component(service = UiBundles.class, immediate = true)
public final class UiBundles implements UiServlet.Files {

    /** The manifest header naming the bundle's folder of pages. */
    public static final String HEADER = "Tongban-UI";

    private static final Logger LOG = LoggerFactory.getLogger(UiBundles.class);

    /** A module and where its files are. */
    record Served(Bundle bundle, String folder, UiModule module) {
    }

    private final Map<String, Served> modules = new ConcurrentHashMap<>();
    private final Bundle own;
    private final BundleTracker<Served> tracker;

    @Activate
    public UiBundles(BundleContext context) {
        own = context.getBundle();
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, new Customizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        modules.clear();
    }

    /** Every module now served, in navigation order. */
    public List<UiModule> modules() {
        return modules.values().stream().map(Served::module)
                .sorted(Comparator.comparingInt(UiModule::order).thenComparing(UiModule::id)).toList();
    }

    /** A file of a module, or of the shell ({@value UiPaths#SHELL}, core's own), when it exists and is not a folder. */
    @Override
    public Optional<URL> file(UiPaths.Target target) {
        URL url;
        if (target.module().equals(UiPaths.SHELL)) {
            url = own.getEntry("ui/shell/" + target.file());
        } else {
            Served s = modules.get(target.module());
            url = s == null ? null : s.bundle().getEntry(s.folder() + "/" + target.file());
        }
        return url == null || url.getPath().endsWith("/") ? Optional.empty() : Optional.of(url);
    }

    /** When a module's bundle last changed, for the files' validators; the shell's is core's. */
    @Override
    public long lastModified(String module) {
        Served s = modules.get(module);
        return (s == null ? own : s.bundle()).getLastModified();
    }

    private final class Customizer implements BundleTrackerCustomizer<Served> {

        @Override
        public Served addingBundle(Bundle bundle, BundleEvent event) {
            String folder = bundle.getHeaders("").get(HEADER);
            if (folder == null || folder.isBlank()) {
                return null;
            }
            folder = folder.trim().replaceAll("^/+|/+$", "");
            URL json = bundle.getEntry(folder + "/module.json");
            if (json == null) {
                LOG.warn("UI: {} names {} in {} but has no {}/module.json; no pages", bundle.getSymbolicName(), folder, HEADER, folder);
                return null;
            }
            try (InputStream in = json.openStream()) {
                Served s = new Served(bundle, folder, UiModule.parse(in));
                Served before = modules.putIfAbsent(s.module().id(), s);
                if (before != null && before.bundle().getBundleId() != bundle.getBundleId()) {
                    LOG.warn("UI: {} declares module {}, already served by {}; ignored", bundle.getSymbolicName(), s.module().id(),
                            before.bundle().getSymbolicName());
                    return null;
                }
                modules.put(s.module().id(), s);
                LOG.info("UI: /ui/{}/ published ({})", s.module().id(), bundle.getSymbolicName());
                return s;
            } catch (Exception e) {
                LOG.warn("UI: the module.json of {} is refused: {}", bundle.getSymbolicName(), e.getMessage());
                return null;
            }
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Served served) {
            // Still active: the same pages.
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Served served) {
            if (modules.remove(served.module().id(), served)) {
                LOG.info("UI: /ui/{}/ withdrawn ({})", served.module().id(), bundle.getSymbolicName());
            }
        }
    }
}

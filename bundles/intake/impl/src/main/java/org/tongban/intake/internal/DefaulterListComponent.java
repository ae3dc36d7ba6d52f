package org.tongban.intake.internal;

import org.tongban.core.fault.Fault;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.validation.CreditCode;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.Defaulter;
import org.tongban.intake.DefaulterList;

/** The judgment-defaulter list, kept in the intake schema; each change is audited with the list as its subject. */
@Component(service = DefaulterList.class)
public class DefaulterListComponent implements DefaulterList {

    static final String SUBJECT = "credit:defaulters";

    private final Transactions tx;
    private final Changes changes;
    private final TongbanClock clock;

    @Activate
    public DefaulterListComponent(@Reference Transactions tx, @Reference IntakeSchema schema, @Reference Changes changes,
                                  @Reference TongbanClock clock) {
        this.tx = tx;
        this.changes = changes;
        this.clock = clock;
    }

    /** Every fault of an entry: an ID that is neither a valid resident ID nor a credit code, missing name or reference. */
    static List<String> problems(Defaulter d, LocalDate today) {
        List<String> p = new ArrayList<>();
        if (d == null) {
            return List.of("empty entry");
        }
        String id = d.idNumber() == null ? "" : d.idNumber().trim();
        if (!ResidentId.validate(id).valid() && CreditCode.validate(id).errors().size() > 0) {
            p.add("idNumber " + id + " is neither a resident ID nor a unified social credit code");
        }
        if (d.name() == null || d.name().isBlank() || d.name().length() > 200) {
            p.add("name is required (at most 200 characters)");
        }
        if (d.reference() == null || d.reference().isBlank() || d.reference().length() > 200) {
            p.add("reference (the court's case number) is required (at most 200 characters)");
        }
        if (d.source() != null && d.source().length() > 200) {
            p.add("source is at most 200 characters");
        }
        if (d.listedOn() == null) {
            p.add("listedOn is required (YYYY-MM-DD)");
        } else if (d.listedOn().isAfter(today)) {
            p.add("listedOn " + d.listedOn() + " is after today: a court lists a defaulter on a day that has come");
        }
        return p;
    }

    @Override
    public Optional<Defaulter> find(String idNumber) {
        return idNumber == null || idNumber.isBlank() ? Optional.empty() : tx.read(c -> DefaulterStore.find(c, idNumber));
    }

    @Override
    public List<Defaulter> list(int limit) {
        return tx.read(c -> DefaulterStore.list(c, limit));
    }

    @Override
    public Defaulter put(Defaulter entry, String actor, String role) {
        List<String> p = problems(entry, clock.today());
        if (!p.isEmpty()) {
            throw Fault.invalid("the defaulter entry has " + p.size() + " fault(s)", p);
        }
        return changes.apply(change -> {
            Connection c = change.sql();
            boolean added = DefaulterStore.put(c, entry, clock.now());
            change.audit(new AuditEntry(actor, role, added ? "defaulter.added" : "defaulter.updated", SUBJECT,
                    ResidentId.mask(entry.idNumber().trim()) + " " + entry.reference()));
            return DefaulterStore.find(c, entry.idNumber()).orElseThrow();
        });
    }

    @Override
    public boolean remove(String idNumber, String actor, String role) {
        return changes.apply(change -> {
            boolean removed = DefaulterStore.remove(change.sql(), idNumber);
            if (removed) {
                change.audit(new AuditEntry(actor, role, "defaulter.removed", SUBJECT, ResidentId.mask(idNumber.trim())));
            }
            return removed;
        });
    }

    @Override
    public ImportSummary importAll(List<Defaulter> entries, String actor, String role) {
        Map<String, List<String>> rejected = new LinkedHashMap<>();
        List<Defaulter> good = new ArrayList<>();
        LocalDate today = clock.today();   // one day for the whole list, even across midnight
        for (int i = 0; i < entries.size(); i++) {
            Defaulter d = entries.get(i);
            List<String> p = problems(d, today);
            if (p.isEmpty()) {
                good.add(d);
            } else {
                rejected.put("#" + (i + 1) + (d == null || d.idNumber() == null ? "" : " " + ResidentId.mask(d.idNumber().trim())), p);
            }
        }
        int[] counts = changes.apply(change -> {
            int added = 0;
            for (Defaulter d : good) {
                if (DefaulterStore.put(change.sql(), d, clock.now())) {
                    added++;
                }
            }
            change.audit(new AuditEntry(actor, role, "defaulter.imported", SUBJECT,
                    added + " added, " + (good.size() - added) + " updated, " + rejected.size() + " rejected"));
            return new int[] {added, good.size() - added};
        });
        return new ImportSummary(counts[0], counts[1], rejected);
    }
}

package org.tongban.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalog.Fee;
import org.tongban.catalog.ImportReport;
import org.tongban.catalog.ServiceItem;

/**
 * Publishing a batch of items: validate each, normalise it, store it as a new version when it changed, and hand each
 * change to {@code onChange} inside the same transaction (audit and outbox). Pure JDBC, so it is unit tested on Derby.
 */
public final class Publisher {

    /** Called for each created or updated item, on the transaction's connection. */
    @FunctionalInterface
    public interface ChangeListener {
        void changed(Connection c, ServiceItem item, CatalogStore.Saved saved) throws SQLException;
    }

    private Publisher() {
    }

    /** Runs on one connection the caller commits; rejected items never touch the database. */
    public static ImportReport publish(Connection c, List<ServiceItem> items, String actor, Instant now, ChangeListener onChange)
            throws SQLException {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, List<String>> rejected = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ServiceItem raw = items.get(i);
            String key = raw == null || raw.implementationCode() == null ? "#" + (i + 1) : raw.implementationCode();
            List<String> problems = raw == null ? List.of("empty item") : ItemValidator.problems(raw);
            if (problems.isEmpty() && (created.contains(key) || updated.contains(key) || unchanged.contains(key))) {
                problems = List.of("the same implementationCode appears twice in this import");
            }
            if (!problems.isEmpty()) {
                rejected.put(key, problems);
                continue;
            }
            ServiceItem item = normalised(raw);
            CatalogStore.Saved saved = CatalogStore.save(c, item, actor, now);
            switch (saved.outcome()) {
                case CREATED -> created.add(key);
                case UPDATED -> updated.add(key);
                case UNCHANGED -> unchanged.add(key);
            }
            if (saved.outcome() != CatalogStore.Outcome.UNCHANGED) {
                onChange.changed(c, item, saved);
            }
        }
        return new ImportReport(created, updated, unchanged, rejected);
    }

    /** Fees to the fen, so 10, 10.0 and 10.00 are the same content. */
    static ServiceItem normalised(ServiceItem i) {
        BigDecimal amount = i.fee().amount().setScale(2, RoundingMode.HALF_UP);
        return new ServiceItem(i.implementationCode(), i.baseCode(), i.name().trim(), i.itemType(), i.exerciseLevel(),
                i.department(), i.jointDepartments(), i.applicantKinds(), i.handlingForms(), i.caseKind(),
                i.statutoryLimitDays(), i.promisedLimitDays(), new Fee(amount, i.fee().basis()), i.legalBasis(),
                i.conditions(), i.handledAt(), i.intermediaryServices(), i.materials(), i.approvalsRequired(),
                i.resultName() == null || i.resultName().isBlank() ? null : i.resultName().trim(), i.decisionRules());
    }
}

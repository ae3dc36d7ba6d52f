package org.tongban.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The judgment-defaulter list intake checks applicants against. Listing flags a case for its reviewers; it never
 * blocks an application by itself. Every change is audited.
 */
public interface DefaulterList {

    /** The outcome of an import: entries added, entries updated, and each rejected line with its faults. */
    record ImportSummary(int added, int updated, Map<String, List<String>> rejected) {
    }

    Optional<Defaulter> find(String idNumber);

    List<Defaulter> list(int limit);

    /** Adds or updates one entry; invalid data throws a 400 problem naming every fault. */
    Defaulter put(Defaulter entry, String actor, String role);

    boolean remove(String idNumber, String actor, String role);

    /** Adds or updates many entries in one transaction; invalid ones are reported, the rest are kept. */
    ImportSummary importAll(List<Defaulter> entries, String actor, String role);
}

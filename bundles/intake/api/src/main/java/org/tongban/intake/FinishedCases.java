package org.tongban.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads of this node's cases for capabilities that act once a case is decided; no access rules: callers are services. */
public interface FinishedCases {

    /** The case with this number on this node, whatever its status. */
    Optional<FinishedCase> find(String caseNumber);

    /**
     * Cases approved or rejected on or after {@code since} and now decided or handed out, by case number after
     * {@code after} (null: from the first), at most {@code limit}: page on with the last number returned.
     */
    List<FinishedCase> decidedSince(LocalDate since, String after, int limit);
}

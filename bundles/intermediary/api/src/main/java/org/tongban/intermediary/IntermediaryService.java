package org.tongban.intermediary;

import java.util.List;

/**
 * An intermediary service of the public catalogue: what it is, its legal basis, the approval items (implementation
 * codes) that require it, its time limit in working days and its fee standard.
 */
public record IntermediaryService(String code, String name, String legalBasis, List<String> requiredBy, int timeLimitDays,
                                  String feeStandard) {

    public IntermediaryService {
        requiredBy = requiredBy == null ? List.of() : List.copyOf(requiredBy);
    }
}

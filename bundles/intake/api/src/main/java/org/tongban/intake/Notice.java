package org.tongban.intake;

import java.util.List;

/**
 * What the applicant is told about a case (告知), as text in the reader's language (Chinese unless a staff member asked
 * for English), with its message code and arguments so a client may word it itself.
 */
public record Notice(String code, List<String> args, String text) {

    public Notice {
        args = List.copyOf(args);
    }
}

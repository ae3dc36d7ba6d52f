package org.tongban.core.fault;

import java.util.Map;

/** The caller may see the object but its role or place does not allow this change. */
public final class Forbidden extends Fault {

    private static final long serialVersionUID = 1L;

    Forbidden(String detail) {
        super("forbidden", detail, Map.of());
    }
}

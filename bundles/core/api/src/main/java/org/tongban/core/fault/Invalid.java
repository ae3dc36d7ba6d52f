package org.tongban.core.fault;

import java.util.List;
import java.util.Map;

/** The request itself is wrong; {@link #errors()} lists every fault found (empty when the message says it all). */
public final class Invalid extends Fault {

    private static final long serialVersionUID = 1L;
    private final transient List<String> errors;

    Invalid(String detail, List<String> errors) {
        super(errors.isEmpty() ? "bad-request" : "invalid", detail, Map.of());
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}

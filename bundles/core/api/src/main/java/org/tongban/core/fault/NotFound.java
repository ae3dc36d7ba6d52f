package org.tongban.core.fault;

import java.util.Map;

/** No such object, or none the caller may see. */
public final class NotFound extends Fault {

    private static final long serialVersionUID = 1L;

    NotFound(String code, String detail) {
        super(code, detail, Map.of());
    }
}

package org.tongban.core.fault;

import java.util.Map;

/** The object's present state does not allow this; capabilities name their own kinds (an illegal transition). */
public non-sealed class Conflict extends Fault {

    private static final long serialVersionUID = 1L;

    protected Conflict(String code, String detail) {
        super(code, detail, Map.of());
    }
}

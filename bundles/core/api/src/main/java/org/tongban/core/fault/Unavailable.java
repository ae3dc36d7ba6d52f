package org.tongban.core.fault;

import java.util.Map;

/** Refused for now, not for ever: nothing was stored and the same request can come again later. */
public non-sealed class Unavailable extends Fault {

    private static final long serialVersionUID = 1L;

    protected Unavailable(String code, String detail) {
        super(code, detail, Map.of());
    }
}

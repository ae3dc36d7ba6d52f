package org.tongban.core.fault;

import java.util.Map;

/** Well-formed, but a rule of the field refuses it; the code names the rule. */
public final class Unprocessable extends Fault {

    private static final long serialVersionUID = 1L;

    Unprocessable(String code, String detail, Map<String, Object> extensions) {
        super(code, detail, extensions);
    }
}

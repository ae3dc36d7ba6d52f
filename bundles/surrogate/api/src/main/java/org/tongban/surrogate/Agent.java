package org.tongban.surrogate;

import org.tongban.core.NodeLevel;

/** An agent (代办员) of a service point: the realm user they act as, their point, and where the point is. */
public record Agent(String account, String name, String mobile, String pointCode, String pointName, NodeLevel level,
                    String divisionCode, String nodeId) {

    /** The agent as people read it: the mobile masked (138****8000), as the API masks every phone. */
    public Agent masked() {
        return new Agent(account, name, org.tongban.core.validation.MobileNumber.mask(mobile), pointCode, pointName, level,
                divisionCode, nodeId);
    }
}

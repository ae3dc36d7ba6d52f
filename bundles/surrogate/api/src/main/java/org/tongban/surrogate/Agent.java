package org.tongban.surrogate;

import org.tongban.core.NodeLevel;

/** An agent (代办员) of a service point: the realm user they act as, their point, and where the point is. */
public record Agent(String account, String name, String mobile, String pointCode, String pointName, NodeLevel level,
                    String divisionCode, String nodeId) {
}

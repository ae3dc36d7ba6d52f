package org.tongban.core.internal.rest;

import org.tongban.core.fault.Fault;
import javax.ws.rs.core.SecurityContext;
import org.tongban.core.NodeInfo;
import org.tongban.core.security.CallerPrincipal;

/** Records that name every hall's cases (the audit trail, the access log) are for callers whose scope holds the node. */
final class WholeNode {

    private WholeNode() {
    }

    static void require(SecurityContext security, NodeInfo node) {
        if (!CallerPrincipal.of(security.getUserPrincipal()).covers(node.identity().divisionCode())) {
            throw Fault.forbidden("this node's records are read by ops and supervisors of "
                    + node.identity().divisionCode() + " or above");
        }
    }
}

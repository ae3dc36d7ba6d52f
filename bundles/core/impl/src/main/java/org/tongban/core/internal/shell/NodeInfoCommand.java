package org.tongban.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;

@Service
@Command(scope = "tongban", name = "node-info", description = "Shows this node's identity and installed capabilities")
public class NodeInfoCommand implements Action {

    @Reference
    NodeInfo node;

    @Override
    public Object execute() {
        NodeIdentity id = node.identity();
        System.out.printf("Node          %s%n", id.id());
        System.out.printf("Name          %s%n", id.name());
        System.out.printf("Level         %s%n", id.level().name().toLowerCase());
        System.out.printf("Division      %s%n", id.divisionCode());
        System.out.printf("Upstream      %s%n", id.upstream() == null ? "(none)" : id.upstream());
        System.out.printf("Demo data     %s%n", id.demo() ? "yes" : "no");
        System.out.printf("Capabilities  %s%n", String.join(", ", node.capabilities()));
        return null;
    }
}

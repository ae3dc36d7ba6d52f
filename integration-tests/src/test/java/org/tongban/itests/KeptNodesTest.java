package org.tongban.itests;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/**
 * A test on real nodes under target/nodes/&lt;name&gt;-&lt;time&gt; rather than a temporary directory: every node is stopped
 * afterwards, and their directories (with the nodes' logs) stay for a post-mortem unless the test said it passed.
 */
abstract class KeptNodesTest {

    private final Path dir;
    final RealNodes nodes;
    private boolean passed;

    KeptNodesTest(String name) {
        dir = Path.of("target", "nodes", name + "-" + System.currentTimeMillis());
        nodes = new RealNodes(dir);
    }

    /** The last line of a test that got through: its nodes' directories go. */
    void passed() {
        passed = true;
    }

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
        if (passed) {
            RealNodes.delete(dir);
        }
    }
}

/** Store-and-forward between levels (层级同步): outbox events up to the parent node, received exactly once in effect. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.tongban.sync;

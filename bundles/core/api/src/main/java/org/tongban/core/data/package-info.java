/** Transactions and per-capability schema migrations on the node's datasource. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.tongban.core.data;

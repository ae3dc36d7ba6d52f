/** Transactions, changes (a transaction with its audit records, outbox events and after-commit work) and per-capability schema migrations on the node's datasource. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.tongban.core.data;

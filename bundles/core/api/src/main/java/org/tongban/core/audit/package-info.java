/** The append-only, hash-chained audit trail (全程留痕). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.tongban.core.audit;

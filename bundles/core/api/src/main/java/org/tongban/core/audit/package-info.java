/** The append-only, hash-chained audit trail (全程留痕). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.tongban.core.audit;

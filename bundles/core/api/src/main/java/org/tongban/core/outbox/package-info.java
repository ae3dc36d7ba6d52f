/** Domain events written in the same transaction as the change, for sync to deliver. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.tongban.core.outbox;

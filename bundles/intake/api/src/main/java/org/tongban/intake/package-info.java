/** One-window intake (一窗受理) and the life of a case (办件): application, intake decision, lifecycle. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("4.0.0")
package org.tongban.intake;

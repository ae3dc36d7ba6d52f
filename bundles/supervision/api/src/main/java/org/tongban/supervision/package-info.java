/** E-supervision (电子监察): deadline warnings and cards, notifications, supervisor views and the monthly bulletin. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("3.0.0")
package org.tongban.supervision;

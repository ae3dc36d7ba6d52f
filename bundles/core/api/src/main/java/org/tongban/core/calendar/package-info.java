/** The working-day calendar (official and provisional years), what recomputes over it, and the node's clock. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.tongban.core.calendar;

/** The service-item catalogue (事项清单): items, materials, time limits, versions. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.tongban.catalog;

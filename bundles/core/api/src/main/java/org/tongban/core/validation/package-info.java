/** Identity and code validation at every boundary (GB 11643, GB 32100, GB/T 2260). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.tongban.core.validation;

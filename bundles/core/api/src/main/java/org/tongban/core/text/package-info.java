/** Text rules and the report CSV writer every capability shares. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.tongban.core.text;

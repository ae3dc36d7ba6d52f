/** Status-free domain faults every service throws; core maps them to RFC 7807 problems in one place. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.tongban.core.fault;

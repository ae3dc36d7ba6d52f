/** The REST base: resources published under /api, roles, and RFC 7807 problems. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.tongban.core.rest;

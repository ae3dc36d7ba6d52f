/** The REST base: resources published under /api, roles, RFC 7807 problems, query dates and JSON-or-CSV reports. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.6.0")
package org.tongban.core.rest;

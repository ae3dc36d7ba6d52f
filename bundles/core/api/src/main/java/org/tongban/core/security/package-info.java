/** Checking a caller's credentials against the node's realm, for callers that do not come over REST. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.tongban.core.security;

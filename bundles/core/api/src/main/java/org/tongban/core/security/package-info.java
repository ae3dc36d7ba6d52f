/** Who is calling (the exported {@link org.tongban.core.security.Caller}) and checking credentials against the node's realm. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.tongban.core.security;

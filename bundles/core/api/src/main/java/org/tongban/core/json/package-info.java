/** The node's shared JSON configurations (Jackson), so every bundle stores and sends the same JSON. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.tongban.core.json;

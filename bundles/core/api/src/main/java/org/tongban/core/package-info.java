/** Node identity: who this node is and where it sits in the four-level network. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.tongban.core;

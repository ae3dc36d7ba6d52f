/**
 * The city's link to the provincial hub (省级政务服务平台): outbox events mapped to the hub's data sets by a
 * replaceable {@link org.tongban.provincial.HubMapping} and delivered over Camel.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.tongban.provincial;

package org.tongban.core.rest;

/**
 * Marker for JAX-RS resources published under {@code /api}: register the resource object as a DS service of this
 * type and core's REST server picks it up (and drops it when the bundle goes), with the shared JSON provider,
 * security filter and problem mapping.
 */
public interface RestResource {
}

package org.tongban.core.internal.rest;

/** Whether every registered resource is serving, none being replaced; how many; at which paths. */
public interface RestStatus {

    boolean settled();

    int published();

    /** The resource paths below /api that are serving now. */
    java.util.Set<String> paths();
}

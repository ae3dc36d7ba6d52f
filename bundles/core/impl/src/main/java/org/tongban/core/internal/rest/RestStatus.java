package org.tongban.core.internal.rest;

/** Whether every registered resource is serving, none being replaced, and at which paths. */
public interface RestStatus {

    boolean settled();

    /** The resource paths below /api that are serving now. */
    java.util.Set<String> paths();
}

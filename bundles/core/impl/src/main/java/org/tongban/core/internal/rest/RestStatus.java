package org.tongban.core.internal.rest;

/** Whether the REST server is serving what is registered, or has a rebuild pending (paths briefly missing). */
public interface RestStatus {

    boolean settled();

    int published();
}

package org.tongban.core;

import java.util.List;

/** This node's identity plus the capability features installed on it: what {@code GET /api/v1/node} shows. */
public interface NodeInfo {

    NodeIdentity identity();

    /** Installed Tongban capability features (e.g. tongban-core, tongban-intake), profiles excluded, sorted. */
    List<String> capabilities();
}

package org.tongban.provincial;

import java.util.List;

/** The city's link to the provincial hub. */
public interface ProvincialSync {

    HubStatus status();

    List<RejectedRecord> rejected(int limit);
}

package org.tongban.core.internal.data;

/** Core's own way into group commits, for work that leaves items for its group's end (the audit chain's records). */
public interface GroupCommits {
    <T> T inGroupCommit(UnitWork<T> work);
}

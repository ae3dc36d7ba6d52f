package org.tongban.sync;

/** An event on its way down: its place in the child's queue, the node it is for, and the event itself. */
public record DownEvent(long seq, String destination, SyncEvent event) {
}

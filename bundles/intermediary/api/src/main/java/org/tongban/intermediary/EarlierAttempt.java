package org.tongban.intermediary;

/** An earlier project of the same need, cancelled after its selection: its code, title, cancellation and selection record. */
public record EarlierAttempt(long projectId, String code, String title, Cancellation cancellation, Selection selection) {
}

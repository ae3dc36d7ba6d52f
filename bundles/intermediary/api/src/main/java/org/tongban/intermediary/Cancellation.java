package org.tongban.intermediary;

import java.time.Instant;

/**
 * A project's cancellation by its owner, published with its reason. One made after the selection ({@code afterSelection})
 * counts against the owner: cancelling until a draw suits them is how a draw would be steered.
 */
public record Cancellation(Instant at, String reason, boolean afterSelection) {
}

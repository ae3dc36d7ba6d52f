package org.tongban.core.outbox;

/** An event to append: its type (e.g. {@code case.accepted}), payload version and payload (JSON text or an object). */
public record NewEvent(String type, int payloadVersion, Object payload) {
}

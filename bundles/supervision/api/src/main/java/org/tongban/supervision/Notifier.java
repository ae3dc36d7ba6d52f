package org.tongban.supervision;

/**
 * A channel notifications go out by. The node ships a log channel; an SMS or mail adapter is one more service
 * implementing this. Called after the change it reports is committed; a failing channel must not fail the others.
 */
public interface Notifier {

    /** The channel's name, e.g. {@code log}, {@code sms}. */
    String channel();

    void send(Notification notification);
}

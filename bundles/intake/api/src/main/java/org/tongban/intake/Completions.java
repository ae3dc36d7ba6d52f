package org.tongban.intake;

/** Cases decided over a period, and how many of them by their promised date. */
public record Completions(long decided, long onTime) {
}

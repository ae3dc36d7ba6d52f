package org.tongban.intermediary;

/**
 * Selection rules a project was posted under: their text, one {@code key=value} a line, and its version, the SHA-256 of
 * that text (hex), which anyone can recompute.
 */
public record RuleSet(String version, String content) {
}

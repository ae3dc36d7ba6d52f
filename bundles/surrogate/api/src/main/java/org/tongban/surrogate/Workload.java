package org.tongban.surrogate;

import java.math.BigDecimal;

/**
 * Service figures of one agent, point or level: cases, still open, closed (handed to the applicant), average days from
 * opening to hand-over, fees collected, green-channel cases, free copies (pages) and free mailings. {@code key} is
 * {@code account@node}, {@code node/pointCode} or the level; {@code level} and {@code divisionCode} are where the agent
 * or point works (the division is empty for a level).
 */
public record Workload(String key, String name, String level, String divisionCode, long cases, long pending, long closed,
                       double averageDays, BigDecimal fees, long greenChannel, long freeCopies, long mailings) {
}

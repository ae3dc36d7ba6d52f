package org.tongban.supervision;

/**
 * One department's month (月度通报): cases submitted and the share online, cases decided and the share on time, and
 * the yellow and red cards its cases drew.
 */
public record BulletinLine(String departmentCode, String departmentName, long submissions, long online, double onlineShare,
                           long completions, long onTime, double onTimeRate, long yellowCards, long redCards) {
}

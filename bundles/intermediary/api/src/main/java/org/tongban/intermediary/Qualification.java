package org.tongban.intermediary;

import java.time.LocalDate;

/** A qualification of an agency for one service: the certificate and the last day it is valid. */
public record Qualification(String serviceCode, String name, String certificateNumber, LocalDate validUntil) {
}

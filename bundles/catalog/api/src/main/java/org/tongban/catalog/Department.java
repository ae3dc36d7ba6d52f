package org.tongban.catalog;

/** The implementing department: its unified social credit code and name. */
public record Department(String creditCode, String name) {
}

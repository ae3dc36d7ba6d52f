package org.tongban.catalog;

/** A value with its code in GB/T 39046 code lists, so mappings to other systems never pass raw numbers around. */
public interface Codes {

    /** The code of this value in GB/T 39046. */
    String code();
}

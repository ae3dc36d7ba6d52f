package org.tongban.catalog;

/** Whether a material must be there at acceptance, may be omitted, or may follow later (容缺). */
public enum MaterialRequirement {
    REQUIRED, OPTIONAL, TOLERABLE
}

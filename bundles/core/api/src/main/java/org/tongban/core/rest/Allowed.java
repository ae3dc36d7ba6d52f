package org.tongban.core.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Roles allowed to call a resource method (on the method, or the class for all its methods). A method with neither
 * this nor {@link Public} is open to {@link Role#OPS} only: nothing is public by accident.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
    Role[] value();
}

package org.tongban.core.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method that returns a raw {@code Response} (to set its status or headers) answers on success, for
 * the API description: the entity's type, as a list or not, and the status. Changes nothing at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

    /** The entity's type; {@code Void.class} for an answer without a body. */
    Class<?> value();

    int status() default 200;

    /** The entity is a list of {@link #value()}. */
    boolean list() default false;
}

package org.tongban.core.validation;

import java.util.List;

/** Outcome of a check: valid unless there are errors; warnings (e.g. an early credit code's checksum) never block. */
public record ValidationResult(String value, boolean valid, List<String> warnings, List<String> errors) {

    public ValidationResult {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        valid = errors.isEmpty();
    }

    public static ValidationResult ok(String value) {
        return new ValidationResult(value, true, List.of(), List.of());
    }

    public static ValidationResult warning(String value, String warning) {
        return new ValidationResult(value, true, List.of(warning), List.of());
    }

    public static ValidationResult error(String value, String error) {
        return new ValidationResult(value, false, List.of(), List.of(error));
    }
}

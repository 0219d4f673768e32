package dev.retrotrack.support.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns JSON reading failures into sentences a person can act on: where (line, column, field) and what was
 * expected, in words rather than Java class names.
 */
final class UnreadableBodyMessages {

    private UnreadableBodyMessages() {
    }

    static String describe(Throwable cause) {
        if (!(cause instanceof JacksonException jackson)) {
            return "The request body is missing or could not be read.";
        }
        return "The request body could not be read as JSON" + where(jackson) + ": " + what(jackson);
    }

    private static String where(JacksonException jackson) {
        TokenStreamLocation location = jackson.getLocation();
        String at = location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String field = path(jackson);
        return field.isEmpty() ? at : at + " (field '" + field + "')";
    }

    private static String what(JacksonException jackson) {
        return switch (jackson) {
            case UnrecognizedPropertyException unknown -> "unknown field '" + unknown.getPropertyName()
                    + "'; known fields here: " + known(unknown.getKnownPropertyIds());
            case InvalidFormatException format -> "'" + format.getValue() + "' is not "
                    + expected(format.getTargetType());
            case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
                    "expected " + expected(mismatch.getTargetType());
            default -> "the JSON is malformed (" + firstLine(jackson.getOriginalMessage()) + ")";
        };
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date like 2026-01-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a timestamp like 2026-01-31T09:30:00Z";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "(none)" : ids.stream().map(Object::toString).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String path(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        // Jackson names Java types in backquotes or "(class ...)"; a caller does not need them.
        return line.replaceAll("\\(class [^)]*\\)", "").replaceAll("`[^`]*`", "value").strip();
    }
}

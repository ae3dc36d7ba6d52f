package org.tongban.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Dates and instants in request bodies lie in the years 1 to 9999, what the stores keep: java.time parses years up
 * to +999999999, which then overflow epoch milliseconds and date sums further in (a 500 instead of the client's 400).
 */
final class YearBounds extends SimpleModule {

    private static final long serialVersionUID = 1L;

    YearBounds() {
        super("tongban-year-bounds");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == Instant.class || type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                        || type == ZonedDateTime.class || type == YearMonth.class ? new Bounded(deserializer) : deserializer;
            }
        });
    }

    private static final class Bounded extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            Integer year = year(value);
            if (year != null && (year < 1 || year > 9999)) {
                return ctxt.handleWeirdStringValue(handledType(), p.getText(), "the year must lie between 1 and 9999");
            }
            return value;
        }

        private static Integer year(Object value) {
            try {
                if (value instanceof Instant i) {
                    return i.atOffset(ZoneOffset.UTC).getYear();
                }
                if (value instanceof LocalDate d) {
                    return d.getYear();
                }
                if (value instanceof LocalDateTime d) {
                    return d.getYear();
                }
                if (value instanceof OffsetDateTime d) {
                    return d.getYear();
                }
                if (value instanceof ZonedDateTime d) {
                    return d.getYear();
                }
                if (value instanceof YearMonth m) {
                    return m.getYear();
                }
                return null;
            } catch (DateTimeException beyond) {
                return Integer.MAX_VALUE;
            }
        }
    }
}

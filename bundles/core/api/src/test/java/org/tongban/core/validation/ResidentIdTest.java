package org.tongban.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x"})
    void standardExampleIsValidInEitherCase(String id) {
        ValidationResult r = ResidentId.validate(id);
        assertTrue(r.valid(), r.errors().toString());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void computedCheckCharactersRoundTrip() {
        for (String first17 : new String[] {"37078319850101001", "37070020000229123", "44030419991231999"}) {
            String id = first17 + ResidentId.checkCharacter(first17);
            assertTrue(ResidentId.validate(id).valid(), id);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "110105194912310021, check character should be X",
        "11010519491231002, has 18 characters",
        "1101051949123100211, has 18 characters",
        "11010519491231A02X, 17 digits followed by a digit or X",
        "110105194902300023, does not exist",   // 30 February
        "110105194913010023, does not exist",   // month 13
        "110105177001010023, impossible"})
    void rejectsWithAReason(String id, String reason) {
        ValidationResult r = ResidentId.validate(id);
        assertFalse(r.valid());
        assertTrue(r.errors().get(0).contains(reason), r.errors().toString());
    }

    @Test
    void nullIsInvalidNotAnException() {
        assertFalse(ResidentId.validate(null).valid());
    }

    @Test
    void maskKeepsRegionAndLastFourOnly() {
        assertEquals("110105********002X", ResidentId.mask("11010519491231002X"));
        assertEquals("****", ResidentId.mask("123"));
    }
}

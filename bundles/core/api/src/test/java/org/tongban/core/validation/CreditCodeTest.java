package org.tongban.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @Test
    void standardExampleIsValid() {
        ValidationResult r = CreditCode.validate("91350100M000100Y43");
        assertTrue(r.valid());
        assertTrue(r.warnings().isEmpty());
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void computedCodesRoundTrip() {
        for (String first17 : new String[] {"91370783MA3C00001", "12370700004000001", "51370783MJD123456"}) {
            assertTrue(CreditCode.validate(first17 + CreditCode.checkCharacter(first17)).warnings().isEmpty(), first17);
        }
    }

    @Test
    void failedChecksumOnlyWarns() {
        ValidationResult r = CreditCode.validate("91350100M000100Y44");
        assertTrue(r.valid());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("expected 3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100I000100Y43", "91350100O000100Y43", "91350100Z000100Y43", "91350100S000100Y43",
        "91350100V000100Y43", "91350100-000100Y43"})
    void lettersOutsideTheAlphabetReject(String code) {
        ValidationResult r = CreditCode.validate(code);
        assertFalse(r.valid());
        assertTrue(r.errors().get(0).contains("character 9"), r.errors().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433"})
    void wrongLengthRejects(String code) {
        assertFalse(CreditCode.validate(code).valid());
    }

    @Test
    void lowerCaseIsAccepted() {
        assertTrue(CreditCode.validate("91350100m000100y43").valid());
    }
}

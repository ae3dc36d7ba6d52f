package org.tongban.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mobile numbers and division codes: the smaller checks. */
class ContactAndDivisionTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "15963201234", "19912345678"})
    void validMobiles(String n) {
        assertTrue(MobileNumber.validate(n).valid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "1380013800a", "23800138000"})
    void invalidMobiles(String n) {
        assertFalse(MobileNumber.validate(n).valid());
    }

    @Test
    void mobileMaskHidesTheMiddle() {
        assertEquals("138****8000", MobileNumber.mask("13800138000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"370700", "370783003", "370783003201"})
    void divisionCodesOfEachLength(String code) {
        assertTrue(DivisionCode.validate(code).valid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3707830", "37078", "990000", "100000", "37a783"})
    void badDivisionCodes(String code) {
        assertFalse(DivisionCode.validate(code).valid());
    }

    @Test
    void withinFollowsTheHierarchy() {
        assertTrue(DivisionCode.isWithin("370783003", "370700"));
        assertTrue(DivisionCode.isWithin("370783003201", "370783003"));
        assertTrue(DivisionCode.isWithin("370783", "370783"));
        assertFalse(DivisionCode.isWithin("370700", "370783"));
        assertFalse(DivisionCode.isWithin("370883", "370700"));
    }
}

package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormMaskTest {

    @Test
    void idNumbersCreditCodesAndPhonesAreMaskedAtAnyDepthAndInsideTexts() {
        Map<String, Object> legal = new LinkedHashMap<>();
        legal.put("idNumber", "11010519491231002X");
        legal.put("phone", 13800138000L);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("legalPerson", legal);
        form.put("contacts", List.of("张三 13912345678", "办公室 0536-5221234"));
        form.put("creditCode", "91350100M000100Y43");
        form.put("note", "身份证11010519491231002X号");
        form.put("area", 120.5);
        form.put("address", "文家街道1号");
        form.put("empty", null);
        Map<String, Object> masked = FormMask.mask(form);
        assertEquals(Map.of("idNumber", "110105********002X", "phone", "138****8000"), masked.get("legalPerson"));
        assertEquals(List.of("张三 139****5678", "办公室 ****-***1234"), masked.get("contacts"));
        assertEquals("913501********0Y43", masked.get("creditCode"));
        assertEquals("身份证110105********002X号", masked.get("note"));
        assertEquals(120.5, masked.get("area"));
        assertEquals("文家街道1号", masked.get("address"), "what is no ID or phone stays as it is");
        assertEquals(true, masked.containsKey("empty"));
    }

    @Test
    void longerDigitRunsAreNoPhones() {
        assertEquals("订单 123456789012345678901", FormMask.text("订单 123456789012345678901"));
        assertEquals(20260601L, FormMask.mask(Map.of("day", 20260601L)).get("day"));
    }
}

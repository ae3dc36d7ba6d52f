package org.tongban.intake;

import java.util.ArrayList;
import java.util.List;

/** The hand-over of a result: who received it, and for mail the address, carrier and tracking number. */
public record Delivery(DeliveryMethod method, String recipient, String address, String carrier, String trackingNumber) {

    /** Every missing detail at once: a window needs the recipient, mail also the address, carrier and tracking number. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (method == null) {
            p.add("method is required (WINDOW or MAIL)");
            return p;
        }
        if (blank(recipient)) {
            p.add("recipient is required");
        }
        if (method == DeliveryMethod.MAIL) {
            if (blank(address)) {
                p.add("address is required for mail");
            }
            if (blank(carrier)) {
                p.add("carrier is required for mail");
            }
            if (blank(trackingNumber)) {
                p.add("trackingNumber is required for mail");
            }
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.tongban.intake;

import org.tongban.core.text.Text;
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
        if (Text.blank(recipient)) {
            p.add("recipient is required");
        }
        if (method == DeliveryMethod.MAIL) {
            if (Text.blank(address)) {
                p.add("address is required for mail");
            }
            if (Text.blank(carrier)) {
                p.add("carrier is required for mail");
            }
            if (Text.blank(trackingNumber)) {
                p.add("trackingNumber is required for mail");
            }
        }
        return p;
    }

}

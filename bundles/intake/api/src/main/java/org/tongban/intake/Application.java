package org.tongban.intake;

import java.util.List;
import java.util.Map;

/**
 * An application: the item, the applicant, the one form (一表) for the whole process, the materials handed in, the
 * channel, whether the applicant signed the commitment (告知承诺) that replaces the proofs marked for it, and the hall
 * window that took it in (optional; evaluations of the case are counted for that window), and the reference it has
 * where it was first taken in when that was elsewhere ({@code <node id>/<ref>}, e.g. a village agent's on-behalf
 * case): however often a forwarded application arrives, it becomes one case. A key project on the green channel
 * (绿色通道) has {@code priority}: its case goes first in every queue.
 */
public record Application(String itemCode, Applicant applicant, Map<String, Object> form, List<SubmittedMaterial> materials,
                          Channel channel, boolean commitmentSigned, String window, String externalRef, boolean priority) {

    public Application {
        form = form == null ? Map.of() : Map.copyOf(form);
        materials = materials == null ? List.of() : List.copyOf(materials);
        window = window == null || window.isBlank() ? null : window.trim();
        externalRef = externalRef == null || externalRef.isBlank() ? null : externalRef.trim();
    }

    public Application(String itemCode, Applicant applicant, Map<String, Object> form, List<SubmittedMaterial> materials,
                       Channel channel, boolean commitmentSigned, String window) {
        this(itemCode, applicant, form, materials, channel, commitmentSigned, window, null, false);
    }

    /** An application not taken in at a numbered window (online, or a node that does not number its windows). */
    public Application(String itemCode, Applicant applicant, Map<String, Object> form, List<SubmittedMaterial> materials,
                       Channel channel, boolean commitmentSigned) {
        this(itemCode, applicant, form, materials, channel, commitmentSigned, null, null, false);
    }
}

package org.tongban.intake;

import java.util.List;
import java.util.Map;

/**
 * An application: the item, the applicant, the one form (一表) for the whole process, the materials handed in, the
 * channel, and whether the applicant signed the commitment (告知承诺) that replaces the proofs marked for it.
 */
public record Application(String itemCode, Applicant applicant, Map<String, Object> form, List<SubmittedMaterial> materials,
                          Channel channel, boolean commitmentSigned) {

    public Application {
        form = form == null ? Map.of() : Map.copyOf(form);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}

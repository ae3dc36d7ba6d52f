package org.tongban.surrogate;

import java.util.List;
import java.util.Map;
import org.tongban.intake.Applicant;
import org.tongban.intake.SubmittedMaterial;

/**
 * What an agent opens an on-behalf case with: the item, the applicant, the form, the materials collected (scans or
 * e-certificate references), the certificates the agent verified against the originals, the authorisation, and for a
 * key project the green channel with its name.
 */
public record OnBehalfRequest(String itemCode, Applicant applicant, Map<String, Object> form, List<SubmittedMaterial> materials,
                              List<String> verifiedCertificates, Authorisation authorisation, boolean greenChannel,
                              String projectName) {

    public OnBehalfRequest {
        form = form == null ? Map.of() : Map.copyOf(form);
        materials = materials == null ? List.of() : List.copyOf(materials);
        verifiedCertificates = verifiedCertificates == null ? List.of() : List.copyOf(verifiedCertificates);
    }
}

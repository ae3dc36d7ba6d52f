package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.catalog.Material;
import org.tongban.catalog.MaterialRequirement;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.SubmittedMaterial;

/** Checks materials handed in against an item version's checklist. Pure logic. */
public final class Checklist {

    private Checklist() {
    }

    public static ChecklistResult evaluate(ServiceItem item, List<SubmittedMaterial> submitted, boolean commitmentSigned) {
        Set<String> provided = submitted.stream().filter(SubmittedMaterial::provided).map(SubmittedMaterial::code)
                .collect(Collectors.toSet());
        Set<String> known = item.materials().stream().map(Material::code).collect(Collectors.toSet());
        List<String> missingRequired = new ArrayList<>();
        List<String> missingTolerable = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (Material m : item.materials()) {
            if (provided.contains(m.code()) || m.requirement() == MaterialRequirement.OPTIONAL) {
                continue;
            }
            if (commitmentSigned && m.commitmentReplaceable()) {
                replaced.add(label(m));
            } else if (m.requirement() == MaterialRequirement.TOLERABLE) {
                missingTolerable.add(label(m));
            } else {
                missingRequired.add(label(m));
            }
        }
        List<String> unknown = provided.stream().filter(c -> !known.contains(c)).sorted().toList();
        return new ChecklistResult(missingRequired, missingTolerable, replaced, unknown);
    }

    private static String label(Material m) {
        return m.code() + " " + m.name();
    }
}

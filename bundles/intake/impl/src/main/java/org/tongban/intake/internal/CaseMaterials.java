package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongban.catalog.Material;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.CaseMaterial;
import org.tongban.intake.StoredFile;
import org.tongban.intake.SubmittedMaterial;

/** The materials of a case as its view lists them: numbered in the order handed in, named from the pinned checklist. */
final class CaseMaterials {

    private CaseMaterials() {
    }

    /** @param stored the stored file a {@code file:} reference names, when it is here */
    static List<CaseMaterial> of(List<SubmittedMaterial> handedIn, ServiceItem item, Function<String, Optional<StoredFile>> stored) {
        Map<String, String> names = item == null ? Map.of()
                : item.materials().stream().collect(Collectors.toMap(Material::code, Material::name, (a, b) -> a));
        List<CaseMaterial> out = new ArrayList<>();
        for (int i = 0; i < handedIn.size(); i++) {
            SubmittedMaterial m = handedIn.get(i);
            Optional<StoredFile> f = m.fileRef() != null && m.fileRef().startsWith("file:") ? stored.apply(m.fileRef()) : Optional.empty();
            out.add(new CaseMaterial(i + 1, m.code(), names.get(m.code()), blankToNull(m.fileRef()), blankToNull(m.eCertificateRef()),
                    f.isPresent(), f.map(StoredFile::fileName).orElse(null), f.map(StoredFile::contentType).orElse(null),
                    f.map(StoredFile::size).orElse(null), f.map(StoredFile::sha256).orElse(null)));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

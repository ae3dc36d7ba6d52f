package org.tongban.intake;

import java.io.InputStream;

/** The stored scan of a case's material and its content (the reader closes it). */
public record MaterialScan(CaseMaterial material, StoredFile file, InputStream content) {
}

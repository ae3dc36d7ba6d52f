package org.tongban.intake;

import java.time.Instant;

/** A file handed in (a scanned material): the reference a submission names it by, its digest, size and name. */
public record StoredFile(String fileRef, String sha256, long size, String fileName, String contentType, String uploadedBy,
                         Instant uploadedAt) {
}

package org.tongban.intake;

import java.io.InputStream;
import java.util.Optional;

/**
 * Files of materials. An upload is stored durably (content under the node's data folder, addressed by its SHA-256,
 * and a row) before its {@code file:} reference is returned; a submission naming a {@code file:} reference that is not
 * here is refused. Other references are taken as references into an external document store.
 */
public interface MaterialFiles {

    /** Stores the content; a problem (413) when it is larger than the node allows. */
    StoredFile store(InputStream content, String fileName, String contentType, String uploadedBy);

    Optional<StoredFile> find(String fileRef);

    /** The content of a stored file; empty when there is no such file. */
    Optional<InputStream> open(String fileRef);
}

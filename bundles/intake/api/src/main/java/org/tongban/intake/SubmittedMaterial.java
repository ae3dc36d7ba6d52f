package org.tongban.intake;

/** A material handed in against the checklist code: a stored file's reference or an e-certificate reference. */
public record SubmittedMaterial(String code, String fileRef, String eCertificateRef) {

    /** Whether something was actually provided. */
    public boolean provided() {
        return fileRef != null && !fileRef.isBlank() || eCertificateRef != null && !eCertificateRef.isBlank();
    }
}

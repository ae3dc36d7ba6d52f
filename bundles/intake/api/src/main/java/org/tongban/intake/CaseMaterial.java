package org.tongban.intake;

/**
 * A material handed in with a case, as the case view lists it: {@code id} is its place in the order handed in (1, 2, …;
 * a supplement adds after the rest), the checklist code and name, the file or e-certificate reference it was handed in
 * by, and for a scan stored on this node its name, type, size and SHA-256 ({@code scanStored}: retrievable at
 * {@code GET /api/v1/cases/{caseNumber}/materials/{id}/scan}).
 */
public record CaseMaterial(int id, String code, String name, String fileRef, String eCertificateRef, boolean scanStored,
                           String fileName, String contentType, Long size, String sha256) {
}

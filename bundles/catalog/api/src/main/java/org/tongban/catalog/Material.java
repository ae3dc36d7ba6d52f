package org.tongban.catalog;

/**
 * A material on an item's checklist. {@code eCertificateType} names the e-certificate (电子证照) that can replace it,
 * or is null; {@code commitmentReplaceable} marks proofs a signed commitment may replace (告知承诺制).
 */
public record Material(String code, String name, String issuingBody, MaterialForm form, int copies,
                       MaterialRequirement requirement, String eCertificateType, boolean commitmentReplaceable) {
}

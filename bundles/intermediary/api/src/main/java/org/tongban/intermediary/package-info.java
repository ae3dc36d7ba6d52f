/**
 * 中介超市: the intermediary-services marketplace. Services an approval requires, agencies with their qualifications
 * and credit grade (GB/T 39683), projects posted by owners, selection by the local methods with sealed bids and
 * draws anyone can re-check, then contract, delivery and the owner's review.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("3.1.0")
package org.tongban.intermediary;

/** 好差评 (GB/T 39734): evaluations of finished cases, rectification of bad reviews, appeals, statistics and rankings. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("3.1.0")
package org.tongban.evaluation;

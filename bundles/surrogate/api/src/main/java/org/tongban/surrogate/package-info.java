/**
 * 帮办代办: the four-level agent network. An agent at a point takes a case in for an applicant, the case travels to the
 * node that decides it, its news comes back, and every hand-over of papers and results is a recorded step.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("3.1.0")
package org.tongban.surrogate;

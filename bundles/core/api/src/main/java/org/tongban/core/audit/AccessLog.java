package org.tongban.core.audit;

import java.time.Instant;
import java.util.List;
import org.tongban.core.security.Caller;

/**
 * The record of who read which citizen's data (a case, an applicant): every read by a person is noted with when and
 * from where, kept at least six months; reads by the node itself are not.
 */
public interface AccessLog {

    /** Notes that the caller read the subject's data ({@code what}: e.g. "case", "timeline"); returns at once. */
    void read(Caller caller, String subject, String what);

    /** The reads of a subject (or of everything, when null) by a reader (or anyone, when null), newest first. */
    List<Access> reads(String subject, String reader, Instant from, Instant to, int limit);

    /** One read. */
    record Access(Instant at, String reader, String role, String subject, String what, String address) {
    }
}

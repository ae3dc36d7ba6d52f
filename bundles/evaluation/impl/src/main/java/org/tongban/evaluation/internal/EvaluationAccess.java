package org.tongban.evaluation.internal;

import org.tongban.core.fault.Fault;
import java.util.Arrays;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.Rectification;

/**
 * Who reads and acts on 好差评 records. Supervisors and ops whose scope holds this node read everything, and only they
 * see an anonymous review's case; a reviewer reads and answers their departments' reviews and rectification tasks; a
 * clerk reads the reviews of their window and those that rate them. A supervisor of a division below this node's
 * lists the reviews of this node's cases of their divisions (each review carries its case's division, copied at
 * invitation). Only the hall tablet (and the node itself) is given an invitation's code: staff cannot evaluate in the
 * applicant's stead.
 */
final class EvaluationAccess {

    private final String nodeDivision;

    EvaluationAccess(String nodeDivision) {
        this.nodeDivision = nodeDivision;
    }

    boolean wholeNode(Caller c) {
        return c.has(Role.NODE) || ((c.has(Role.SUPERVISOR) || c.has(Role.OPS)) && c.covers(nodeDivision));
    }

    void require(Caller c, Role... roles) {
        if (!c.has(Role.NODE) && Arrays.stream(roles).noneMatch(c::has)) {
            throw Fault.forbidden("this takes the role " + Arrays.stream(roles).map(Role::realmName).toList());
        }
    }

    void requireWholeNode(Caller c) {
        if (!wholeNode(c)) {
            throw Fault.forbidden("this takes ops or a supervisor of " + nodeDivision + " or above");
        }
    }

    boolean reads(Caller c, Evaluation e) {
        return wholeNode(c) || (c.has(Role.REVIEWER) && c.departments().contains(e.departmentCode()))
                || (c.has(Role.CLERK) && (c.user().equals(e.clerk()) || c.window() == null || c.window().equals(e.window())));
    }

    /** An anonymous review hides its case from the staff it rates. */
    Evaluation shown(Caller c, Evaluation e) {
        if (e.named() || wholeNode(c)) {
            return e;
        }
        return new Evaluation(e.id(), null, e.followUp(), e.level(), e.channel(), e.scores(), e.comment(), false, e.itemCode(),
                e.itemName(), e.departmentCode(), e.departmentName(), e.window(), e.clerk(), e.nodeId(), e.evaluatedOn(),
                e.evaluatedAt(), e.superseded(), e.appeal());
    }

    boolean reads(Caller c, Rectification r) {
        return wholeNode(c) || (c.has(Role.REVIEWER) && c.departments().contains(r.departmentCode()));
    }

    /** The department answers an anonymous review without learning whose case it was. */
    Rectification shown(Caller c, Rectification r) {
        if (r.named() || wholeNode(c)) {
            return r;
        }
        return new Rectification(r.id(), r.evaluationId(), null, r.departmentCode(), r.departmentName(), r.named(), r.status(),
                r.openedOn(), r.dueDate(), r.verification(), r.measures(), r.answer(), r.callBack(), r.applicantRating(), r.closedOn(),
                r.closedBy(), r.dueProvisional());
    }

    Invitation shown(Caller c, Invitation i) {
        if (c.has(Role.TABLET) || c.has(Role.NODE)) {
            return i;
        }
        return new Invitation(i.caseNumber(), null, i.itemName(), i.departmentName(), i.window(), i.invitedOn(), i.expiresOn(),
                i.status());
    }
}

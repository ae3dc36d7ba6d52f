package org.tongban.intake.internal;

import org.tongban.catalog.ServiceItem;
import org.tongban.intake.Application;

/**
 * 失信联合惩戒 at intake: the facilitation a listed judgment defaulter asked for and is not given on an item the node's
 * rules restrict ({@link CommitmentRestriction}): the signed commitment (告知承诺), so the ordinary checklist applies,
 * and the green channel (绿色通道), so the case is queued as any other. Pure logic.
 */
record Sanctions(boolean commitmentRefused, boolean priorityRefused) {

    static final Sanctions NONE = new Sanctions(false, false);

    static Sanctions of(Application application, ServiceItem item, boolean listed, CommitmentRestriction restriction) {
        if (!listed || !application.commitmentSigned() && !application.priority() || !restriction.applies(item)) {
            return NONE;
        }
        return new Sanctions(application.commitmentSigned(), application.priority());
    }

    /** The application as it is taken in: without the green channel when that was refused. */
    Application applied(Application a) {
        return !priorityRefused ? a : new Application(a.itemCode(), a.applicant(), a.form(), a.materials(), a.channel(),
                a.commitmentSigned(), a.window(), a.externalRef(), false);
    }
}

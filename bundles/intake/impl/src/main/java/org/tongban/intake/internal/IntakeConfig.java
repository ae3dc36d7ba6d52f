package org.tongban.intake.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban intake", description = "Local rules of intake and time limits (PID org.tongban.intake).")
public @interface IntakeConfig {

    @AttributeDefinition(description = "Working days a tolerantly accepted case (容缺受理) has to supply what it lacks")
    int toleranceDays() default 5;

    @AttributeDefinition(description = "Most working days a single-department case may be extended by, in all (法定 +10)")
    int maxExtensionDays() default 10;

    @AttributeDefinition(description = "Most working days a joint-review case may be extended by, in all (联合办理 +15)")
    int maxJointExtensionDays() default 15;

    @AttributeDefinition(description = "Largest material file accepted, in megabytes")
    int maxFileMegabytes() default 20;

    @AttributeDefinition(description = "Items whose commitment route (告知承诺) and green channel (绿色通道) a listed judgment"
            + " defaulter (失信被执行人) loses (失信联合惩戒): implementation or base codes, * for every item, empty for none")
    String[] defaulterCommitmentItems() default {"*"};

    @AttributeDefinition(description = "Items a listed judgment defaulter keeps the commitment route and green channel for,"
            + " whatever defaulterCommitmentItems says (a local rule's exceptions): implementation or base codes")
    String[] defaulterCommitmentExempt() default {};

    @AttributeDefinition(description = "Working days after an approval on a signed commitment (告知承诺) its post-approval"
            + " check (事后核查) is due by")
    int postApprovalCheckDays() default 20;

    @AttributeDefinition(description = "On a demo node (org.tongban.node demo=true), take in sample cases when there are none")
    boolean demoCases() default true;
}

package org.tongban.evaluation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban evaluation (好差评)", description = "Periods and rules of evaluations (PID org.tongban.evaluation).")
public @interface EvaluationConfig {

    @AttributeDefinition(description = "Calendar days an applicant has to evaluate; then 基本满意 is recorded by the system")
    int periodDays() default 7;

    @AttributeDefinition(description = "Working days the department has to rectify a bad review (1 to 15)")
    int rectificationDays() default 5;

    @AttributeDefinition(description = "The result is handed out only after the applicant evaluated (评价后取证)")
    boolean evaluateBeforeCollection() default false;

    @AttributeDefinition(description = "Indicators an evaluation may score, comma-separated")
    String indicators() default "overall,efficiency,attitude,environment";

    @AttributeDefinition(description = "Last places of a ranking that are marked bottom (a tie across them wholly; none level with the best)")
    int bottomPlaces() default 3;

    @AttributeDefinition(description = "Cases decided up to this many days back are invited by the sweep")
    int invitationLookbackDays() default 30;

    @AttributeDefinition(description = "Minutes between sweeps (0: only on demand)")
    int sweepIntervalMinutes() default 10;
}

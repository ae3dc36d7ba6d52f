package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.DataAccessException;
import org.tongban.evaluation.Evaluations;
import org.tongban.intake.DeliveryCondition;

/**
 * "Evaluate before collecting the certificate" (评价后取证), where a node requires it: intake hands a result out only
 * once the case has an evaluation (the applicant's, or the default rating after the period).
 */
@Component(service = DeliveryCondition.class, configurationPid = "org.tongban.evaluation")
public class EvaluateFirstCondition implements DeliveryCondition {

    private volatile boolean required;

    /** {@code evaluations} is referenced so the evaluation tables exist before intake asks. */
    @Activate
    public EvaluateFirstCondition(@Reference Evaluations evaluations, EvaluationConfig config) {
        configure(config);
    }

    @Modified
    void configure(EvaluationConfig config) {
        required = config.evaluateBeforeCollection();
    }

    @Override
    public Optional<String> unmetFor(Connection tx, String caseNumber) {
        if (!required) {
            return Optional.empty();
        }
        try {
            if (EvaluationStore.evaluationOf(tx, caseNumber, false).isPresent()) {
                return Optional.empty();
            }
            Optional<Invited> invitation = EvaluationStore.invitationOfCase(tx, caseNumber);
            return Optional.of("this node hands results out after the applicant has evaluated the service (评价后取证); "
                    + invitation.map(i -> "the applicant evaluates with invitation code " + i.code())
                    .orElse("get the invitation for the hall's tablet: POST /api/v1/evaluations/invitations"));
        } catch (SQLException e) {
            throw new DataAccessException("reading the evaluation of " + caseNumber + " failed", e);
        }
    }
}

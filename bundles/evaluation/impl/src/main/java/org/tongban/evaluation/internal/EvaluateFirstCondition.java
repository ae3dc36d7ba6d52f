package org.tongban.evaluation.internal;

import java.sql.SQLException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.tongban.core.data.Change;
import org.tongban.core.data.DataAccessException;
import org.tongban.intake.DeliveryCondition;

/**
 * "Evaluate before collecting the certificate" (评价后取证), where a node requires it: intake hands a result out only
 * once the case has an evaluation (the applicant's, or the default rating after the period).
 */
@Component(service = DeliveryCondition.class, configurationPid = "org.tongban.evaluation")
public class EvaluateFirstCondition implements DeliveryCondition {

    private volatile boolean required;

    /**
     * No reference to the evaluation service: intake binds this condition while it activates, and evaluation needs
     * intake, so any reference that way round is a service cycle DS cannot resolve. Until evaluation has created its
     * tables the condition answers that it is starting.
     */
    @Activate
    public EvaluateFirstCondition(EvaluationConfig config) {
        configure(config);
    }

    @Modified
    void configure(EvaluationConfig config) {
        required = config.evaluateBeforeCollection();
    }

    @Override
    public Optional<String> unmetFor(Change change, String caseNumber) {
        if (!required) {
            return Optional.empty();
        }
        try {
            // Read on the delivery's own change: what it sees is what the hand-out commits on.
            if (ReviewStore.evaluationOf(change.sql(), caseNumber, false).isPresent()) {
                return Optional.empty();
            }
            Optional<Invited> invitation = InvitationStore.ofCase(change.sql(), caseNumber);
            return Optional.of("this node hands results out after the applicant has evaluated the service (评价后取证); "
                    + invitation.map(i -> "the applicant evaluates with invitation code " + i.code())
                    .orElse("get the invitation for the hall's tablet: POST /api/v1/evaluations/invitations"));
        } catch (SQLException e) {
            if ("42X05".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())) {
                return Optional.of("evaluation is starting on this node; hand the result out in a moment");
            }
            throw new DataAccessException("reading the evaluation of " + caseNumber + " failed", e);
        }
    }
}

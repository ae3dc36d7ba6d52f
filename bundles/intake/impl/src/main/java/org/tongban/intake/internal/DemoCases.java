package org.tongban.intake.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.security.Caller;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Channel;
import org.tongban.intake.Delivery;
import org.tongban.intake.DeliveryMethod;
import org.tongban.intake.Intake;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.SubmittedMaterial;

/**
 * A demo node starts with a few cases in every part of the loop, taken in and moved through the real service (so
 * they have receipts, audit records and outbox events): a deficiency notice, a tolerant acceptance, a joint review
 * half way, an instant decision, a delivered licence and a refusal. Only on an empty demo node.
 */
@Component(immediate = true, configurationPid = "org.tongban.intake")
public class DemoCases {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final String FOOD = "11370783000007919T4010000000003";
    private static final String SITING = "1137078300002375704010000000023";
    private static final String RESIDENCE = "11370783000087109A4200000000021";
    private static final String DISABILITY = "11370783000110866Q4070000000025";
    private static final String WATER = "11370783000007919T4010000000008";
    private static final Applicant COMPANY = new Applicant(ApplicantType.ORGANISATION, "寿光市惠民食品有限公司", "91350100M000100Y43",
            "13800138000");
    private static final Applicant ZHANG = new Applicant(ApplicantType.PERSON, "张建国", "11010519491231002X", "13912345678");
    private static final Applicant LI = new Applicant(ApplicantType.PERSON, "李秀英", "370783199001011232", "13612345678");
    /** The demo accounts as etc/tongban-users.properties gives them (a whole-node hall; the reviewer of every demo department). */
    private static final Caller CLERK = Caller.fromRealm("clerk", List.of("clerk", "window:W01"));
    private static final Caller APPLICANT = Caller.fromRealm("applicant", List.of("applicant", "identity:" + COMPANY.idNumber()));
    private static final Caller AGENT = Caller.fromRealm("agent", List.of("agent"));
    private static final Caller REVIEWER = Caller.fromRealm("reviewer", List.of("reviewer", "department:113707830000237570",
            "department:11370783000110866Q"));

    @Activate
    public DemoCases(@Reference NodeInfo node, @Reference Intake intake, IntakeConfig config) {
        if (!node.identity().demo() || !config.demoCases() || !intake.list(Caller.system("demo"), null, 1).isEmpty()) {
            return;
        }
        try {
            seed(intake);
            LOG.info("demo cases taken in: {}", intake.list(Caller.system("demo"), null, 50).size());
        } catch (RuntimeException e) {
            // E.g. today's year has no calendar file yet: the demo node still runs, just without sample cases.
            LOG.warn("demo cases not created: {}", e.getMessage());
        }
    }

    private static void seed(Intake intake) {
        intake.submit(CLERK, application(FOOD, COMPANY, Map.of("经营场所", "寿光市文家街道商业街8号"), Channel.WINDOW, "M01"));
        intake.submit(APPLICANT, application(FOOD, COMPANY, Map.of("经营场所", "寿光市圣城街道健康街66号"), Channel.ONLINE,
                "M01", "M02", "M03"));

        CaseView siting = intake.submit(AGENT, application(SITING, COMPANY, Map.of("项目名称", "惠民食品冷链仓储项目"), Channel.AGENT,
                "M01", "M02", "M03"));
        moveToReview(intake, siting.caseNumber());
        intake.review(REVIEWER, siting.caseNumber(), "113707830000237570", ReviewDecision.APPROVE, "符合国土空间规划，同意选址");

        intake.submit(CLERK, application(RESIDENCE, LI, Map.of("residenceMonths", 18), Channel.WINDOW, "M01", "M02"));

        CaseView card = intake.submit(CLERK, application(DISABILITY, ZHANG, Map.of("残疾类别", "肢体"), Channel.WINDOW,
                "M01", "M02", "M03"));
        moveToReview(intake, card.caseNumber());
        intake.review(REVIEWER, card.caseNumber(), "11370783000110866Q", ReviewDecision.APPROVE, "评定为肢体残疾三级");
        intake.complete(REVIEWER, card.caseNumber(), new CaseResult(null, "37078319491231002X43",
                "ecert:残疾人证:37078319491231002X43", null));
        intake.deliver(CLERK, card.caseNumber(), new Delivery(DeliveryMethod.WINDOW, "张建国", null, null, null));

        intake.submit(CLERK, application(WATER, ZHANG, Map.of(), Channel.WINDOW, "M01", "M02"));
    }

    private static void moveToReview(Intake intake, String caseNumber) {
        intake.transition(CLERK, caseNumber, CaseStatus.RECEIVED, "收件");
        intake.transition(CLERK, caseNumber, CaseStatus.DISPATCHED, "传送审批");
    }

    private static Application application(String item, Applicant who, Map<String, Object> form, Channel channel, String... codes) {
        List<SubmittedMaterial> materials = java.util.Arrays.stream(codes)
                .map(c -> new SubmittedMaterial(c, "demo/" + item + "/" + c + ".pdf", null)).toList();
        return new Application(item, who, form, materials, channel, false);
    }
}

package org.tongban.intake.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
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

    @Activate
    public DemoCases(@Reference NodeInfo node, @Reference Intake intake, IntakeConfig config) {
        if (!node.identity().demo() || !config.demoCases() || !intake.list(null, 1).isEmpty()) {
            return;
        }
        try {
            seed(intake);
            LOG.info("demo cases taken in: {}", intake.list(null, 50).size());
        } catch (RuntimeException e) {
            // E.g. today's year has no calendar file yet: the demo node still runs, just without sample cases.
            LOG.warn("demo cases not created: {}", e.getMessage());
        }
    }

    private static void seed(Intake intake) {
        intake.submit(application(FOOD, COMPANY, Map.of("经营场所", "寿光市文家街道商业街8号"), Channel.WINDOW, "M01"), "clerk", "clerk");
        intake.submit(application(FOOD, COMPANY, Map.of("经营场所", "寿光市圣城街道健康街66号"), Channel.ONLINE, "M01", "M02", "M03"),
                "applicant", "applicant");

        CaseView siting = intake.submit(application(SITING, COMPANY, Map.of("项目名称", "惠民食品冷链仓储项目"), Channel.AGENT,
                "M01", "M02", "M03"), "agent", "agent");
        moveToReview(intake, siting.caseNumber());
        intake.review(siting.caseNumber(), "113707830000237570", ReviewDecision.APPROVE, "符合国土空间规划，同意选址", "reviewer",
                "reviewer");

        intake.submit(application(RESIDENCE, LI, Map.of("residenceMonths", 18), Channel.WINDOW, "M01", "M02"), "clerk", "clerk");

        CaseView card = intake.submit(application(DISABILITY, ZHANG, Map.of("残疾类别", "肢体"), Channel.WINDOW, "M01", "M02", "M03"),
                "clerk", "clerk");
        moveToReview(intake, card.caseNumber());
        intake.review(card.caseNumber(), "11370783000110866Q", ReviewDecision.APPROVE, "评定为肢体残疾三级", "reviewer", "reviewer");
        intake.complete(card.caseNumber(), new CaseResult(null, "37078319491231002X43", "ecert:残疾人证:37078319491231002X43", null),
                "reviewer", "reviewer");
        intake.deliver(card.caseNumber(), new Delivery(DeliveryMethod.WINDOW, "张建国", null, null, null), "clerk", "clerk");

        intake.submit(application(WATER, ZHANG, Map.of(), Channel.WINDOW, "M01", "M02"), "clerk", "clerk");
    }

    private static void moveToReview(Intake intake, String caseNumber) {
        intake.transition(caseNumber, CaseStatus.RECEIVED, "收件", "clerk", "clerk");
        intake.transition(caseNumber, CaseStatus.DISPATCHED, "传送审批", "clerk", "clerk");
    }

    private static Application application(String item, Applicant who, Map<String, Object> form, Channel channel, String... codes) {
        List<SubmittedMaterial> materials = java.util.Arrays.stream(codes)
                .map(c -> new SubmittedMaterial(c, "demo/" + item + "/" + c + ".pdf", null)).toList();
        return new Application(item, who, form, materials, channel, false);
    }
}

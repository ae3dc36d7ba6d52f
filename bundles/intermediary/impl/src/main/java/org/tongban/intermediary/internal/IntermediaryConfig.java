package org.tongban.intermediary.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban intermediary marketplace (中介超市)",
        description = "Selection rules and publication of the marketplace (PID org.tongban.intermediary); local rules differ, these are"
        + " the defaults. A project keeps the selection rules in force when it is posted.")
public @interface IntermediaryConfig {

    @AttributeDefinition(description = "Qualified registrants a random draw paid with public funds needs")
    int minRandomDraw() default 3;

    @AttributeDefinition(description = "Valid bids lowest-price bidding paid with public funds needs")
    int minLowestPrice() default 3;

    @AttributeDefinition(description = "Valid bids best-price bidding needs (fewer: the project fails)")
    int minBestPrice() default 3;

    @AttributeDefinition(description = "Qualified registrants a credit-based short list needs")
    int minCreditShortlist() default 2;

    @AttributeDefinition(description = "Proposals a proposal comparison needs")
    int minProposals() default 1;

    @AttributeDefinition(description = "Best-credit registrants kept on the long list")
    int longList() default 10;

    @AttributeDefinition(description = "Agencies drawn onto the short list")
    int shortList() default 3;

    @AttributeDefinition(description = "Factors best-price bidding draws one of, comma-separated")
    String bestPriceFactors() default "0.95,0.96,0.97,0.98";

    @AttributeDefinition(description = "Whole working days a project's registration window stays open at least, after the day of"
            + " posting (0: only a future close)")
    int minPublicationWorkingDays() default 5;

    @AttributeDefinition(description = "Days within which a need its owner cancelled after a selection, posted again, is linked to"
            + " the cancelled project and shows its record")
    int relaunchPeriodDays() default 180;

    @AttributeDefinition(description = "Load demo services, agencies and projects on an empty demo node")
    boolean demoData() default true;
}

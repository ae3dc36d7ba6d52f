package org.tongban.core.internal.data;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban transactions",
        description = "Transactions on the node's datasource (PID org.tongban.transactions).")
public @interface TransactionsConfig {

    @AttributeDefinition(description = "Most units of work one group commit takes in one transaction (1 = each commits alone)")
    int groupCommitMaxUnits() default 64;

    @AttributeDefinition(description = "Committer threads: 2 lets the next group run its work while one waits for its"
            + " commit (only one group runs work at a time, so groups cannot deadlock each other); 1 = one group at a time."
            + " Read when the service starts")
    int groupCommitThreads() default 2;

    @AttributeDefinition(description = "Seconds a stopping node waits for group-committed work already handed in; what is"
            + " still queued after that fails unwritten")
    int groupCommitDrainSeconds() default 30;
}

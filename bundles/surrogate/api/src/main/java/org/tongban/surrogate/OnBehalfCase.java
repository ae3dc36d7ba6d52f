package org.tongban.surrogate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongban.core.NodeLevel;

/**
 * An on-behalf case at the point where it began: its reference ({@code <node id>/<n>}, which the deciding node's case
 * carries), the agent, the item and the level that decides it (this node's own level: its own intake took the case
 * in), the applicant (ID masked), the authorisation, fees, what the deciding node reported (its case number, status,
 * the deficiency notice, the promised date, the decision), the hand-over ledger (both ends of every transfer), the
 * free services given, and the green channel.
 */
public record OnBehalfCase(String ref, String agentAccount, String pointCode, String itemCode, String itemName,
                           NodeLevel decidingLevel, String applicantName, String applicantIdMasked, Authorisation authorisation,
                           List<String> verifiedCertificates, List<Fee> fees, OnBehalfStatus status, String caseNumber,
                           List<String> missing, LocalDate promisedDate, String outcome, String lastNews, boolean greenChannel,
                           String projectName, List<HandOver> handOvers, List<FreeService> freeServices, Instant openedAt, Instant submittedAt, Instant closedAt) {

    public OnBehalfCase {
        verifiedCertificates = List.copyOf(verifiedCertificates);
        fees = List.copyOf(fees);
        missing = List.copyOf(missing);
        handOvers = List.copyOf(handOvers);
        freeServices = List.copyOf(freeServices);
    }
}

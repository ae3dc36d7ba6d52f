package org.tongban.intermediary;

/**
 * How a project's agency is selected (DOMAIN.md): the owner picks one (直接选取); a random draw among qualified
 * registrants (随机选取); the lowest bid within the range (最低价); the bid closest to a drawn reference price (最优价);
 * a random short list of the best-credit registrants from which the owner chooses (信用择优); the owner compares
 * proposals (方案比选).
 */
public enum SelectionMethod {
    DIRECT, RANDOM_DRAW, LOWEST_PRICE, BEST_PRICE, CREDIT_SHORTLIST, PROPOSAL_COMPARISON;

    public boolean bidding() {
        return this == LOWEST_PRICE || this == BEST_PRICE || this == PROPOSAL_COMPARISON;
    }
}

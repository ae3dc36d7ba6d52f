package org.tongban.intermediary.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tongban.intermediary.Candidate;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;

/**
 * The selection methods of DOMAIN.md as pure functions of the candidates (qualified participants, in agency-id order),
 * the project's terms, the rules in force and the seed; a verification runs the same function on the published record.
 */
public final class SelectionRules {

    /**
     * Minimum participants and list sizes; local rules differ, these ship as defaults. A project keeps the version of
     * the rules it was posted under, so that changing the node's rules changes neither its draw nor its re-check.
     */
    public record Rules(int minRandomDraw, int minLowestPrice, int minBestPrice, int minCreditShortlist, int minProposals,
                        int longList, int shortList, List<BigDecimal> bestPriceFactors) {
        public static final Rules DEFAULTS = new Rules(3, 3, 3, 2, 1, 10, 3,
                List.of(new BigDecimal("0.95"), new BigDecimal("0.96"), new BigDecimal("0.97"), new BigDecimal("0.98")));

        public Rules {
            // Factors in their shortest form, so that 0.950 and 0.95 are the same rules with the same version.
            bestPriceFactors = bestPriceFactors.stream().map(f -> new BigDecimal(f.stripTrailingZeros().toPlainString())).toList();
        }

        /** The rules as text, one key=value a line in a fixed order: what the version is the hash of. */
        public String text() {
            return "minRandomDraw=" + minRandomDraw + "\nminLowestPrice=" + minLowestPrice + "\nminBestPrice=" + minBestPrice
                    + "\nminCreditShortlist=" + minCreditShortlist + "\nminProposals=" + minProposals + "\nlongList=" + longList
                    + "\nshortList=" + shortList + "\nbestPriceFactors="
                    + String.join(",", bestPriceFactors.stream().map(BigDecimal::toPlainString).toList()) + "\n";
        }

        /** SHA-256 of {@link #text()}, hex: a commitment to the rules, as the seed's is to the seed. */
        public String version() {
            return Draws.commitment(text());
        }

        /** The rules of a {@link #text()}. @throws IllegalArgumentException when a key is missing or a value unreadable */
        public static Rules parse(String text) {
            java.util.Map<String, String> v = new java.util.HashMap<>();
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    v.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            try {
                return new Rules(Integer.parseInt(v.get("minRandomDraw")), Integer.parseInt(v.get("minLowestPrice")),
                        Integer.parseInt(v.get("minBestPrice")), Integer.parseInt(v.get("minCreditShortlist")),
                        Integer.parseInt(v.get("minProposals")), Integer.parseInt(v.get("longList")), Integer.parseInt(v.get("shortList")),
                        java.util.Arrays.stream(v.get("bestPriceFactors").split(",")).map(String::trim).map(BigDecimal::new).toList());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("unreadable selection rules: " + e.getMessage(), e);
            }
        }
    }

    /** The terms that matter to a selection. */
    public record Terms(SelectionMethod method, BigDecimal budgetMin, BigDecimal budgetMax, boolean publicFunds) {
    }

    private SelectionRules() {
    }

    /**
     * Selects among candidates. {@code excluded} already holds those left out for qualification; bids outside the range
     * are added to it. The result names the winner, or the short list the owner chooses from, or why the project failed.
     */
    public static Selection select(Terms t, List<Candidate> candidates, List<String> excluded, Rules r, String seed,
                                   String commitment, Instant at) {
        List<Candidate> cs = new ArrayList<>(candidates);
        cs.sort(Comparator.comparingLong(Candidate::agencyId));
        List<String> out = new ArrayList<>(excluded);
        return switch (t.method()) {
            case DIRECT -> result(t, cs, out, seed, commitment, at, null, null, cs.stream().map(Candidate::agencyId).toList(), null,
                    null, null, "the owner chooses one qualified agency");
            case RANDOM_DRAW -> {
                int min = t.publicFunds() ? r.minRandomDraw() : 1;
                if (cs.size() < min) {
                    yield failed(t, cs, out, seed, commitment, at, min, "qualified registrants");
                }
                Candidate w = cs.get(Draws.index(seed, "winner", cs.size()));
                yield result(t, cs, out, seed, commitment, at, null, null, List.of(), w, null, null, "drawn from " + cs.size());
            }
            case LOWEST_PRICE -> {
                List<Candidate> valid = inRange(t, cs, out);
                int min = t.publicFunds() ? r.minLowestPrice() : 1;
                if (valid.size() < min) {
                    yield failed(t, cs, out, seed, commitment, at, min, "valid bids");
                }
                BigDecimal lowest = valid.stream().map(Candidate::bid).min(Comparator.naturalOrder()).orElseThrow();
                List<Candidate> tied = valid.stream().filter(c -> c.bid().compareTo(lowest) == 0).toList();
                Candidate w = tied.size() == 1 ? tied.get(0) : tied.get(Draws.index(seed, "tie", tied.size()));
                yield result(t, cs, out, seed, commitment, at, null, null, List.of(), w, w.bid(), null,
                        tied.size() == 1 ? "lowest bid" : "lowest bid, " + tied.size() + " tied: drawn");
            }
            case BEST_PRICE -> {
                List<Candidate> valid = inRange(t, cs, out);
                if (valid.size() < r.minBestPrice()) {
                    yield failed(t, cs, out, seed, commitment, at, r.minBestPrice(), "valid bids");
                }
                BigDecimal factor = r.bestPriceFactors().get(Draws.index(seed, "factor", r.bestPriceFactors().size()));
                BigDecimal reference = reference(valid, factor);
                Comparator<Candidate> closest = Comparator.comparing((Candidate c) -> c.bid().subtract(reference).abs())
                        .thenComparing(Candidate::bid);
                Candidate best = valid.stream().min(closest).orElseThrow();
                List<Candidate> tied = valid.stream().filter(c -> closest.compare(c, best) == 0).toList();
                Candidate w = tied.size() == 1 ? tied.get(0) : tied.get(Draws.index(seed, "tie", tied.size()));
                yield result(t, cs, out, seed, commitment, at, factor, reference, List.of(), w, w.bid(), null,
                        "closest to the reference price " + reference + " (factor " + factor + ")");
            }
            case CREDIT_SHORTLIST -> {
                if (cs.size() < r.minCreditShortlist()) {
                    yield failed(t, cs, out, seed, commitment, at, r.minCreditShortlist(), "qualified registrants");
                }
                List<Candidate> ranked = new ArrayList<>(cs);
                ranked.sort(Comparator.comparingInt(Candidate::creditScore).reversed().thenComparingLong(Candidate::agencyId));
                List<Candidate> longList = ranked.subList(0, Math.min(r.longList(), ranked.size()));
                List<Long> shortlist = Draws.sample(seed, "shortlist", longList, Math.min(r.shortList(), longList.size())).stream()
                        .map(Candidate::agencyId).toList();
                yield result(t, cs, out, seed, commitment, at, null, null, shortlist, null, null, null,
                        "short list of " + shortlist.size() + " drawn from the " + longList.size() + " best by credit");
            }
            case PROPOSAL_COMPARISON -> {
                List<Candidate> with = cs.stream().filter(Candidate::hasProposal).toList();
                cs.stream().filter(c -> !c.hasProposal()).forEach(c -> out.add(c.name() + ": no proposal"));
                if (with.size() < r.minProposals()) {
                    yield failed(t, cs, out, seed, commitment, at, r.minProposals(), "proposals");
                }
                yield result(t, cs, out, seed, commitment, at, null, null, with.stream().map(Candidate::agencyId).toList(), null,
                        null, null, "the owner compares " + with.size() + " proposal(s)");
            }
        };
    }

    /**
     * The best-price reference: the mean of the valid bids without the single highest and the single lowest (when at
     * least three), times the factor, to two decimals (half up).
     */
    static BigDecimal reference(List<Candidate> valid, BigDecimal factor) {
        List<BigDecimal> bids = new ArrayList<>(valid.stream().map(Candidate::bid).sorted().toList());
        if (bids.size() >= 3) {
            bids.remove(bids.size() - 1);
            bids.remove(0);
        }
        BigDecimal sum = bids.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(bids.size()), MathContext.DECIMAL64).multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<Candidate> inRange(Terms t, List<Candidate> cs, List<String> out) {
        List<Candidate> valid = new ArrayList<>();
        for (Candidate c : cs) {
            if (c.bid() == null) {
                out.add(c.name() + ": no bid");
            } else if (t.budgetMin() != null && c.bid().compareTo(t.budgetMin()) < 0
                    || t.budgetMax() != null && c.bid().compareTo(t.budgetMax()) > 0) {
                out.add(c.name() + ": bid " + c.bid() + " outside " + t.budgetMin() + "–" + t.budgetMax());
            } else {
                valid.add(c);
            }
        }
        return valid;
    }

    private static Selection failed(Terms t, List<Candidate> cs, List<String> out, String seed, String commitment, Instant at,
                                    int min, String what) {
        String why = "流标: " + (t.publicFunds() ? "paid with public funds, " : "") + "at least " + min + " " + what + " needed";
        return result(t, cs, out, seed, commitment, at, null, null, List.of(), null, null, why, null);
    }

    private static Selection result(Terms t, List<Candidate> cs, List<String> out, String seed, String commitment, Instant at,
                                    BigDecimal factor, BigDecimal reference, List<Long> shortlist, Candidate winner,
                                    BigDecimal winningBid, String failed, String note) {
        return new Selection(t.method(), seed, commitment, cs, out, factor, reference, shortlist,
                winner == null ? null : winner.agencyId(), winningBid, failed, note, at);
    }
}

package org.tongban.intermediary.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * When a project posts the same need again: the same owner (credit code), service and division, and a title that is the
 * same once normalized (full-width folded, case, spaces and punctuation dropped), contains the other (「…（重新发布）」),
 * or shares at least 80% of its character pairs with it (Dice coefficient), which catches small edits without
 * joining different sites of the same service ("道路改造…" and "农贸市场改造…" share 70%). Pure.
 */
final class SameNeed {

    static final double SIMILAR = 0.8;

    private SameNeed() {
    }

    /** Whether a project posts the same need as an earlier one (owner, service, division, title). */
    static boolean same(StoredProject earlier, StoredProject now) {
        return earlier.ownerCreditCode.equals(now.ownerCreditCode) && earlier.serviceCode.equals(now.serviceCode)
                && earlier.areaCode.equals(now.areaCode) && similarTitles(earlier.title, now.title);
    }

    static boolean similarTitles(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.contains(y) || y.contains(x) || dice(x, y) >= SIMILAR;
    }

    static String normalize(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }

    /** 2·|shared pairs| / (|pairs of x| + |pairs of y|), over the sets of adjacent character pairs. */
    static double dice(String x, String y) {
        Set<String> px = pairs(x);
        Set<String> py = pairs(y);
        if (px.isEmpty() || py.isEmpty()) {
            return x.equals(y) ? 1 : 0;
        }
        Set<String> shared = new HashSet<>(px);
        shared.retainAll(py);
        return 2.0 * shared.size() / (px.size() + py.size());
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }
}

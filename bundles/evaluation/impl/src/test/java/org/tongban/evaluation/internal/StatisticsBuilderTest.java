package org.tongban.evaluation.internal;

import org.tongban.core.text.Csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.SatisfactionLine;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.TrendPoint;

class StatisticsBuilderTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);

    private static StatisticsBuilder windows() {
        return new StatisticsBuilder()
                .level("W01", "W01", Satisfaction.VERY_SATISFIED, 8).level("W01", "W01", Satisfaction.DISSATISFIED, 2)
                .level("W02", "W02", Satisfaction.SATISFIED, 3)
                .level("W03", "W03", Satisfaction.BASIC, 1).level("W03", "W03", Satisfaction.VERY_DISSATISFIED, 3)
                .level("W04", "W04", Satisfaction.SATISFIED, 9).level("W04", "W04", Satisfaction.VERY_DISSATISFIED, 1)
                .level(null, null, Satisfaction.SATISFIED, 5)
                .rectification("W01", "W01", 2, 1).rectification("W03", "W03", 3, 3).rectification("W04", "W04", 1, 0);
    }

    @Test
    void ratesCountTheTopThreeLevelsAndRectificationsOfBadReviews() {
        Statistics s = windows().build(Dimension.WINDOW, FROM, TO);
        assertEquals(List.of("(none)", "W01", "W02", "W03", "W04"), s.lines().stream().map(SatisfactionLine::key).toList());
        SatisfactionLine w01 = s.lines().get(1);
        assertEquals(10, w01.total());
        assertEquals(8, w01.count(Satisfaction.VERY_SATISFIED));
        assertEquals(80.0, w01.satisfactionRate());
        assertEquals(50.0, w01.rectificationRate());
        SatisfactionLine w03 = s.lines().get(3);
        assertEquals(25.0, w03.satisfactionRate());
        assertEquals(100.0, w03.rectificationRate());
        assertNull(s.lines().get(2).rectificationRate(), "no bad review: no share of them rectified, neither 100 nor 0");
        SatisfactionLine total = s.total();
        assertEquals(32, total.total());
        assertEquals(Math.round(26 * 10000.0 / 32) / 100.0, total.satisfactionRate());
        assertEquals(6, total.bad());
        assertEquals(4, total.rectified());
        assertEquals(66.67, total.rectificationRate());
    }

    @Test
    void theRankingPutsTheBestFirstAndMarksTheLastPlacesAndListsTheCasesWithoutAWindowApart() {
        Statistics r = windows().ranked(Dimension.WINDOW, FROM, TO, 2);
        assertEquals(List.of("W02", "W04", "W01", "W03"), keys(r.lines()));
        assertEquals(List.of(1, 2, 3, 4), ranks(r));
        assertEquals(List.of(false, false, true, true), bottoms(r));
        assertEquals(List.of(true, false, false, false), r.lines().stream().map(SatisfactionLine::top).toList());
        assertEquals(List.of("(none)"), keys(r.unranked()), "cases taken in online have no window to rank");
        assertEquals(0, r.unranked().get(0).rank());
        assertEquals(32, r.total().total(), "the total still counts every evaluation");
    }

    @Test
    void equalRatesShareARankAndTheNextRankSkips() {
        Statistics r = rates(100, 90, 90, 80).ranked(Dimension.WINDOW, FROM, TO, 1);
        assertEquals(List.of(1, 2, 2, 4), ranks(r));
        assertEquals(List.of(false, false, false, true), bottoms(r));
    }

    @Test
    void aWindowLevelWithTheBestIsNeverAtTheBottom() {
        Statistics r = rates(100, 100, 100, 90).ranked(Dimension.WINDOW, FROM, TO, 3);
        assertEquals(List.of(1, 1, 1, 4), ranks(r));
        assertEquals(List.of(false, false, false, true), bottoms(r), "three 100% windows fill the last three places, yet lead");
        assertEquals(List.of(true, true, true, false), r.lines().stream().map(SatisfactionLine::top).toList());
    }

    @Test
    void whenEveryWindowHasTheSameRateNoneIsMarked() {
        Statistics r = rates(100, 100, 100, 100, 100).ranked(Dimension.WINDOW, FROM, TO, 3);
        assertEquals(List.of(1, 1, 1, 1, 1), ranks(r));
        assertTrue(r.lines().stream().noneMatch(l -> l.top() || l.bottom()), r.lines().toString());
    }

    @Test
    void aTieAcrossTheLastPlaceIsMarkedWhole() {
        Statistics r = rates(100, 90, 80, 80).ranked(Dimension.WINDOW, FROM, TO, 1);
        assertEquals(List.of(1, 2, 3, 3), ranks(r));
        assertEquals(List.of(false, false, true, true), bottoms(r), "the two last cannot be told apart");
    }

    @Test
    void withFewWindowsOnlyTheLastPlaceIsMarked() {
        Statistics two = new StatisticsBuilder().level("A", "A", Satisfaction.SATISFIED, 1).level("B", "B", Satisfaction.DISSATISFIED, 1)
                .ranked(Dimension.WINDOW, FROM, TO, 3);
        assertEquals(List.of(false, true), bottoms(two));
        Statistics one = new StatisticsBuilder().level("A", "A", Satisfaction.DISSATISFIED, 1).ranked(Dimension.WINDOW, FROM, TO, 3);
        assertFalse(one.lines().get(0).bottom() || one.lines().get(0).top(), "a single window is first or last of nothing");
    }

    /** A department whose only bad review of the period was replaced by a follow-up given later: counted, not rated. */
    @Test
    void aGroupWithNoEvaluationHasNoRateAndIsNotRanked() {
        StatisticsBuilder b = new StatisticsBuilder().level("D1", "审批局", Satisfaction.SATISFIED, 2)
                .level("D2", "市场监管局", Satisfaction.DISSATISFIED, 1).rectification("D3", "住建局", 1, 0);
        Statistics s = b.build(Dimension.DEPARTMENT, FROM, TO);
        assertEquals(List.of("D1", "D2", "D3"), keys(s.lines()));
        SatisfactionLine d3 = s.lines().get(2);
        assertEquals("住建局", d3.name());
        assertEquals(0, d3.total());
        assertNull(d3.satisfactionRate(), "nothing evaluated is not 100% satisfied");
        assertEquals(0.0, d3.rectificationRate());
        assertEquals(1, s.total().bad(), "the lines add up to the total");
        Statistics r = b.ranked(Dimension.DEPARTMENT, FROM, TO, 3);
        assertEquals(List.of("D1", "D2"), keys(r.lines()));
        assertEquals(List.of("D3"), keys(r.unranked()));
        assertEquals(List.of(false, true), bottoms(r));
    }

    @Test
    void nothingEvaluatedHasNoRate() {
        Statistics s = new StatisticsBuilder().build(Dimension.DEPARTMENT, FROM, TO);
        assertEquals(List.of(), s.lines());
        assertNull(s.total().satisfactionRate());
        assertNull(s.total().rectificationRate());
        assertEquals(List.of(), new StatisticsBuilder().ranked(Dimension.WINDOW, FROM, TO, 3).lines());
    }

    private static StatisticsStore.MonthCount month(String month, Satisfaction level, long count) {
        return new StatisticsStore.MonthCount(YearMonth.parse(month), level, count);
    }

    @Test
    void theTrendHasEveryMonthEvenEmptyOnes() {
        List<TrendPoint> t = StatisticsBuilder.trend(YearMonth.of(2026, 8), YearMonth.of(2026, 11), List.of(
                month("2026-08", Satisfaction.SATISFIED, 3), month("2026-08", Satisfaction.DISSATISFIED, 1),
                month("2026-10", Satisfaction.BASIC, 2), month("2027-01", Satisfaction.BASIC, 9)));
        assertEquals(4, t.size());
        assertEquals(75.0, t.get(0).satisfactionRate());
        assertEquals(1, t.get(0).bad());
        assertEquals(0, t.get(1).total());
        assertNull(t.get(1).satisfactionRate(), "a month nobody evaluated is not a 100% month");
        assertEquals(2, t.get(2).satisfied());
        assertEquals(YearMonth.of(2026, 11), t.get(3).month());
    }

    @Test
    void csvQuotesAndDisarmsCells() {
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("'=SUM(A1)", Csv.cell("=SUM(A1)"));
        String csv = StatisticsCsv.write(windows().ranked(Dimension.WINDOW, FROM, TO, 2));
        assertTrue(csv.startsWith("\uFEFFrank,top,bottom,window,name,evaluated,非常满意,满意,基本满意,不满意,非常不满意"), csv);
        assertTrue(csv.contains("\r\n1,yes,,W02,W02,3,0,3,0,0,0,100.0,0,0,n/a\r\n"), csv);
        assertTrue(csv.contains("\r\n4,,yes,W03,W03,4,0,0,1,0,3,25.0,3,3,100.0\r\n"), csv);
        assertTrue(csv.contains("\r\nunranked,,,(none),(none),5,0,5,0,0,0,100.0,0,0,n/a\r\n"), csv);
        assertTrue(csv.endsWith("\r\n,,,,total,32,8,17,1,2,4,81.25,6,4,66.67\r\n"), csv);
    }

    @Test
    void csvShowsARateOfNothingAsNotApplicable() {
        String empty = StatisticsCsv.write(new StatisticsBuilder().build(Dimension.DEPARTMENT, FROM, TO));
        assertTrue(empty.endsWith("\r\n,,,,total,0,0,0,0,0,0,n/a,0,0,n/a\r\n"), empty);
        String trend = StatisticsCsv.write(StatisticsBuilder.trend(YearMonth.of(2026, 9), YearMonth.of(2026, 9), List.of()));
        assertTrue(trend.endsWith("\r\n2026-09,0,0,n/a,0\r\n"), trend);
    }

    /** Windows W1, W2… of ten evaluations each, at the given satisfaction rates (multiples of 10). */
    private static StatisticsBuilder rates(int... percent) {
        StatisticsBuilder b = new StatisticsBuilder();
        for (int i = 0; i < percent.length; i++) {
            String w = "W" + (i + 1);
            b.level(w, w, Satisfaction.SATISFIED, percent[i] / 10).level(w, w, Satisfaction.DISSATISFIED, 10 - percent[i] / 10);
        }
        return b;
    }

    private static List<String> keys(List<SatisfactionLine> lines) {
        return lines.stream().map(SatisfactionLine::key).toList();
    }

    private static List<Integer> ranks(Statistics s) {
        return s.lines().stream().map(SatisfactionLine::rank).toList();
    }

    private static List<Boolean> bottoms(Statistics s) {
        return s.lines().stream().map(SatisfactionLine::bottom).toList();
    }
}

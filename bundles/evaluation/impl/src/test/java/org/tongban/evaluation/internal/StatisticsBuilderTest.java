package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                .rectification("W01", 2, 1).rectification("W03", 3, 3).rectification("W04", 1, 0);
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
        assertEquals(100.0, s.lines().get(2).rectificationRate(), "no bad review, nothing left to rectify");
        SatisfactionLine total = s.total();
        assertEquals(32, total.total());
        assertEquals(Math.round(26 * 10000.0 / 32) / 100.0, total.satisfactionRate());
        assertEquals(6, total.bad());
        assertEquals(4, total.rectified());
        assertEquals(66.67, total.rectificationRate());
    }

    @Test
    void theRankingPutsTheBestFirstAndMarksTheLastPlaces() {
        Statistics r = windows().ranked(Dimension.WINDOW, FROM, TO, 2);
        assertEquals(List.of("(none)", "W02", "W04", "W01", "W03"), r.lines().stream().map(SatisfactionLine::key).toList(),
                "100% with 5 before 100% with 3: more evidence ranks a tie higher");
        assertEquals(List.of(1, 2, 3, 4, 5), r.lines().stream().map(SatisfactionLine::rank).toList());
        assertEquals(List.of(false, false, false, true, true), r.lines().stream().map(SatisfactionLine::bottom).toList());
    }

    @Test
    void withFewWindowsOnlyTheLastPlaceIsMarked() {
        Statistics two = new StatisticsBuilder().level("A", "A", Satisfaction.SATISFIED, 1).level("B", "B", Satisfaction.DISSATISFIED, 1)
                .ranked(Dimension.WINDOW, FROM, TO, 3);
        assertEquals(List.of(false, true), two.lines().stream().map(SatisfactionLine::bottom).toList());
        Statistics one = new StatisticsBuilder().level("A", "A", Satisfaction.DISSATISFIED, 1).ranked(Dimension.WINDOW, FROM, TO, 3);
        assertFalse(one.lines().get(0).bottom(), "a single window is not last of anything");
    }

    @Test
    void theTrendHasEveryMonthEvenEmptyOnes() {
        List<TrendPoint> t = StatisticsBuilder.trend(YearMonth.of(2026, 8), YearMonth.of(2026, 11), List.of(
                new Object[] {"2026-08", "SATISFIED", 3L}, new Object[] {"2026-08", "DISSATISFIED", 1L},
                new Object[] {"2026-10", "BASIC", 2L}, new Object[] {"2027-01", "BASIC", 9L}));
        assertEquals(4, t.size());
        assertEquals(75.0, t.get(0).satisfactionRate());
        assertEquals(1, t.get(0).bad());
        assertEquals(0, t.get(1).total());
        assertEquals(100.0, t.get(1).satisfactionRate());
        assertEquals(2, t.get(2).satisfied());
        assertEquals(YearMonth.of(2026, 11), t.get(3).month());
    }

    @Test
    void csvQuotesAndDisarmsCells() {
        assertEquals("\"a,b\"", StatisticsCsv.cell("a,b"));
        assertEquals("'=SUM(A1)", StatisticsCsv.cell("=SUM(A1)"));
        String csv = StatisticsCsv.write(windows().ranked(Dimension.WINDOW, FROM, TO, 2));
        assertTrue(csv.startsWith("\uFEFFrank,bottom,window,name,evaluated,非常满意,满意,基本满意,不满意,非常不满意"), csv);
        assertTrue(csv.contains("\n5,yes,W03,W03,4,0,0,1,0,3,25.0,3,3,100.0\n"), csv);
        assertTrue(csv.endsWith(",total,32,8,17,1,2,4,81.25,6,4,66.67\n"), csv);
    }
}

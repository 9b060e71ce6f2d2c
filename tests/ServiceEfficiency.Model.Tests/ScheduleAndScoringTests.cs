using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Scoring;

namespace ServiceEfficiency.Tests;

public class ScheduleAndScoringTests
{
    [Theory]
    [InlineData(AgencyLevel.Headquarters, "115年1月31日前 115年7月15日前 116年1月15日前")]
    [InlineData(AgencyLevel.Branch, "115年1月31日前 115年7月15日前 116年1月20日前")]
    [InlineData(AgencyLevel.Unit, "116年1月5日前")]
    public void The_schedule_of_a_year_follows_the_edition_rules(AgencyLevel level, string expected)
    {
        var schedule = ReportingSchedule.For(Samples.Upgrade, 115, level);
        Assert.Equal(expected, string.Join(" ", schedule.Where(d => d.Date is not null).Select(d => d.When)));
    }

    [Fact]
    public void Relative_deadlines_come_last_and_say_when()
    {
        var schedule = ReportingSchedule.For(Samples.Overall, 112, AgencyLevel.Branch);
        ScheduledDeadline last = schedule.Last();
        Assert.Null(last.Date);
        Assert.Equal("經濟部考核結果後2個月內", last.When);
    }

    [Fact]
    public void Both_sample_editions_give_the_seed_deadlines()
    {
        foreach (CriteriaEdition edition in new[] { Samples.Overall, Samples.Upgrade })
        {
            Assert.Equal(new RocDate(112, 1, 31), edition.Deadlines.Single(d => d.Key == "PlanPublished").DateFor(112));
            Assert.Equal(new RocDate(113, 1, 20), edition.Deadlines.Single(d => d.Key == "BranchResultsToHeadquarters").DateFor(112));
            Assert.Equal(new RocDate(113, 1, 15), edition.Deadlines.Single(d => d.Key == "HeadquartersResultsToMinistry").DateFor(112));
            Assert.Equal(new RocDate(113, 1, 5), edition.Deadlines.Single(d => d.Key == "UnitResultsToSecretariat").DateFor(112));
            Assert.Equal(new RocDate(112, 7, 15), edition.Deadlines.Single(d => d.Key == "HalfYearSelfAssessment").DateFor(112));
        }
    }

    [Fact]
    public void Dimension_points_add_up_to_the_total()
    {
        CriteriaEdition edition = Samples.Overall;
        Assert.Equal(new[] { 200, 300, 200, 200, 100 }, edition.Nodes.Select(n => n.Points!.Value));
        Assert.Equal(1000, edition.TotalPoints);
        Assert.Empty(PointsConsistency.Check(edition));
        Assert.Equal(33, edition.FindByCode("1.(二).3")!.Points);
    }

    [Fact]
    public void A_scorecard_rolls_scores_up_and_compares_branches()
    {
        CriteriaEdition edition = Samples.Overall;
        var hualien = new Scorecard(edition, "花蓮分局")
            .Score("BasicService", 180)
            .Score("ServiceDelivery.Convenience", 120)
            .Score("ServiceDelivery.Accessibility", 90)
            .Score("OpenInnovation", 80);
        var tainan = new Scorecard(edition, "臺南分局")
            .Score("1", 170)
            .Score("2", 260)
            .Score("5", 95);

        Assert.Equal(210m, hualien.Total(edition.FindByKeyPath("ServiceDelivery")!));
        Assert.Equal(470m, hualien.Total());
        Assert.Equal(525m, tainan.Total());
        Assert.Equal(new[] { 180m, 210m, 0m, 0m, 80m }, hualien.DimensionTotals().Select(t => t.Value));

        var comparison = new ScorecardComparison(new[] { hualien, tainan });
        var rows = comparison.Rows();
        Assert.Equal(6, rows.Count);
        Assert.Equal(new[] { 180m, 170m }, rows[0].Totals);
        Assert.Null(rows[^1].Criterion);
        Assert.Equal(1000, rows[^1].Points);
        Assert.Same(tainan, comparison.Best());
    }

    [Fact]
    public void Scores_stay_within_their_points()
    {
        var card = new Scorecard(Samples.Overall, "測試");
        Assert.Throws<ArgumentException>(() => card.Score("BasicService", 201));
        Assert.Throws<ArgumentException>(() => card.Score("1.(二).3", 34));
        Assert.Throws<ArgumentException>(() => card.Score("BasicService", -1));
        Assert.Throws<ArgumentException>(() => card.Score("NoSuchThing", 1));
        card.Score("1.(二).3", 33);

        // Children within their parent: 構面三 has 200 points but no points below it, so the
        // roll-up catches children that together exceed it.
        card.Score("3.(一)", 150).Score("3.(二)", 100);
        Assert.Contains(card.OverScoredNodes(), n => n.Code == "3");
    }
}

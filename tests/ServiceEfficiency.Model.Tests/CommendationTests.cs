using ServiceEfficiency.Commendations;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Tests;

public class CommendationTests
{
    private static CommendationPolicy Bsmi114Policy()
    {
        var plan = (ImplementationPlan)Samples.LoadDocument("bsmi-114-plan").Value!;
        return plan.Sections.Rewards!.CommendationPolicy!;
    }

    [Fact]
    public void Weights_follow_one_three_nine()
    {
        Assert.Equal(1, new Commendation(CommendationKind.Citation, 1).CitationUnits);
        Assert.Equal(3, new Commendation(CommendationKind.Merit, 1).CitationUnits);
        Assert.Equal(9, new Commendation(CommendationKind.MajorMerit, 1).CitationUnits);
        Assert.Equal(6, new Commendation(CommendationKind.Citation, 6).CitationUnits);
        Assert.True(new Commendation(CommendationKind.Citation, 2) < new Commendation(CommendationKind.Merit, 1));
        Assert.True(new Commendation(CommendationKind.Merit, 2) < new Commendation(CommendationKind.MajorMerit, 1));
        // Equal weight: the higher kind ranks first (記功1次 above 嘉獎3次).
        Assert.True(new Commendation(CommendationKind.Merit, 1) > new Commendation(CommendationKind.Citation, 3));
    }

    [Theory]
    [InlineData("記大功1次", CommendationKind.MajorMerit, 1)]
    [InlineData("記一大功1次", CommendationKind.MajorMerit, 1)]
    [InlineData("記功 1 次", CommendationKind.Merit, 1)]
    [InlineData("嘉獎2次", CommendationKind.Citation, 2)]
    public void Parses_commendations_as_printed(string text, CommendationKind kind, int count)
    {
        Assert.True(Commendation.TryParse(text, out Commendation c));
        Assert.Equal(new Commendation(kind, count), c);
    }

    [Theory]
    [InlineData("記過1次")]
    [InlineData("嘉獎0次")]
    [InlineData("嘉獎")]
    public void Refuses_what_is_not_a_commendation(string text) => Assert.False(Commendation.TryParse(text, out _));

    // The BSMI 114 plan, 柒、獎勵方式 二、(一)–(五), one line per outcome × role.
    [Theory]
    [InlineData(AwardOutcome.Award, CommendationRole.LeadOfficer, "記一大功1次", false, "（一）")]
    [InlineData(AwardOutcome.Award, CommendationRole.Head, "記功1次", true, "（一）")]
    [InlineData(AwardOutcome.Award, CommendationRole.OtherContributor, "記功1次", true, "（一）")]
    [InlineData(AwardOutcome.Award, CommendationRole.SuperiorAgencySupervisor, "記功1次", true, "（一）")]
    [InlineData(AwardOutcome.Award, CommendationRole.AgencySupervisor, "嘉獎1次", false, "（四）")]
    [InlineData(AwardOutcome.SiteVisit, CommendationRole.LeadOfficer, "記功1次", false, "（二）")]
    [InlineData(AwardOutcome.SiteVisit, CommendationRole.Head, "嘉獎2次", true, "（二）")]
    [InlineData(AwardOutcome.SiteVisit, CommendationRole.OtherContributor, "嘉獎2次", true, "（二）")]
    [InlineData(AwardOutcome.SiteVisit, CommendationRole.SuperiorAgencySupervisor, "嘉獎2次", true, "（二）")]
    [InlineData(AwardOutcome.SiteVisit, CommendationRole.AgencySupervisor, "嘉獎1次", false, "（四）")]
    [InlineData(AwardOutcome.Nominated, CommendationRole.LeadOfficer, "嘉獎2次", false, "（三）")]
    [InlineData(AwardOutcome.Nominated, CommendationRole.Head, "嘉獎1次", true, "（三）")]
    [InlineData(AwardOutcome.Nominated, CommendationRole.OtherContributor, "嘉獎1次", true, "（三）")]
    [InlineData(AwardOutcome.Nominated, CommendationRole.SuperiorAgencySupervisor, "嘉獎1次", true, "（三）")]
    [InlineData(AwardOutcome.Nominated, CommendationRole.AgencySupervisor, "嘉獎1次", false, "（四）")]
    public void Reproduces_the_BSMI_114_rules(AwardOutcome outcome, CommendationRole role, string expected, bool upTo, string label)
    {
        CommendationRule? rule = Bsmi114Policy().RuleFor(outcome, role);
        Assert.NotNull(rule);
        Assert.Equal(expected, rule!.Commendation.ToString());
        Assert.Equal(upTo, rule.UpTo);
        Assert.Equal(label, rule.Label);

        CommendationDecision decision = Bsmi114Policy().Evaluate(new[] { new Nominee("甲", new[] { new Qualification(outcome, role) }) }).Single();
        Assert.Equal(expected, decision.Highest!.Commendation.ToString());
    }

    [Fact]
    public void A_person_who_qualifies_twice_gets_only_the_highest()
    {
        CommendationPolicy policy = Bsmi114Policy();
        Assert.True(policy.HighestOnly);
        var nominee = new Nominee("乙", new[]
        {
            new Qualification(AwardOutcome.Nominated, CommendationRole.LeadOfficer), // 嘉獎2次 (三)
            new Qualification(AwardOutcome.SiteVisit, CommendationRole.LeadOfficer), // 記功1次 (二)
            new Qualification(AwardOutcome.Award, CommendationRole.AgencySupervisor), // 嘉獎1次 (四)
        });

        CommendationDecision decision = policy.Evaluate(new[] { nominee }).Single();
        CommendationGrant grant = Assert.Single(decision.Grants);
        Assert.Equal("記功1次", grant.Commendation.ToString());
        Assert.Equal("（二）", grant.Rule.Label);
        Assert.Equal(AwardOutcome.SiteVisit, grant.Qualification.Outcome);
    }

    [Fact]
    public void Without_the_highest_only_clause_every_rule_grants()
    {
        CommendationPolicy strict = Bsmi114Policy();
        var lenient = new CommendationPolicy(strict.Rules, highestOnly: false);
        var nominee = new Nominee("丙", new[]
        {
            new Qualification(AwardOutcome.Award, CommendationRole.Head),
            new Qualification(AwardOutcome.Award, CommendationRole.AgencySupervisor),
        });

        Assert.Equal(2, lenient.Evaluate(new[] { nominee }).Single().Grants.Count);
        Assert.Single(strict.Evaluate(new[] { nominee }).Single().Grants);
    }

    [Fact]
    public void Nobody_qualifying_gets_nothing()
    {
        var policy = new CommendationPolicy(Bsmi114Policy().Rules.Where(r => r.Outcome is not null).ToList(), highestOnly: true);
        var decision = policy.Evaluate(new[] { new Nominee("丁", new[] { new Qualification(AwardOutcome.Award, CommendationRole.AgencySupervisor) }) }).Single();
        Assert.Empty(decision.Grants);
        Assert.Null(decision.Highest);
    }

    [Fact]
    public void Tainan_111_states_the_same_rules()
    {
        var tainan = ((ImplementationPlan)Samples.LoadDocument("tainan-111-plan").Value!).Sections.Rewards!.CommendationPolicy!;
        CommendationPolicy bsmi = Bsmi114Policy();
        foreach (AwardOutcome outcome in System.Enum.GetValues<AwardOutcome>())
        {
            foreach (CommendationRole role in System.Enum.GetValues<CommendationRole>())
            {
                Assert.Equal(bsmi.RuleFor(outcome, role)?.Commendation, tainan.RuleFor(outcome, role)?.Commendation);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Scoring;

/// <summary>
/// A self-assessment (自行考核) of one agency or branch: a score per criterion, each within the
/// criterion's points. A node's total is its own score when given, otherwise the sum of its
/// children's totals.
/// </summary>
public sealed class Scorecard
{
    private readonly Dictionary<Criterion, decimal> _scores = new();

    /// <summary>Creates an empty scorecard.</summary>
    /// <param name="edition">The criteria edition scored against; must not be null.</param>
    /// <param name="name">Whose self-assessment it is, such as a branch's name 「花蓮分局」.</param>
    public Scorecard(CriteriaEdition edition, string name)
    {
        Edition = edition ?? throw new ArgumentNullException(nameof(edition));
        Name = name;
    }

    /// <summary>The edition scored against.</summary>
    public CriteriaEdition Edition { get; }

    /// <summary>Whose self-assessment (a branch's name).</summary>
    public string Name { get; }

    /// <summary>Scores a criterion given by key path or code.</summary>
    /// <param name="criterion">The criterion's key path or position code (<c>1.(一).2</c>), resolved in <see cref="Edition"/>.</param>
    /// <param name="score">The score, from 0 to the criterion's points (rolled up from its children when it has none); replaces any earlier score.</param>
    /// <exception cref="ArgumentException">The edition has no such criterion, or the score is outside 0 … its points.</exception>
    public Scorecard Score(string criterion, decimal score)
    {
        Criterion node = Edition.Resolve(criterion) ?? throw new ArgumentException(Messages.ApiScoreUnknownCriterion.Format(Edition.Title, criterion), nameof(criterion));
        return Score(node, score);
    }

    /// <summary>Scores a criterion of the edition.</summary>
    /// <param name="criterion">A node of <see cref="Edition"/>.</param>
    /// <param name="score">The score, from 0 to the node's points (rolled up from its children when it has none); replaces any earlier score.</param>
    /// <exception cref="ArgumentException">The criterion is of another edition, or the score is outside 0 … its points.</exception>
    public Scorecard Score(Criterion criterion, decimal score)
    {
        if (!ReferenceEquals(criterion.Edition, Edition))
        {
            throw new ArgumentException(Messages.ApiScoreOtherEdition.Format(criterion.Title, Edition.Id), nameof(criterion));
        }

        int? max = PointsConsistency.RolledUpPoints(criterion);
        if (score < 0 || (max is int points && score > points))
        {
            throw new ArgumentException(
                Messages.ApiScoreOutOfRange.Format(criterion.Title, criterion.Code, score, max?.ToString(CultureInfo.InvariantCulture) ?? "∞"),
                nameof(score));
        }

        _scores[criterion] = score;
        return this;
    }

    /// <summary>The score given to the node itself, if any.</summary>
    /// <param name="criterion">The node whose own score is wanted; its children's scores are not counted.</param>
    public decimal? OwnScore(Criterion criterion) => _scores.TryGetValue(criterion, out decimal score) ? score : null;

    /// <summary>The node's total: its own score, else the sum of its children's totals (0 when nothing is scored).</summary>
    /// <param name="criterion">The node to total, such as a dimension (構面).</param>
    public decimal Total(Criterion criterion) =>
        OwnScore(criterion) ?? criterion.Children.Sum(Total);

    /// <summary>The overall total.</summary>
    public decimal Total() => Edition.Nodes.Sum(Total);

    /// <summary>Totals per top-level node (dimension).</summary>
    public IReadOnlyList<KeyValuePair<Criterion, decimal>> DimensionTotals() =>
        Edition.Nodes.Select(n => new KeyValuePair<Criterion, decimal>(n, Total(n))).ToList();

    /// <summary>
    /// Nodes whose children's scores add up to more than the node's points (each score alone is
    /// checked when given).
    /// </summary>
    public IReadOnlyList<Criterion> OverScoredNodes() =>
        Edition.AllNodes()
            .Where(n => OwnScore(n) is null && PointsConsistency.RolledUpPoints(n) is int points && n.Children.Sum(Total) > points)
            .ToList();
}

/// <summary>Several branches' scorecards side by side, per dimension.</summary>
public sealed class ScorecardComparison
{
    /// <summary>Compares scorecards of one edition.</summary>
    /// <param name="scorecards">At least one scorecard, all of the same edition, in the order their totals are listed in each row.</param>
    /// <exception cref="ArgumentException">The scorecards are of different editions.</exception>
    public ScorecardComparison(IReadOnlyList<Scorecard> scorecards)
    {
        if (scorecards.Count == 0)
        {
            throw new ArgumentException(Messages.ApiNothingToCompare.Format(), nameof(scorecards));
        }

        if (scorecards.Any(s => !ReferenceEquals(s.Edition, scorecards[0].Edition)))
        {
            throw new ArgumentException(Messages.ApiScorecardsOfDifferentEditions.Format(), nameof(scorecards));
        }

        Scorecards = scorecards;
    }

    /// <summary>The scorecards, in the order given.</summary>
    public IReadOnlyList<Scorecard> Scorecards { get; }

    /// <summary>Rows: each dimension with its points and every scorecard's total, then the overall row (criterion null).</summary>
    public IReadOnlyList<ComparisonRow> Rows()
    {
        CriteriaEdition edition = Scorecards[0].Edition;
        var rows = edition.Nodes
            .Select(n => new ComparisonRow(n, PointsConsistency.RolledUpPoints(n), Scorecards.Select(s => s.Total(n)).ToList()))
            .ToList();
        rows.Add(new ComparisonRow(null, edition.TotalPoints, Scorecards.Select(s => s.Total()).ToList()));
        return rows;
    }

    /// <summary>The scorecard with the highest overall total (the first among equals).</summary>
    public Scorecard Best() => Scorecards.OrderByDescending(s => s.Total()).First();
}

/// <summary>One row of a <see cref="ScorecardComparison"/>.</summary>
public sealed class ComparisonRow
{
    internal ComparisonRow(Criterion? criterion, int? points, IReadOnlyList<decimal> totals)
    {
        Criterion = criterion;
        Points = points;
        Totals = totals;
    }

    /// <summary>The dimension, or null for the overall row.</summary>
    public Criterion? Criterion { get; }

    /// <summary>The dimension's (or edition's) points.</summary>
    public int? Points { get; }

    /// <summary>Each scorecard's total, in the comparison's order.</summary>
    public IReadOnlyList<decimal> Totals { get; }
}

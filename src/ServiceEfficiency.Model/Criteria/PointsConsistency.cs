using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Criteria;

/// <summary>A place where an edition's points do not add up.</summary>
internal sealed class PointsIssue
{
    internal PointsIssue(Criterion? criterion, string message)
    {
        Criterion = criterion;
        Message = message;
    }

    /// <summary>The node whose children exceed it, or null when the edition total is concerned.</summary>
    public Criterion? Criterion { get; }

    /// <summary>What does not add up, naming the Chinese titles, in the language of <c>Messages.Language</c> when it was checked.</summary>
    public string Message { get; }
}

/// <summary>
/// Points roll-up rules: the children of a node never carry more points than the node, and the
/// top-level nodes add up to the edition's total.
/// </summary>
internal static class PointsConsistency
{
    /// <summary>The points of a node: its own, else the sum of its children's (null when none has points).</summary>
    /// <param name="criterion">The node.</param>
    public static int? RolledUpPoints(Criterion criterion) => (int?)RolledUp(criterion);

    // The shared rule (src/Shared/Criteria) sums in long, as the generator does; the public int? above keeps its signature.
    private static long? RolledUp(Criterion criterion) => CriteriaRules.RolledUpPoints(criterion, c => c.Points, c => c.Children);

    /// <summary>Every inconsistency in the edition, in document order.</summary>
    public static IReadOnlyList<PointsIssue> Check(CriteriaEdition edition)
    {
        var issues = new List<PointsIssue>();
        if (edition.TotalPoints is int total)
        {
            long sum = edition.Nodes.Sum(n => RolledUp(n) ?? 0);
            bool allScored = edition.Nodes.All(n => RolledUp(n) is not null);
            if (CriteriaRules.TotalMismatch(sum, allScored, total))
            {
                issues.Add(new PointsIssue(null, Messages.SE0009TotalMismatch.Format(edition.Title, edition.Levels[0].Name, sum, total)));
            }
        }

        foreach (Criterion node in edition.AllNodes())
        {
            if (node.Points is not int parentPoints)
            {
                continue;
            }

            long childSum = node.Children.Sum(c => RolledUp(c) ?? 0);
            if (childSum > parentPoints)
            {
                issues.Add(new PointsIssue(node, Messages.SE0009ChildrenExceedParent.Format(node.Title, node.Code, parentPoints, childSum)));
            }
        }

        return issues;
    }
}

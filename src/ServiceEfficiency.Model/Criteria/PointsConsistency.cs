using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Criteria;

/// <summary>A place where an edition's points do not add up.</summary>
public sealed class PointsIssue
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
public static class PointsConsistency
{
    /// <summary>The points of a node: its own, else the sum of its children's (null when none has points).</summary>
    public static int? RolledUpPoints(Criterion criterion)
    {
        if (criterion.Points is int own)
        {
            return own;
        }

        int? sum = null;
        foreach (Criterion child in criterion.Children)
        {
            if (RolledUpPoints(child) is int childPoints)
            {
                sum = (sum ?? 0) + childPoints;
            }
        }

        return sum;
    }

    /// <summary>Every inconsistency in the edition, in document order.</summary>
    public static IReadOnlyList<PointsIssue> Check(CriteriaEdition edition)
    {
        var issues = new List<PointsIssue>();
        if (edition.TotalPoints is int total)
        {
            int sum = edition.Nodes.Sum(n => RolledUpPoints(n) ?? 0);
            bool allScored = edition.Nodes.All(n => RolledUpPoints(n) is not null);
            if (sum > total || (allScored && sum != total))
            {
                issues.Add(new PointsIssue(null, Messages.SE1018TotalMismatch.Format(edition.Title, edition.Levels[0].Name, sum, total)));
            }
        }

        foreach (Criterion node in edition.AllNodes())
        {
            if (node.Points is not int parentPoints)
            {
                continue;
            }

            int childSum = node.Children.Sum(c => RolledUpPoints(c) ?? 0);
            if (childSum > parentPoints)
            {
                issues.Add(new PointsIssue(node, Messages.SE1018ChildrenExceedParent.Format(node.Title, node.Code, parentPoints, childSum)));
            }
        }

        return issues;
    }
}

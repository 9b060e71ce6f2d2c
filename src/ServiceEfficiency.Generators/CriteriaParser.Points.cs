using System.Globalization;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Generators;

/// <summary>The criteria file reader: the points roll-up, with the rule the Model's loader uses.</summary>
internal sealed partial class CriteriaParser
{
    /// <summary>The Model's <c>PointsConsistency.Check</c>, with its messages, located at the points values.</summary>
    private void CheckPoints(JsonObject edition, string title, int? totalPoints, List<LevelModel> levels, List<RawNode> nodes)
    {
        if (totalPoints is int total)
        {
            long sum = nodes.Sum(n => RolledUp(n) ?? 0);
            bool allScored = nodes.All(n => RolledUp(n) is not null);
            if (CriteriaRules.TotalMismatch(sum, allScored, total))
            {
                Report(Descriptors.InconsistentPoints, Get(edition, "totalPoints")!, Part(Messages.SE0009TotalMismatch, title, levels[0].Name, sum.ToString(CultureInfo.InvariantCulture), total.ToString(CultureInfo.InvariantCulture)));
            }
        }

        foreach (RawNode node in nodes.SelectMany(n => n.DescendantsAndSelf()))
        {
            if (node.Points is not int parentPoints)
            {
                continue;
            }

            long childSum = node.Children.Sum(c => RolledUp(c) ?? 0);
            if (childSum > parentPoints)
            {
                Report(Descriptors.InconsistentPoints, node.PointsValue!, Part(Messages.SE0009ChildrenExceedParent, node.Title, node.Code, parentPoints.ToString(CultureInfo.InvariantCulture), childSum.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static long? RolledUp(RawNode node) => CriteriaRules.RolledUpPoints(node, n => n.Points, n => n.Children);
}

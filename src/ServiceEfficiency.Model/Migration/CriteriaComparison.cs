using System;
using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Migration;

/// <summary>What happened to a criterion between two criteria editions.</summary>
public enum CriteriaChangeKind
{
    /// <summary>The node exists only in the new edition.</summary>
    Added,

    /// <summary>The node exists only in the old edition.</summary>
    Removed,

    /// <summary>Same key path, new wording of the title.</summary>
    Renamed,

    /// <summary>The node is found elsewhere in the new tree (another parent, another position, or a new key with the same title).</summary>
    Moved,

    /// <summary>Same node, different points.</summary>
    PointsChanged,
}

/// <summary>One difference between two criteria editions.</summary>
public sealed class CriteriaChange
{
    internal CriteriaChange(CriteriaChangeKind kind, Criterion? oldNode, Criterion? newNode)
    {
        Kind = kind;
        OldNode = oldNode;
        NewNode = newNode;
    }

    /// <summary>What changed.</summary>
    public CriteriaChangeKind Kind { get; }

    /// <summary>The node in the old edition (null for <see cref="CriteriaChangeKind.Added"/>).</summary>
    public Criterion? OldNode { get; }

    /// <summary>The node in the new edition (null for <see cref="CriteriaChangeKind.Removed"/>).</summary>
    public Criterion? NewNode { get; }

    /// <summary>A one-line description in the documents' own terms, e.g. <c>renamed 1.(一).2 提升服務及時性 → 提升服務效率</c>.</summary>
    public override string ToString() => Kind switch
    {
        CriteriaChangeKind.Added => $"added   {Describe(NewNode!)}",
        CriteriaChangeKind.Removed => $"removed {Describe(OldNode!)}",
        CriteriaChangeKind.Renamed => $"renamed {OldNode!.KeyPath} ({OldNode.Code}): {OldNode.Title} → {NewNode!.Title}",
        CriteriaChangeKind.Moved => $"moved   {OldNode!.KeyPath} ({OldNode.Code}) → {NewNode!.KeyPath} ({NewNode.Code})",
        _ => $"points  {OldNode!.KeyPath} ({OldNode.Code}): {Points(OldNode)} → {Points(NewNode!)}",
    };

    private static string Describe(Criterion node) => $"{node.KeyPath} ({node.Code}) {node.Title}";

    private static string Points(Criterion node) => node.Points is int points ? points + "分" : "無配分";
}

/// <summary>
/// The differences between two criteria editions, node by node: what a plan written for the old
/// edition must look at when the award criteria change.
/// </summary>
public sealed class CriteriaComparison
{
    private readonly Dictionary<Criterion, Criterion> _counterparts;

    private CriteriaComparison(CriteriaEdition oldEdition, CriteriaEdition newEdition, IReadOnlyList<CriteriaChange> changes, Dictionary<Criterion, Criterion> counterparts)
    {
        OldEdition = oldEdition;
        NewEdition = newEdition;
        Changes = changes;
        _counterparts = counterparts;
    }

    /// <summary>The edition compared from.</summary>
    public CriteriaEdition OldEdition { get; }

    /// <summary>The edition compared to.</summary>
    public CriteriaEdition NewEdition { get; }

    /// <summary>The changes in a stable order: matched nodes in the old tree's order, then removals, then additions in the new tree's order.</summary>
    public IReadOnlyList<CriteriaChange> Changes { get; }

    /// <summary>The new edition's node that continues <paramref name="oldNode"/> (same key path, or moved), or null when it was removed.</summary>
    /// <param name="oldNode">A node of <see cref="OldEdition"/>.</param>
    public Criterion? CounterpartOf(Criterion oldNode) => _counterparts.TryGetValue(oldNode, out Criterion? node) ? node : null;

    /// <summary>
    /// Compares two editions. Nodes are matched by key path first; an unmatched old node is then
    /// matched to an unmatched new node with the same key under another parent, or failing that with
    /// the same title (wording compared without spaces and punctuation) — both count as moved.
    /// </summary>
    /// <param name="oldEdition">The edition the documents were written for, such as the 2024 criteria.</param>
    /// <param name="newEdition">The edition they move to, such as the 2025 criteria.</param>
    public static CriteriaComparison Compare(CriteriaEdition oldEdition, CriteriaEdition newEdition)
    {
        if (oldEdition is null)
        {
            throw new ArgumentNullException(nameof(oldEdition));
        }

        if (newEdition is null)
        {
            throw new ArgumentNullException(nameof(newEdition));
        }

        List<Criterion> oldNodes = oldEdition.AllNodes().ToList();
        List<Criterion> newNodes = newEdition.AllNodes().ToList();
        var counterparts = new Dictionary<Criterion, Criterion>();
        var taken = new HashSet<Criterion>();

        foreach (Criterion oldNode in oldNodes)
        {
            if (newEdition.FindByKeyPath(oldNode.KeyPath) is Criterion same)
            {
                counterparts[oldNode] = same;
                taken.Add(same);
            }
        }

        // A node re-parented keeps its key; a node re-keyed keeps its wording. Either way the first
        // free candidate in tree order wins, so the result does not depend on hashing.
        MatchRemaining(oldNodes, newNodes, counterparts, taken, (o, n) => string.Equals(o.Key, n.Key, StringComparison.Ordinal));
        MatchRemaining(oldNodes, newNodes, counterparts, taken, (o, n) => TextSimilarity.ComparisonKey(o.Title) == TextSimilarity.ComparisonKey(n.Title));

        var changes = new List<CriteriaChange>();
        foreach (Criterion oldNode in oldNodes)
        {
            if (!counterparts.TryGetValue(oldNode, out Criterion? newNode))
            {
                continue;
            }

            if (!string.Equals(oldNode.KeyPath, newNode.KeyPath, StringComparison.Ordinal) ||
                !string.Equals(oldNode.Code, newNode.Code, StringComparison.Ordinal))
            {
                changes.Add(new CriteriaChange(CriteriaChangeKind.Moved, oldNode, newNode));
            }

            if (TextSimilarity.ComparisonKey(oldNode.Title) != TextSimilarity.ComparisonKey(newNode.Title))
            {
                changes.Add(new CriteriaChange(CriteriaChangeKind.Renamed, oldNode, newNode));
            }

            if (oldNode.Points != newNode.Points)
            {
                changes.Add(new CriteriaChange(CriteriaChangeKind.PointsChanged, oldNode, newNode));
            }
        }

        changes.AddRange(oldNodes.Where(n => !counterparts.ContainsKey(n)).Select(n => new CriteriaChange(CriteriaChangeKind.Removed, n, null)));
        changes.AddRange(newNodes.Where(n => !taken.Contains(n)).Select(n => new CriteriaChange(CriteriaChangeKind.Added, null, n)));
        return new CriteriaComparison(oldEdition, newEdition, changes, counterparts);
    }

    private static void MatchRemaining(List<Criterion> oldNodes, List<Criterion> newNodes, Dictionary<Criterion, Criterion> counterparts, HashSet<Criterion> taken, Func<Criterion, Criterion, bool> matches)
    {
        foreach (Criterion oldNode in oldNodes)
        {
            if (counterparts.ContainsKey(oldNode))
            {
                continue;
            }

            Criterion? candidate = newNodes.FirstOrDefault(n => !taken.Contains(n) && matches(oldNode, n));
            if (candidate is not null)
            {
                counterparts[oldNode] = candidate;
                taken.Add(candidate);
            }
        }
    }
}

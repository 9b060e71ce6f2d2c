using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// An evaluation framework (評核架構) in one version: its levels, its criteria tree, the reporting
/// deadlines and the plan sections it requires. Loaded at run time from a <c>*.criteria.json</c>
/// file, or generated at build time from the same file.
/// </summary>
public sealed class CriteriaEdition
{
    private readonly Dictionary<string, Criterion> _byKeyPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Criterion> _byCode = new(StringComparer.Ordinal);

    /// <summary>Builds an edition and fixes every node's place (label, code, key path).</summary>
    /// <param name="id">Stable identifier that documents name, such as 「service-award-overall」.</param>
    /// <param name="title">Chinese title, such as 「政府服務獎 整體服務類」.</param>
    /// <param name="totalPoints">Total points when the framework is scored (1000); null when it is not.</param>
    /// <param name="years">ROC years the edition applies to, such as 111 and 112.</param>
    /// <param name="levels">The levels of the tree, top first (構面, 評核項目, 執行策略, 細項); no node may be deeper than their count.</param>
    /// <param name="nodes">Top-level nodes in document order; none may already belong to another edition.</param>
    /// <param name="deadlines">Reporting deadlines; null (the default) for none.</param>
    /// <param name="requiredPlanSections">Sections a plan following this edition must have; null (the default) for none.</param>
    /// <exception cref="ArgumentException">A node is deeper than the levels allow, or belongs to another edition.</exception>
    public CriteriaEdition(
        string id,
        string title,
        int? totalPoints,
        IReadOnlyList<int> years,
        IReadOnlyList<CriteriaLevel> levels,
        IReadOnlyList<Criterion> nodes,
        IReadOnlyList<ReportingDeadline>? deadlines = null,
        IReadOnlyList<PlanSectionKind>? requiredPlanSections = null)
    {
        Id = id;
        Title = title;
        TotalPoints = totalPoints;
        Years = years;
        Levels = levels;
        Nodes = nodes;
        Deadlines = deadlines ?? Array.Empty<ReportingDeadline>();
        RequiredPlanSections = requiredPlanSections ?? Array.Empty<PlanSectionKind>();
        for (int i = 0; i < nodes.Count; i++)
        {
            nodes[i].Attach(this, null, i + 1);
        }

        foreach (Criterion node in AllNodes())
        {
            // First wins: duplicate keys are reported by the loader, not thrown here.
            if (!_byKeyPath.ContainsKey(node.KeyPath))
            {
                _byKeyPath.Add(node.KeyPath, node);
            }

            _byCode[NormalizeCode(node.Code)] = node;
        }
    }

    /// <summary>Stable identifier that documents name.</summary>
    public string Id { get; }

    /// <summary>Chinese title (政府服務獎 整體服務類).</summary>
    public string Title { get; }

    /// <summary>Total points, when the framework is scored (1000).</summary>
    public int? TotalPoints { get; }

    /// <summary>ROC years the edition applies to.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The levels, top first.</summary>
    public IReadOnlyList<CriteriaLevel> Levels { get; }

    /// <summary>Top-level nodes (the dimensions of the 111–112 framework).</summary>
    public IReadOnlyList<Criterion> Nodes { get; }

    /// <summary>Reporting deadlines.</summary>
    public IReadOnlyList<ReportingDeadline> Deadlines { get; }

    /// <summary>Sections a plan following this edition must have.</summary>
    public IReadOnlyList<PlanSectionKind> RequiredPlanSections { get; }

    /// <summary>Every node in document order.</summary>
    public IEnumerable<Criterion> AllNodes() => Nodes.SelectMany(n => n.DescendantsAndSelf());

    /// <summary>Whether the edition applies to ROC year <paramref name="year"/>.</summary>
    /// <param name="year">The ROC year, such as 114.</param>
    public bool AppliesTo(int year) => Years.Contains(year);

    /// <summary>The node with this key path, or null.</summary>
    /// <param name="keyPath">Keys from the top down joined with '.', such as <c>BasicService.ConsistencyAndAccuracy</c>; trimmed, then matched case-sensitively.</param>
    public Criterion? FindByKeyPath(string keyPath) =>
        _byKeyPath.TryGetValue(keyPath.Trim(), out Criterion? node) ? node : null;

    /// <summary>The node with this position code (<c>1.(一).2.(3)</c>; full-width brackets and spaces tolerated), or null.</summary>
    /// <param name="code">The position code, such as <c>1.(一).2.(3)</c>; spaces, full-width brackets and dots, and a trailing dot are ignored.</param>
    public Criterion? FindByCode(string code) =>
        _byCode.TryGetValue(NormalizeCode(code), out Criterion? node) ? node : null;

    /// <summary>Resolves a reference written in a document: a key path, or else a code.</summary>
    /// <param name="reference">A key path (<c>BasicService.ConsistencyAndAccuracy</c>) or a position code (<c>1.(一)</c>) as written in a document.</param>
    public Criterion? Resolve(string reference) => FindByKeyPath(reference) ?? FindByCode(reference);

    /// <inheritdoc/>
    public override string ToString() => Title + " (" + Id + ")";

    private static string NormalizeCode(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (char c in code)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch { '（' => '(', '）' => ')', '．' => '.', '。' => '.', _ => c });
        }

        return builder.ToString().TrimEnd('.');
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// One node of a criteria edition: a 構面 (dimension), 評核項目 (item), 執行策略 (strategy) or
/// 細項 (sub-strategy) — which one depends on its depth and the edition's levels. A node knows its
/// place: label in the level's style (構面一, (一), 1., (1)), position code (<c>1.(一).2.(3)</c>)
/// and key path (<c>BasicService.ConsistencyAndAccuracy.StandardProcedures</c>).
/// </summary>
public sealed class Criterion
{
    private CriteriaLevel? _level;

    /// <summary>Creates a node; its place is fixed when its edition is built.</summary>
    /// <param name="key">Stable key, unique among siblings, usable as a C# identifier.</param>
    /// <param name="title">Canonical Chinese title.</param>
    /// <param name="description">The rest of the criterion's text, if any.</param>
    /// <param name="points">Points, when the edition states them.</param>
    /// <param name="children">Child nodes in order.</param>
    public Criterion(string key, string title, string? description = null, int? points = null, IReadOnlyList<Criterion>? children = null)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Description = description;
        Points = points;
        Children = children ?? Array.Empty<Criterion>();
        KeyPath = key;
        Code = string.Empty;
        Label = string.Empty;
    }

    /// <summary>Stable key, unique among siblings.</summary>
    public string Key { get; }

    /// <summary>Canonical Chinese title (提升服務及時性).</summary>
    public string Title { get; }

    /// <summary>The rest of the criterion's text (提升民眾申辦案件的處理效率…), if any.</summary>
    public string? Description { get; }

    /// <summary>Points, when the edition states them (構面 200, 提高服務行為友善性 33).</summary>
    public int? Points { get; }

    /// <summary>Child nodes in order.</summary>
    public IReadOnlyList<Criterion> Children { get; }

    /// <summary>The parent node, or null for a top-level node.</summary>
    public Criterion? Parent { get; private set; }

    /// <summary>The edition the node belongs to.</summary>
    public CriteriaEdition? Edition { get; private set; }

    /// <summary>0 for a top-level node.</summary>
    public int Depth { get; private set; }

    /// <summary>1-based position among siblings.</summary>
    public int Position { get; private set; }

    /// <summary>The level the node sits on.</summary>
    public CriteriaLevel Level => _level ?? throw new InvalidOperationException($"Criterion '{Key}' does not belong to an edition yet.");

    /// <summary>Keys from the top down, joined with '.'.</summary>
    public string KeyPath { get; private set; }

    /// <summary>Position code such as <c>1.(一).2.(3)</c>.</summary>
    public string Code { get; private set; }

    /// <summary>The node's number in its level's style: 構面一, (一), 1., (1), 一、 …</summary>
    public string Label { get; private set; }

    /// <summary>Label and title as a document prints them: <c>1.提升服務及時性</c>, <c>構面一：基礎服務</c>.</summary>
    public string Heading => CriteriaRules.Heading(Level.Numbering, Label, Title);

    /// <summary>Whether the node has no children.</summary>
    public bool IsLeaf => Children.Count == 0;

    /// <summary>The top-level ancestor (the dimension in the 111–112 framework), or the node itself.</summary>
    public Criterion Root
    {
        get
        {
            Criterion node = this;
            while (node.Parent is not null)
            {
                node = node.Parent;
            }

            return node;
        }
    }

    /// <summary>The node and all nodes below it, in document order.</summary>
    public IEnumerable<Criterion> DescendantsAndSelf()
    {
        yield return this;
        foreach (Criterion child in Children)
        {
            foreach (Criterion node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }

    /// <summary>Whether <paramref name="other"/> is this node or below it.</summary>
    /// <param name="other">The node looked for among this node and everything below it.</param>
    public bool Contains(Criterion other)
    {
        for (Criterion? node = other; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, this))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The JSON path of the node in its criteria file.</summary>
    internal string JsonPath
    {
        get
        {
            string own = string.Format(CultureInfo.InvariantCulture, "[{0}]", Position - 1);
            return Parent is null ? "$.nodes" + own : Parent.JsonPath + ".children" + own;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Code + " " + Title;

    internal void Attach(CriteriaEdition edition, Criterion? parent, int position)
    {
        if (Edition is not null)
        {
            throw new InvalidOperationException($"Criterion '{KeyPath}' already belongs to edition '{Edition.Id}'.");
        }

        int depth = parent is null ? 0 : parent.Depth + 1;
        if (depth >= edition.Levels.Count)
        {
            throw new ArgumentException($"Criterion '{Key}' is at depth {depth + 1}, but edition '{edition.Id}' defines only {edition.Levels.Count} levels.");
        }

        Edition = edition;
        Parent = parent;
        Position = position;
        Depth = depth;
        _level = edition.Levels[depth];
        KeyPath = parent is null ? Key : parent.KeyPath + "." + Key;
        string token = Numberer.CodeToken(_level.Numbering, position);
        Code = parent is null ? token : parent.Code + "." + token;
        Label = Numberer.Label(_level.Numbering, position, _level.Name);
        for (int i = 0; i < Children.Count; i++)
        {
            Children[i].Attach(edition, this, i + 1);
        }
    }
}

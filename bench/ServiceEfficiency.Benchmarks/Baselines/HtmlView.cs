using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Benchmarks.Baselines;

// The view's members are the names the HTML template reads (docs/templates.md, "The model", describes each); they
// are public only because Fluid reads public properties. Documenting each again would repeat those docs.
#pragma warning disable CS1591

/// <summary>
/// What the HTML template uses of a document, built directly from the domain model with the rules of the
/// Templates library's (internal) template model and its default options: section headings, the flattened
/// numbered points, table headings and captions, the criteria groups that start at each row, figures under
/// the results. The two baselines render from it; building it is part of what they measure, as building
/// the Scriban model is part of what the real renderer's time includes.
/// </summary>
public sealed class HtmlDocumentView
{
    // The baselines print what the default templates print: the figures line only when RenderOptions asks for it.
    private static readonly bool PrintsFigures = new ServiceEfficiency.Templates.RenderOptions().IncludeFigures;

    public string Kind { get; init; } = string.Empty;
    public string Title { get; init; } = string.Empty;
    public HtmlIssuedView? Issued { get; init; }
    public IReadOnlyList<HtmlSectionView> Sections { get; init; } = Array.Empty<HtmlSectionView>();
    public IReadOnlyList<HtmlTableView> Tables { get; init; } = Array.Empty<HtmlTableView>();

    /// <summary>Builds the view of <paramref name="document"/>.</summary>
    public static HtmlDocumentView Build(ServiceDocument document, CriteriaEdition edition)
    {
        var tables = new List<HtmlTableView>(document.Tables.Count);
        for (int i = 0; i < document.Tables.Count; i++)
        {
            tables.Add(Table(document.Tables[i], i + 1, document.Kind, edition));
        }

        var sections = new List<HtmlSectionView>();
        if (document is ImplementationPlan plan)
        {
            bool hasStrategies = plan.Sections.Strategies is not null;
            foreach (PlanSectionKind kind in (PlanSectionKind[])Enum.GetValues(typeof(PlanSectionKind)))
            {
                PlanSection? section = plan.Sections.Get(kind);
                if (section is null && !(kind == PlanSectionKind.Strategies && !hasStrategies && tables.Count > 0))
                {
                    continue;
                }

                sections.Add(Section(kind, section, kind == PlanSectionKind.Strategies ? tables : Array.Empty<HtmlTableView>()));
            }
        }

        return new HtmlDocumentView
        {
            Kind = document.Kind == DocumentKind.Plan ? "plan" : "results",
            Title = document.Title,
            Issued = document.Issued is null ? null : new HtmlIssuedView { Text = document.Issued.ToString() },
            Sections = sections,
            Tables = tables,
        };
    }

    private static HtmlSectionView Section(PlanSectionKind kind, PlanSection? section, IReadOnlyList<HtmlTableView> tables)
    {
        string label = section?.Label ?? Numberer.Label(NumberingStyle.CapitalChineseComma, (int)kind + 1);
        string? title = section is null ? kind.Title() : section.Title;
        var lines = new List<HtmlLineView>();
        if (section is BasisSection basis)
        {
            foreach (DocumentReference reference in basis.References)
            {
                lines.Add(new HtmlLineView(0, reference.Label + reference.ToString()));
            }
        }

        if (section is not null)
        {
            Flatten(section.Content, 0, lines);
        }

        if (title is null && lines.Count > 0)
        {
            lines[0] = new HtmlLineView(0, label + lines[0].Content); // 捌、本計畫如有未盡事宜…
        }

        return new HtmlSectionView
        {
            Kind = kind.JsonName(),
            Label = label,
            Heading = title is null ? null : label + title,
            Lines = lines,
            Tables = tables,
        };
    }

    private static HtmlTableView Table(StrategyTable table, int index, DocumentKind kind, CriteriaEdition edition)
    {
        Criterion? node = table.Criterion is null ? null : edition.Resolve(table.Criterion);
        string number = index.ToString(CultureInfo.InvariantCulture);
        string heading = node is null
            ? table.Title ?? "表" + number
            : node.Heading + (node.Points is int points ? "（" + points.ToString(CultureInfo.InvariantCulture) + "分）" : string.Empty);
        IReadOnlyList<TableColumn> columns = table.Columns.Count > 0 ? table.Columns : DefaultColumns(kind);
        ColumnRole? figureRole = columns.Any(c => c.Role == ColumnRole.Results) ? ColumnRole.Results
            : columns.Any(c => c.Role == ColumnRole.Actions) ? ColumnRole.Actions
            : columns.Any(c => c.Role == ColumnRole.Method) ? ColumnRole.Method
            : null;

        var rows = new List<HtmlRowView>(table.Entries.Count);
        IReadOnlyList<Criterion> previous = Array.Empty<Criterion>();
        foreach (StrategyEntry entry in table.Entries)
        {
            Criterion? entryNode = edition.Resolve(entry.Criterion);
            IReadOnlyList<Criterion> chain = entryNode is null ? Array.Empty<Criterion>() : Ancestors(entryNode, node);
            int same = 0;
            while (same < chain.Count && same < previous.Count && ReferenceEquals(chain[same], previous[same]))
            {
                same++;
            }

            var groups = chain.Skip(same).Select(g => new HtmlGroupView(g.Depth, g.Heading)).ToList();
            if (entryNode is not null)
            {
                previous = chain;
            }

            string strategy = !string.IsNullOrWhiteSpace(entry.Strategy) ? entry.Strategy! : entryNode?.Heading ?? entry.Criterion;
            var cells = new List<HtmlCellView>(columns.Count);
            foreach (TableColumn column in columns)
            {
                var lines = new List<HtmlLineView>();
                string? text = null;
                switch (column.Role)
                {
                    case ColumnRole.Strategy: text = strategy; break;
                    case ColumnRole.LeadUnits: text = string.Join("、", entry.LeadUnits); break;
                    case ColumnRole.Method: Flatten(entry.Method, 0, lines); break;
                    case ColumnRole.Actions: Flatten(entry.Actions, 0, lines); break;
                    case ColumnRole.Results: Flatten(entry.Results, 0, lines); break;
                }

                bool withFigures = PrintsFigures && column.Role == figureRole && entry.Figures.Count > 0;
                cells.Add(new HtmlCellView
                {
                    IsHeader = column.Role == ColumnRole.Strategy,
                    Groups = column.Role == ColumnRole.Strategy ? groups : Array.Empty<HtmlGroupView>(),
                    Text = text,
                    Lines = lines,
                    Figures = withFigures ? entry.Figures.Select(f => new HtmlFigureView(f.ToString())).ToList() : Array.Empty<HtmlFigureView>(),
                });
            }

            rows.Add(new HtmlRowView(cells));
        }

        return new HtmlTableView
        {
            Id = "table-" + number,
            Heading = heading,
            Caption = "表" + number + "　" + heading,
            Columns = columns.Select(c => new HtmlColumnView(RoleName(c.Role), c.Title)).ToList(),
            Rows = rows,
        };
    }

    private static IReadOnlyList<Criterion> Ancestors(Criterion entry, Criterion? table)
    {
        var chain = new List<Criterion>();
        for (Criterion? n = entry.Parent; n is not null; n = n.Parent)
        {
            if (table is null ? n.Parent is null : n.Contains(table))
            {
                break;
            }

            chain.Add(n);
        }

        chain.Reverse();
        return chain;
    }

    private static IReadOnlyList<TableColumn> DefaultColumns(DocumentKind kind) => new[]
    {
        new TableColumn(ColumnRole.Strategy, "執行策略"),
        new TableColumn(ColumnRole.LeadUnits, "主辦單位"),
        kind == DocumentKind.Plan ? new TableColumn(ColumnRole.Actions, "具體推動作法") : new TableColumn(ColumnRole.Results, "執行績效與成果"),
    };

    private static string RoleName(ColumnRole role) => role switch
    {
        ColumnRole.Strategy => "strategy",
        ColumnRole.LeadUnits => "lead_units",
        ColumnRole.Method => "method",
        ColumnRole.Actions => "actions",
        ColumnRole.Results => "results",
        _ => role.ToString().ToLowerInvariant(),
    };

    private static void Flatten(IReadOnlyList<ContentBlock> blocks, int depth, List<HtmlLineView> lines)
    {
        foreach (ContentBlock block in blocks)
        {
            lines.Add(new HtmlLineView(Math.Min(depth, 3), block.Label + block.Text));
            Flatten(block.Points, depth + 1, lines);
        }
    }
}

public sealed class HtmlIssuedView
{
    public string Text { get; init; } = string.Empty;
}

public sealed class HtmlSectionView
{
    public string Kind { get; init; } = string.Empty;
    public string Label { get; init; } = string.Empty;
    public string? Heading { get; init; }
    public IReadOnlyList<HtmlLineView> Lines { get; init; } = Array.Empty<HtmlLineView>();
    public IReadOnlyList<HtmlTableView> Tables { get; init; } = Array.Empty<HtmlTableView>();
}

public sealed class HtmlTableView
{
    public string Id { get; init; } = string.Empty;
    public string Heading { get; init; } = string.Empty;
    public string Caption { get; init; } = string.Empty;
    public IReadOnlyList<HtmlColumnView> Columns { get; init; } = Array.Empty<HtmlColumnView>();
    public IReadOnlyList<HtmlRowView> Rows { get; init; } = Array.Empty<HtmlRowView>();
}

public sealed class HtmlCellView
{
    public bool IsHeader { get; init; }
    public IReadOnlyList<HtmlGroupView> Groups { get; init; } = Array.Empty<HtmlGroupView>();
    public string? Text { get; init; }
    public IReadOnlyList<HtmlLineView> Lines { get; init; } = Array.Empty<HtmlLineView>();
    public IReadOnlyList<HtmlFigureView> Figures { get; init; } = Array.Empty<HtmlFigureView>();
}

public sealed record HtmlLineView(int Level, string Content);

public sealed record HtmlColumnView(string Role, string Title);

public sealed record HtmlGroupView(int Depth, string Heading);

public sealed record HtmlFigureView(string Text);

public sealed record HtmlRowView(IReadOnlyList<HtmlCellView> Cells);

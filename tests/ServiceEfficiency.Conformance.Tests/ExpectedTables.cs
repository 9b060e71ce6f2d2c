using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>
/// The tables a rendered document must hold, worked out from the source document and its edition (not from the
/// renderer's template model), cell by cell as a reader sees them (docs/templates.md, DefaultTemplates/*/_table.sbn):
/// <list type="bullet">
/// <item>caption: 表N　heading, the heading being the table's criterion (構面一、…) or its own title;</item>
/// <item>header row: the column titles (the table's columns, or the default columns of the document kind);</item>
/// <item>strategy cell: the headings of the criteria the row sits under, below the table's criterion, that the row
/// before did not already show ((一)…, 1.…), then the row's strategy (its criterion's heading when it has none);</item>
/// <item>lead-unit cell: the lead units joined by 、;</item>
/// <item>method, actions and results cells: one line per content block, label then text, depth first;</item>
/// <item>with the figures line, under the results (or the actions, or the method, without one): 量化成果：figure、figure.</item>
/// </list>
/// Each cell is its lines joined by newlines; an empty cell is the empty string.
/// </summary>
public static class ExpectedTables
{
    /// <summary>The expected tables of <paramref name="document"/> rendered with or without the figures line (no other options).</summary>
    /// <param name="document">The source document.</param>
    /// <param name="edition">Its criteria edition.</param>
    /// <param name="includeFigures">Whether it was rendered with <c>RenderOptions.IncludeFigures</c>.</param>
    public static IReadOnlyList<DocxTable> Of(ServiceDocument document, CriteriaEdition edition, bool includeFigures)
    {
        var tables = new List<DocxTable>();
        for (int i = 0; i < document.Tables.Count; i++)
        {
            tables.Add(Table(document, edition, document.Tables[i], i + 1, includeFigures));
        }

        return tables;
    }

    private static DocxTable Table(ServiceDocument document, CriteriaEdition edition, StrategyTable table, int index, bool includeFigures)
    {
        Criterion? tableNode = table.Criterion is null ? null : edition.Resolve(table.Criterion);
        string heading = tableNode is null ? table.Title ?? TableHeading.Numbered(index) : TableHeading.Of(tableNode);
        IReadOnlyList<TableColumn> columns = table.Columns.Count > 0 ? table.Columns : DefaultColumns.For(document.Kind);
        ColumnRole? figuresUnder = new[] { ColumnRole.Results, ColumnRole.Actions, ColumnRole.Method }
            .Cast<ColumnRole?>()
            .FirstOrDefault(role => columns.Any(c => c.Role == role));

        var rows = new List<IReadOnlyList<string>> { columns.Select(c => c.Title).ToList() };
        IReadOnlyList<Criterion> shown = Array.Empty<Criterion>();
        foreach (StrategyEntry entry in table.Entries)
        {
            Criterion? node = edition.Resolve(entry.Criterion);
            IReadOnlyList<Criterion> above = node is null ? Array.Empty<Criterion>() : Above(node, tableNode);
            int shared = 0;
            while (shared < above.Count && shared < shown.Count && ReferenceEquals(above[shared], shown[shared]))
            {
                shared++;
            }

            List<string> groups = above.Skip(shared).Select(g => g.Heading).ToList();
            if (node is not null)
            {
                shown = above;
            }

            rows.Add(columns.Select(column =>
            {
                var lines = new List<string>();
                switch (column.Role)
                {
                    case ColumnRole.Strategy:
                        lines.AddRange(groups);
                        lines.Add(!string.IsNullOrWhiteSpace(entry.Strategy) ? entry.Strategy! : node?.Heading ?? entry.Criterion);
                        break;
                    case ColumnRole.LeadUnits: lines.Add(string.Join("、", entry.LeadUnits)); break;
                    case ColumnRole.Method: Flatten(entry.Method, lines); break;
                    case ColumnRole.Actions: Flatten(entry.Actions, lines); break;
                    case ColumnRole.Results: Flatten(entry.Results, lines); break;
                }

                if (includeFigures && column.Role == figuresUnder && entry.Figures.Count > 0)
                {
                    lines.Add("量化成果：" + string.Join("、", entry.Figures.Select(f => f.ToString())));
                }

                return string.Join("\n", lines);
            }).ToList());
        }

        return new DocxTable(TableHeading.Caption(index, heading), rows);
    }

    /// <summary>The criteria above <paramref name="node"/>, top first, below the table's criterion (or below the dimension when the table has none).</summary>
    private static IReadOnlyList<Criterion> Above(Criterion node, Criterion? tableNode)
    {
        var above = new List<Criterion>();
        for (Criterion? parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (tableNode is null ? parent.Parent is null : parent.Contains(tableNode))
            {
                break;
            }

            above.Insert(0, parent);
        }

        return above;
    }

    private static void Flatten(IReadOnlyList<ContentBlock> blocks, List<string> lines)
    {
        foreach (ContentBlock block in blocks)
        {
            lines.Add(block.Label + block.Text);
            Flatten(block.Points, lines);
        }
    }
}

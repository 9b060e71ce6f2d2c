using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Templates;

/// <summary>
/// Builds the template model: read-only <see cref="ModelObject"/> projections of a document and
/// its edition, with what every format needs worked out once here (headings, the nested group
/// labels of each row, flattened numbered points, column titles) so the templates stay simple.
/// </summary>
/// <remarks>docs/templates.md lists every name templates see.</remarks>
internal static class TemplateModel
{
    public static ModelObject Document(ServiceDocument document, CriteriaEdition edition, RenderOptions options)
    {
        var tables = new List<object?>();
        if (options.IncludeTables)
        {
            for (int i = 0; i < document.Tables.Count; i++)
            {
                tables.Add(Table(document.Tables[i], i + 1, document, edition, options));
            }
        }

        var sections = new List<object?>();
        if (document is ImplementationPlan plan)
        {
            bool hasStrategies = plan.Sections.Strategies is not null;
            foreach (PlanSectionKind kind in Enum.GetValues(typeof(PlanSectionKind)).Cast<PlanSectionKind>())
            {
                if (options.Sections is not null && !options.Sections.Contains(kind))
                {
                    continue;
                }

                PlanSection? section = plan.Sections.Get(kind);
                if (section is null && !(kind == PlanSectionKind.Strategies && !hasStrategies && tables.Count > 0))
                {
                    continue; // a plan with tables but no 肆 section still shows its tables where 肆 belongs
                }

                sections.Add(Section(kind, section, kind == PlanSectionKind.Strategies ? tables : new List<object?>()));
            }
        }

        Agency agency = document.Agency;
        return new ModelObject()
            .With("kind", document.Kind == DocumentKind.Plan ? "plan" : "results")
            .With("kind_title", StandardTitle.KindTitle(document.Kind))
            .With("title", document.Title)
            .With("standard_title", StandardTitle.Of(document))
            .With("year", document.Year)
            .With("edition_id", document.EditionId)
            .With("agency", new ModelObject()
                .With("name", agency.Name)
                .With("parent", agency.Parent)
                .With("level", agency.Level.ToString().ToLowerInvariant())
                .With("units", List(agency.Units.Select(u => (object?)new ModelObject()
                    .With("name", u.Name)
                    .With("abbreviation", u.Abbreviation)
                    .With("collective", u.IsCollective)
                    .Freeze())))
                .Freeze())
            .With("issued", document.Issued is null ? null : Reference(document.Issued))
            .With("sections", new ModelArray(sections))
            .With("tables", new ModelArray(tables))
            .With("edition", new ModelObject()
                .With("id", edition.Id)
                .With("title", edition.Title)
                .With("total_points", edition.TotalPoints)
                .With("years", List(edition.Years.Select(y => (object?)y)))
                .Freeze())
            .Freeze();
    }

    private static ModelObject Section(PlanSectionKind kind, PlanSection? section, List<object?> tables)
    {
        string label = section?.Label ?? SectionLabels.Label(kind);
        string? title = section is null ? SectionLabels.Title(kind) : section.Title;
        var lines = new List<object?>();
        if (section is BasisSection basis)
        {
            foreach (DocumentReference reference in basis.References)
            {
                lines.Add(Line(reference.Label, reference.ToString(), 0));
            }
        }

        if (section is not null)
        {
            Flatten(section.Content, 0, lines);
        }

        // A section without a title (捌、本計畫如有未盡事宜…) prints its label before its first paragraph.
        string? leadLabel = title is null ? label : null;
        if (leadLabel is not null && lines.Count > 0 && lines[0] is ModelObject first)
        {
            lines[0] = Line(leadLabel + (first["label"] as string), (string)first["text"]!, 0);
        }

        return new ModelObject()
            .With("kind", kind.JsonName())
            .With("label", label)
            .With("title", title)
            .With("heading", title is null ? null : label + title)
            .With("lines", new ModelArray(lines))
            .With("references", section is BasisSection b ? List(b.References.Select(r => (object?)Reference(r))) : new ModelArray(Array.Empty<object?>()))
            .With("is_strategies", kind == PlanSectionKind.Strategies)
            .With("tables", new ModelArray(tables))
            .Freeze();
    }

    private static ModelObject Table(StrategyTable table, int index, ServiceDocument document, CriteriaEdition edition, RenderOptions options)
    {
        Criterion? node = table.Criterion is null ? null : edition.Resolve(table.Criterion);
        string heading = node is null ? table.Title ?? TableHeading.Numbered(index) : TableHeading.Of(node);

        IReadOnlyList<TableColumn> columns = table.Columns.Count > 0 ? table.Columns : DefaultColumns.For(document.Kind);
        var columnObjects = columns.Select(c => (object?)new ModelObject()
            .With("role", RoleName(c.Role))
            .With("title", options.ColumnTitles.TryGetValue(c.Role, out string? title) ? title : c.Title)
            .With("is_header", c.Role == ColumnRole.Strategy)
            .Freeze()).ToList();

        // Figures go under the results, or under the planned actions of a plan without a results column.
        ColumnRole? figureRole = columns.Any(c => c.Role == ColumnRole.Results) ? ColumnRole.Results
            : columns.Any(c => c.Role == ColumnRole.Actions) ? ColumnRole.Actions
            : columns.Any(c => c.Role == ColumnRole.Method) ? ColumnRole.Method
            : null;

        var rows = new List<object?>();
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

            var groups = chain.Skip(same).Select(g => (object?)new ModelObject()
                .With("label", g.Label)
                .With("title", g.Title)
                .With("heading", g.Heading)
                .With("points", g.Points)
                .With("depth", g.Depth)
                .Freeze()).ToList();
            if (entryNode is not null)
            {
                previous = chain;
            }

            string strategy = !string.IsNullOrWhiteSpace(entry.Strategy) ? entry.Strategy! : entryNode?.Heading ?? entry.Criterion;
            // row.figures are always the entry's figures; cell.figures, the line the default templates print, only when asked for.
            var figures = entry.Figures.Select(f => (object?)Figure(f)).ToList();
            var cells = new List<object?>();
            foreach (TableColumn column in columns)
            {
                var lines = new List<object?>();
                string? text = null;
                switch (column.Role)
                {
                    case ColumnRole.Strategy: text = strategy; break;
                    case ColumnRole.LeadUnits: text = string.Join("、", entry.LeadUnits); break;
                    case ColumnRole.Method: Flatten(entry.Method, 0, lines); break;
                    case ColumnRole.Actions: Flatten(entry.Actions, 0, lines); break;
                    case ColumnRole.Results: Flatten(entry.Results, 0, lines); break;
                }

                bool withFigures = options.IncludeFigures && column.Role == figureRole && figures.Count > 0;
                cells.Add(new ModelObject()
                    .With("role", RoleName(column.Role))
                    .With("is_header", column.Role == ColumnRole.Strategy)
                    .With("groups", new ModelArray(column.Role == ColumnRole.Strategy ? groups : new List<object?>()))
                    .With("text", text)
                    .With("units", new ModelArray(column.Role == ColumnRole.LeadUnits ? entry.LeadUnits.Select(u => (object?)u) : Array.Empty<object?>()))
                    .With("lines", new ModelArray(lines))
                    .With("figures", new ModelArray(withFigures ? figures : new List<object?>()))
                    .With("is_empty", text is null ? lines.Count == 0 && !withFigures : text.Length == 0)
                    .Freeze());
            }

            rows.Add(new ModelObject()
                .With("criterion", entry.Criterion)
                .With("code", entryNode?.Code)
                .With("strategy", strategy)
                .With("groups", new ModelArray(groups))
                .With("lead_units", List(entry.LeadUnits.Select(u => (object?)u)))
                .With("figures", new ModelArray(figures))
                .With("states_no_quantity", entry.StatesNoQuantity)
                .With("cells", new ModelArray(cells))
                .Freeze());
        }

        return new ModelObject()
            .With("index", index)
            .With("id", "table-" + index.ToString(CultureInfo.InvariantCulture))
            .With("heading", heading)
            .With("caption", TableHeading.Caption(index, heading))
            .With("title", table.Title)
            .With("criterion", node is null ? null : new ModelObject()
                .With("label", node.Label).With("title", node.Title).With("heading", node.Heading).With("points", node.Points).With("code", node.Code).Freeze())
            .With("columns", new ModelArray(columnObjects))
            .With("column_count", columns.Count)
            .With("rows", new ModelArray(rows))
            .Freeze();
    }

    /// <summary>The ancestors of <paramref name="entry"/> below the table's criterion, top first: the (一) and 1. a row sits under.</summary>
    private static IReadOnlyList<Criterion> Ancestors(Criterion entry, Criterion? table)
    {
        var chain = new List<Criterion>();
        for (Criterion? n = entry.Parent; n is not null; n = n.Parent)
        {
            if (table is null ? n.Parent is null : n.Contains(table))
            {
                break; // the table's own criterion (or, without one, the dimension) is the table heading
            }

            chain.Add(n);
        }

        chain.Reverse();
        return chain;
    }

    private static string RoleName(ColumnRole role) => role switch
    {
        ColumnRole.Strategy => "strategy",
        ColumnRole.LeadUnits => "lead_units",
        ColumnRole.Method => "method",
        ColumnRole.Actions => "actions",
        ColumnRole.Results => "results",
        _ => role.ToString().ToLowerInvariant(),
    };

    private static void Flatten(IReadOnlyList<ContentBlock> blocks, int depth, List<object?> lines)
    {
        foreach (ContentBlock block in blocks)
        {
            lines.Add(Line(block.Label, block.Text, depth));
            Flatten(block.Points, depth + 1, lines);
        }
    }

    private static ModelObject Line(string? label, string text, int depth) => new ModelObject()
        .With("label", label)
        .With("text", text)
        .With("content", label + text)
        .With("depth", depth)
        .With("level", Math.Min(depth, 3)) // styles exist for four levels; deeper points share the last
        .With("numbered", label is not null)
        .Freeze();

    internal static ModelObject Figure(Figure figure) => new ModelObject()
        .With("value", figure.Value)
        .With("unit", figure.Unit)
        .With("label", figure.Label)
        .With("formatted", figure.FormattedValue)
        .With("amount", FigureFormat.Amount(figure))
        .With("text", figure.ToString())
        .With("approximate", figure.IsApproximate)
        .With("at_least", figure.IsAtLeast)
        .With("at_most", figure.IsAtMost)
        .With("printed", figure.Text)
        .Freeze();

    private static ModelObject Reference(DocumentReference reference) => new ModelObject()
        .With("label", reference.Label)
        .With("issuer", reference.Issuer)
        .With("date", reference.Date is RocDate date ? Date(date) : null)
        .With("document_number", reference.DocumentNumber)
        .With("text", reference.ToString())
        .Freeze();

    internal static ModelObject Date(RocDate date) => new ModelObject()
        .With("year", date.Year)
        .With("month", date.Month)
        .With("day", date.Day)
        .With("text", date.ToString())
        .With("long_text", date.ToLongString())
        .Freeze();

    private static ModelArray List(IEnumerable<object?> items) => new(items);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Text;
using static ServiceEfficiency.Serialization.JsonSourceMap;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The inverse of <see cref="DocumentLoader"/>'s mapping: a document → the DTOs the loader reads, so
/// the format has one description (DocumentDtos.cs) for reading and writing. Each value is checked
/// with the JSON path the loader would report for it (<see cref="WritableText"/>).
/// </summary>
/// <remarks>
/// Which empty lists are written: the required ones (<c>units</c>, <c>tables</c>, <c>columns</c>,
/// <c>entries</c>, <c>rules</c>, <c>roles</c>) always; of an entry, <c>leadUnits</c>, <c>method</c>,
/// <c>actions</c> and <c>results</c> whenever its table has that column (the cells to fill); a present
/// section's <c>content</c> (<c>references</c> for 計畫依據) always; every other empty list, and every
/// false flag, is left out. Each rule depends only on the model, so writing is a fixed point.
/// </remarks>
internal static class DocumentToDto
{
    public static DocumentDto Map(ServiceDocument document, string schema)
    {
        const string root = "$";
        var dto = new DocumentDto
        {
            Schema = schema,
            Kind = Name(Choices.Kind, document.Kind, Property(root, "kind")),
            Edition = WritableText.Required(document.EditionId, Property(root, "edition")),
            Year = document.Year,
            Title = WritableText.Required(document.Title, Property(root, "title")),
            Agency = MapAgency(WritableText.Present(document.Agency, Property(root, "agency")), Property(root, "agency")),
            Issued = document.Issued is null ? null : MapReference(document.Issued, Property(root, "issued")),
            Tables = Each(document.Tables, Property(root, "tables"), MapTable),
        };

        if (document is ImplementationPlan { Sections: { } sections })
        {
            dto.Sections = MapSections(sections, Property(root, "sections"));
        }

        return dto;
    }

    private static AgencyDto MapAgency(Agency agency, string path) => new()
    {
        Name = WritableText.Required(agency.Name, Property(path, "name")),
        Parent = WritableText.Optional(agency.Parent, Property(path, "parent")),
        Level = Name(Choices.Level, agency.Level, Property(path, "level")),
        Units = Each(agency.Units, Property(path, "units"), (unit, unitPath) => new UnitDto
        {
            Name = WritableText.Required(unit.Name, Property(unitPath, "name")),
            Abbreviation = WritableText.Optional(unit.Abbreviation, Property(unitPath, "abbreviation")),
            Collective = unit.IsCollective ? true : null,
        }),
    };

    private static ReferenceDto MapReference(DocumentReference reference, string path) => new()
    {
        Label = WritableText.Optional(reference.Label, Property(path, "label")),
        Issuer = WritableText.Optional(reference.Issuer, Property(path, "issuer")),
        Date = reference.Date?.ToString(),
        DocumentNumber = WritableText.Optional(reference.DocumentNumber, Property(path, "documentNumber")),
        Text = WritableText.Optional(reference.Text, Property(path, "text")),
    };

    private static SectionsDto? MapSections(PlanSections sections, string path)
    {
        var dto = new SectionsDto
        {
            Basis = sections.Basis is not { } basis ? null : new BasisSectionDto
            {
                Label = WritableText.Optional(basis.Label, Property(Property(path, "basis"), "label")),
                Title = WritableText.Optional(basis.Title, Property(Property(path, "basis"), "title")),
                References = Each(basis.References, Property(Property(path, "basis"), "references"), MapReference),
            },
            Goals = MapSection(sections.Goals, Property(path, "goals")),
            Participants = MapSection(sections.Participants, Property(path, "participants")),
            Strategies = MapSection(sections.Strategies, Property(path, "strategies")),
            Steps = MapSection(sections.Steps, Property(path, "steps")),
            Assessment = MapSection(sections.Assessment, Property(path, "assessment")),
            Rewards = sections.Rewards is not { } rewards ? null : new RewardsSectionDto
            {
                Label = WritableText.Optional(rewards.Label, Property(Property(path, "rewards"), "label")),
                Title = WritableText.Optional(rewards.Title, Property(Property(path, "rewards"), "title")),
                Content = MapContent(rewards.Content, Property(Property(path, "rewards"), "content")),
                CommendationPolicy = rewards.CommendationPolicy is null ? null : MapPolicy(rewards.CommendationPolicy, Property(Property(path, "rewards"), "commendationPolicy")),
            },
            Closing = MapSection(sections.Closing, Property(path, "closing")),
        };

        // A plan without sections loads as one whose sections are all missing: write neither.
        bool none = dto.Basis is null && dto.Goals is null && dto.Participants is null && dto.Strategies is null
            && dto.Steps is null && dto.Assessment is null && dto.Rewards is null && dto.Closing is null;
        return none ? null : dto;
    }

    private static SectionDto? MapSection(PlanSection? section, string path) => section is null ? null : new SectionDto
    {
        Label = WritableText.Optional(section.Label, Property(path, "label")),
        Title = WritableText.Optional(section.Title, Property(path, "title")),
        Content = MapContent(section.Content, Property(path, "content")),
    };

    private static PolicyDto MapPolicy(CommendationPolicy policy, string path) => new()
    {
        HighestOnly = policy.HighestOnly ? true : null,
        Rules = Each(policy.Rules, Property(path, "rules"), (rule, rulePath) => new RuleDto
        {
            Label = WritableText.Optional(rule.Label, Property(rulePath, "label")),
            Outcome = rule.Outcome is { } outcome ? Name(Choices.Outcome, outcome, Property(rulePath, "outcome")) : null,
            Roles = EachValue(rule.Roles, Property(rulePath, "roles"), (role, rolePath) => (string?)Name(Choices.Role, role, rolePath)),
            Commendation = new CommendationDto
            {
                Kind = Name(Choices.Commendation, rule.Commendation.Kind, Property(Property(rulePath, "commendation"), "kind")),
                Count = rule.Commendation.Count,
            },
            UpTo = rule.UpTo ? true : null,
            Text = WritableText.Optional(rule.Text, Property(rulePath, "text")),
        }),
    };

    private static TableDto MapTable(StrategyTable table, string path)
    {
        var roles = new HashSet<ColumnRole>();
        List<ColumnDto?> columns = Each(table.Columns, Property(path, "columns"), (column, columnPath) =>
        {
            roles.Add(column.Role);
            return new ColumnDto
            {
                Role = Name(Choices.Column, column.Role, Property(columnPath, "role")),
                Title = WritableText.Required(column.Title, Property(columnPath, "title")),
            };
        });

        return new TableDto
        {
            Title = WritableText.Optional(table.Title, Property(path, "title")),
            Criterion = WritableText.Optional(table.Criterion, Property(path, "criterion")),
            Columns = columns,
            Entries = Each(table.Entries, Property(path, "entries"), (entry, entryPath) => MapEntry(entry, entryPath, roles)),
        };
    }

    private static EntryDto MapEntry(StrategyEntry entry, string path, HashSet<ColumnRole> columns) => new()
    {
        Criterion = WritableText.Required(entry.Criterion, Property(path, "criterion")),
        Strategy = WritableText.Optional(entry.Strategy, Property(path, "strategy")),
        LeadUnits = Cells(EachValue(entry.LeadUnits, Property(path, "leadUnits"), (unit, unitPath) => (string?)WritableText.Required(unit, unitPath)), columns.Contains(ColumnRole.LeadUnits)),
        Method = Cells(MapContent(entry.Method, Property(path, "method")), columns.Contains(ColumnRole.Method)),
        Actions = Cells(MapContent(entry.Actions, Property(path, "actions")), columns.Contains(ColumnRole.Actions)),
        Results = Cells(MapContent(entry.Results, Property(path, "results")), columns.Contains(ColumnRole.Results)),
        Figures = MapFigures(entry, Property(path, "figures")),
    };

    // "none" for a row that states no quantity; otherwise the figures, left out when there are none. A
    // qualifier or the printed text is written only when set, so that figures without them keep their bytes.
    private static FiguresDto? MapFigures(StrategyEntry entry, string path)
    {
        // StrategyEntry does not let a row that states no quantity have figures.
        if (entry.StatesNoQuantity)
        {
            return new FiguresDto { Word = "none" };
        }

        List<FigureDto?>? items = Optional(Each(entry.Figures, path, (figure, figurePath) => new FigureDto
        {
            Value = figure.Value,
            Unit = WritableText.Required(figure.Unit, Property(figurePath, "unit")),
            Label = WritableText.Required(figure.Label, Property(figurePath, "label")),
            Approximate = figure.IsApproximate ? true : null,
            AtLeast = figure.IsAtLeast ? true : null,
            AtMost = figure.IsAtMost ? true : null,
            Text = WritableText.Optional(figure.Text, Property(figurePath, "text")),
        }));
        return items is null ? null : new FiguresDto { Items = items };
    }

    private static List<BlockDto?> MapContent(IReadOnlyList<ContentBlock>? blocks, string path) =>
        Each(blocks, path, (block, blockPath) =>
        {
            string? label = WritableText.Optional(block.Label, Property(blockPath, "label"));
            List<BlockDto?>? points = Optional(MapContent(block.Points, Property(blockPath, "points")));

            // A paragraph is written as a string, so its text is the value at the block's own path.
            string textPath = label is null && points is null ? blockPath : Property(blockPath, "text");
            return new BlockDto { Label = label, Text = WritableText.Required(block.Text, textPath), Points = points };
        });

    // A list of the cells the table has a column for is written even when empty; otherwise only when not.
    private static List<T>? Cells<T>(List<T> list, bool hasColumn) => hasColumn ? list : Optional(list);

    private static List<T>? Optional<T>(List<T> list) => list.Count == 0 ? null : list;

    private static List<TDto?> Each<T, TDto>(IReadOnlyList<T?>? items, string path, Func<T, string, TDto> map)
        where T : class
        where TDto : class
    {
        var list = new List<TDto?>(items?.Count ?? 0);
        for (int i = 0; items is not null && i < items.Count; i++)
        {
            string itemPath = Index(path, i);
            list.Add(map(WritableText.Present(items[i], itemPath), itemPath));
        }

        return list;
    }

    private static List<TDto> EachValue<T, TDto>(IReadOnlyList<T>? items, string path, Func<T, string, TDto> map)
    {
        var list = new List<TDto>(items?.Count ?? 0);
        for (int i = 0; items is not null && i < items.Count; i++)
        {
            list.Add(map(items[i], Index(path, i)));
        }

        return list;
    }

    // Names come from the loader's own tables, so a value is written under the one name it is read by.
    private static string Name<T>(IReadOnlyDictionary<string, T> names, T value, string path)
        where T : struct, Enum
    {
        foreach (KeyValuePair<string, T> pair in names)
        {
            if (EqualityComparer<T>.Default.Equals(pair.Value, value))
            {
                return pair.Key;
            }
        }

        throw new ArgumentException(Messages.ApiWriteUnknownValue.Format(path, Convert.ToString(value, CultureInfo.InvariantCulture)), "document");
    }
}

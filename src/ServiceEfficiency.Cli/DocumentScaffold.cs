using System;
using System.Linq;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Cli;

/// <summary>
/// A new plan or results document for an edition, with one empty entry per leaf criterion — ready to
/// fill, and loadable as it is. Built with the Model's constructors and written by
/// <see cref="DocumentWriter"/>, so the tool writes no document JSON of its own: the empty
/// <c>leadUnits</c> and <c>actions</c>/<c>results</c> of each entry, and the empty <c>content</c> of each
/// section, are the writer's cells to fill (docs/data-formats.md).
/// </summary>
internal static class DocumentScaffold
{
    public static string Create(CriteriaEdition edition, DocumentKind kind, string agency, AgencyLevel level, int year) =>
        DocumentWriter.ToJson(Build(edition, kind, agency, level, year));

    public static ServiceDocument Build(CriteriaEdition edition, DocumentKind kind, string agency, AgencyLevel level, int year)
    {
        var organisation = new Agency(agency, null, level, Array.Empty<OrganizationUnit>());
        string title = StandardTitle.Of(agency, year, kind);
        StrategyTable[] tables = edition.Nodes.Select(top => Table(top, kind)).ToArray();
        return kind == DocumentKind.Plan
            ? new ImplementationPlan(edition.Id, year, title, organisation, null, Sections(), tables)
            : new ResultsReport(edition.Id, year, title, organisation, null, tables);
    }

    // Every section of a plan, numbered 壹、貳、… in the order the seed plans print them.
    private static PlanSections Sections()
    {
        PlanSection Section(PlanSectionKind kind) => new(SectionLabels.Label(kind), SectionLabels.Title(kind), Array.Empty<ContentBlock>());

        return new PlanSections(
            new BasisSection(SectionLabels.Label(PlanSectionKind.Basis), SectionLabels.Title(PlanSectionKind.Basis), Array.Empty<DocumentReference>()),
            Section(PlanSectionKind.Goals),
            Section(PlanSectionKind.Participants),
            Section(PlanSectionKind.Strategies),
            Section(PlanSectionKind.Steps),
            Section(PlanSectionKind.Assessment),
            new RewardsSection(SectionLabels.Label(PlanSectionKind.Rewards), SectionLabels.Title(PlanSectionKind.Rewards), Array.Empty<ContentBlock>(), null),
            Section(PlanSectionKind.Closing));
    }

    private static StrategyTable Table(Criterion top, DocumentKind kind)
    {
        ColumnRole content = DefaultColumns.ContentRole(kind);
        TableColumn[] columns =
        {
            new(ColumnRole.Strategy, DefaultColumns.Title(ColumnRole.Strategy)),
            new(ColumnRole.LeadUnits, DefaultColumns.Title(ColumnRole.LeadUnits)),
            new(content, DefaultColumns.Title(content)),
        };

        StrategyEntry[] entries = top.DescendantsAndSelf()
            .Where(n => n.IsLeaf)
            .Select(leaf => new StrategyEntry(leaf.KeyPath, null, Array.Empty<string>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<Figure>()))
            .ToArray();
        return new StrategyTable(TableHeading.Of(top), top.KeyPath, columns, entries);
    }
}

using System;
using System.Collections.Generic;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Text;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Building;

/// <summary>
/// Builds an implementation plan (執行計畫): the sections 壹 … 捌 with their standard labels and
/// titles (壹、計畫依據 …), and the strategy tables of 肆、執行策略及具體推動作法 from the edition's
/// criteria, as <see cref="ResultsReportBuilder"/> does for a report.
/// </summary>
public sealed class PlanBuilder : DocumentBuilder<PlanBuilder, ImplementationPlan>
{
    private readonly Dictionary<PlanSectionKind, PlanSection> _sections = new();

    /// <summary>Begins a plan.</summary>
    /// <param name="edition">The criteria edition the plan follows.</param>
    /// <param name="year">The ROC year the plan is for.</param>
    /// <param name="agency">The agency's full name, as in the standard title (經濟部標準檢驗局).</param>
    /// <param name="level">Where the agency stands in the reporting chain, which sets its deadlines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> or <paramref name="agency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not an ROC year, or <paramref name="level"/> is not defined.</exception>
    public PlanBuilder(CriteriaEdition edition, int year, string agency, AgencyLevel level)
        : base(DocumentKind.Plan, edition, year, agency, level)
    {
    }

    /// <summary>
    /// Sets a section of plain text — 貳、計畫目標, 參、實施對象, 肆 (its text before the tables), 伍、實施步驟,
    /// 陸、考核作業 or the closing 捌 — with its standard label and title. Setting it again replaces it.
    /// </summary>
    /// <param name="kind">Which section; 壹 and 柒 have their own methods, <see cref="Basis"/> and <see cref="Rewards"/>.</param>
    /// <param name="paragraphs">The section's paragraphs, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is 壹 or 柒, or a paragraph is empty or white space.</exception>
    public PlanBuilder Section(PlanSectionKind kind, params string[] paragraphs)
    {
        if (kind is PlanSectionKind.Basis or PlanSectionKind.Rewards)
        {
            string method = kind == PlanSectionKind.Basis ? nameof(Basis) : nameof(Rewards);
            throw new ArgumentException(Messages.ApiBuildSectionHasItsOwnMethod.Format(SectionLabels.Heading(kind), method), nameof(kind));
        }

        if (!Enum.IsDefined(typeof(PlanSectionKind), kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        var content = new List<ContentBlock>(BuildArguments.Paragraphs(paragraphs, nameof(paragraphs)));
        _sections[kind] = new PlanSection(SectionLabels.Label(kind), SectionLabels.Title(kind), content);
        return this;
    }

    /// <summary>Sets 壹、計畫依據: the letters and rules the plan follows. Setting it again replaces it.</summary>
    /// <param name="references">The references in printed order (a 函 with its 發文日期 and 字號, or a rule's text).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> or one of them is null.</exception>
    public PlanBuilder Basis(params DocumentReference[] references)
    {
        BuildArguments.NotNull(references, nameof(references));
        if (Array.IndexOf(references, null) >= 0)
        {
            throw new ArgumentNullException(nameof(references));
        }

        _sections[PlanSectionKind.Basis] = new BasisSection(SectionLabels.Label(PlanSectionKind.Basis), SectionLabels.Title(PlanSectionKind.Basis), (DocumentReference[])references.Clone());
        return this;
    }

    /// <summary>Sets 柒、獎勵方式: its paragraphs and the 敘獎原則 they state. Setting it again replaces it.</summary>
    /// <param name="policy">The commendation rules (嘉獎/記功/記一大功 by award outcome and role), or null when the section states none.</param>
    /// <param name="paragraphs">The section's paragraphs, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A paragraph is empty or white space.</exception>
    public PlanBuilder Rewards(CommendationPolicy? policy, params string[] paragraphs)
    {
        var content = new List<ContentBlock>(BuildArguments.Paragraphs(paragraphs, nameof(paragraphs)));
        _sections[PlanSectionKind.Rewards] = new RewardsSection(SectionLabels.Label(PlanSectionKind.Rewards), SectionLabels.Title(PlanSectionKind.Rewards), content, policy);
        return this;
    }

    /// <summary>
    /// Sets every section at once, as the plan prints them (its own labels and titles), replacing any
    /// set before; a section that is null in <paramref name="sections"/> is then absent.
    /// </summary>
    /// <param name="sections">The sections 壹 … 捌.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sections"/> is null.</exception>
    public PlanBuilder Sections(PlanSections sections)
    {
        BuildArguments.NotNull(sections, nameof(sections));
        _sections.Clear();
        foreach (PlanSectionKind kind in (PlanSectionKind[])Enum.GetValues(typeof(PlanSectionKind)))
        {
            if (sections.Get(kind) is PlanSection section)
            {
                _sections[kind] = section;
            }
        }

        return this;
    }

    /// <inheritdoc/>
    public override ImplementationPlan Build()
    {
        var sections = new PlanSections(
            (BasisSection?)Get(PlanSectionKind.Basis),
            Get(PlanSectionKind.Goals),
            Get(PlanSectionKind.Participants),
            Get(PlanSectionKind.Strategies),
            Get(PlanSectionKind.Steps),
            Get(PlanSectionKind.Assessment),
            (RewardsSection?)Get(PlanSectionKind.Rewards),
            Get(PlanSectionKind.Closing));
        return new ImplementationPlan(Edition.Id, Year, BuildTitle(), BuildAgency(), BuildIssued(), sections, BuildTables());
    }

    private PlanSection? Get(PlanSectionKind kind) => _sections.TryGetValue(kind, out PlanSection? section) ? section : null;
}

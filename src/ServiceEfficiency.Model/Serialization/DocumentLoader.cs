using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Figures;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// Loads a plan or a results report (see schemas/document.schema.json) with System.Text.Json.
/// Malformed input never throws: it comes back as located SE1xxx diagnostics.
/// </summary>
public static class DocumentLoader
{
    /// <summary>Loads a document from a file.</summary>
    /// <param name="path">The path of the document JSON file.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<ServiceDocument> LoadFile(string path, JsonLoadOptions? options = null) =>
        JsonLoading.FromFile(path, options, ModelJsonContext.Default.DocumentDto, MapOrNothing, LoadCodes.Document);

    /// <summary>Loads a document from a stream (read to its end, within the size limit).</summary>
    /// <param name="stream">The JSON, read from its current position to its end; it is not closed.</param>
    /// <param name="sourceName">The name diagnostics give the input (usually its file name), or <see langword="null"/> for none.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<ServiceDocument> Load(Stream stream, string? sourceName = null, JsonLoadOptions? options = null) =>
        JsonLoading.FromStream(stream, sourceName, options, ModelJsonContext.Default.DocumentDto, MapOrNothing, LoadCodes.Document);

    /// <summary>
    /// Loads a document from a file, reading it asynchronously; the same limits and the same diagnostics as
    /// <see cref="LoadFile(string, JsonLoadOptions?)"/> (the bytes read take the same path).
    /// </summary>
    /// <param name="path">The path of the document JSON file.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading; it is checked before each read and once more before parsing.</param>
    /// <returns>The load result; malformed, unreadable or too large input is diagnostics in it, never an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/> (thrown at the call, not by the task).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is out of range (thrown at the call).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read and parsed (thrown by the task).</exception>
    public static Task<LoadResult<ServiceDocument>> LoadFileAsync(string path, JsonLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        JsonLoading.FromFileAsync(path, options, ModelJsonContext.Default.DocumentDto, MapOrNothing, LoadCodes.Document, cancellationToken);

    /// <summary>
    /// Loads a document from a stream, reading it asynchronously to its end within the size limit; the same
    /// limits and the same diagnostics as <see cref="Load(Stream, string?, JsonLoadOptions?)"/> (the bytes
    /// read take the same path). At most <see cref="JsonLoadOptions.MaxBytes"/> + 1 bytes are read.
    /// </summary>
    /// <param name="stream">The JSON, read from its current position to its end; it is not closed.</param>
    /// <param name="sourceName">The name diagnostics give the input (usually its file name), or <see langword="null"/> for none.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading; it is checked before each read, passed to the stream, and checked once more before parsing.</param>
    /// <returns>The load result; malformed, unreadable or too large input is diagnostics in it, never an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/> (thrown at the call, not by the task).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is out of range (thrown at the call).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read and parsed (thrown by the task).</exception>
    public static Task<LoadResult<ServiceDocument>> LoadAsync(Stream stream, string? sourceName = null, JsonLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        JsonLoading.FromStreamAsync(stream, sourceName, options, ModelJsonContext.Default.DocumentDto, MapOrNothing, LoadCodes.Document, cancellationToken);

    /// <summary>Loads a document from JSON text.</summary>
    /// <param name="json">The document's JSON text.</param>
    /// <param name="sourceName">The name diagnostics give the input (usually its file name), or <see langword="null"/> for none.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<ServiceDocument> Parse(string json, string? sourceName = null, JsonLoadOptions? options = null) =>
        JsonLoading.FromText(json, sourceName, options, ModelJsonContext.Default.DocumentDto, MapOrNothing, LoadCodes.Document);

    /// <summary>Loads a document from UTF-8 bytes.</summary>
    /// <param name="utf8">The document's JSON as UTF-8 bytes; a byte order mark is allowed.</param>
    /// <param name="sourceName">The name diagnostics give the input (usually its file name), or <see langword="null"/> for none.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<ServiceDocument> Load(byte[] utf8, string? sourceName = null, JsonLoadOptions? options = null) =>
        JsonLoading.FromBytes(utf8, sourceName, options, ModelJsonContext.Default.DocumentDto, MapOrNothing, LoadCodes.Document);

    // A document with errors is not handed out: its diagnostics say what to fix.
    private static ServiceDocument? MapOrNothing(DocumentDto dto, MappingContext context)
    {
        ServiceDocument? document = Map(dto, context);
        return context.HasErrors ? null : document;
    }

    private static ServiceDocument? Map(DocumentDto dto, MappingContext context)
    {
        const string root = "$";
        DocumentKind kind = DocumentKind.Plan;
        bool kindKnown = dto.Kind is null
            ? context.Required(dto.Kind, root, "kind") is not null
            : context.TryChoose(dto.Kind, "$.kind", Choices.Kind, out kind);
        string edition = context.Required(dto.Edition, root, "edition");
        int year = context.RequiredNumber(dto.Year, root, "year");
        if (dto.Year is < 1)
        {
            context.Report(DiagnosticCodes.InvalidValue, "$.year", Messages.SE1004NotRocYear.Format(year));
        }

        string title = context.Required(dto.Title, root, "title");
        AgencyDto? agencyDto = context.Required(dto.Agency, root, "agency");
        Agency? agency = agencyDto is null ? null : MapAgency(agencyDto, "$.agency", context);
        DocumentReference? issued = dto.Issued is null ? null : MapReference(dto.Issued, "$.issued", context);
        List<StrategyTable> tables = context.Each(context.Required(dto.Tables, root, "tables"), "$.tables", (t, path) => MapTable(t, path, context));

        if (!kindKnown || agency is null)
        {
            return null;
        }

        if (kind == DocumentKind.Results)
        {
            if (dto.Sections is not null)
            {
                // Refuse rather than drop: a results report has no plan sections to keep them in.
                context.Report(DiagnosticCodes.InvalidStructure, "$.sections", Messages.SE1002ResultsWithSections.Format());
            }

            return new ResultsReport(edition, year, title, agency, issued, tables);
        }

        PlanSections sections = dto.Sections is null ? new PlanSections() : MapSections(dto.Sections, "$.sections", context);
        return new ImplementationPlan(edition, year, title, agency, issued, sections, tables);
    }

    private static Agency? MapAgency(AgencyDto dto, string path, MappingContext context)
    {
        string name = context.Required(dto.Name, path, "name");
        AgencyLevel level = AgencyLevel.Branch;
        bool levelKnown = dto.Level is null
            ? context.Required(dto.Level, path, "level") is not null
            : context.TryChoose(dto.Level, JsonSourceMap.Property(path, "level"), Choices.Level, out level);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<OrganizationUnit> units = context.Each(context.Required(dto.Units, path, "units"), JsonSourceMap.Property(path, "units"), (u, unitPath) =>
        {
            string unitName = context.Required(u.Name, unitPath, "name");
            if (!seen.Add(unitName))
            {
                context.Report(DiagnosticCodes.InvalidValue, JsonSourceMap.Property(unitPath, "name"), Messages.SE1004DuplicateUnit.Format(unitName));
            }

            if (u.Abbreviation is not null && !seen.Add(u.Abbreviation))
            {
                context.Report(DiagnosticCodes.InvalidValue, JsonSourceMap.Property(unitPath, "abbreviation"), Messages.SE1004DuplicateAbbreviation.Format(u.Abbreviation));
            }

            return new OrganizationUnit(unitName, u.Abbreviation, u.Collective ?? false);
        });
        return levelKnown ? new Agency(name, dto.Parent, level, units) : null;
    }

    private static DocumentReference MapReference(ReferenceDto dto, string path, MappingContext context)
    {
        RocDate? date = null;
        if (dto.Date is not null)
        {
            if (RocDate.TryParse(dto.Date, out RocDate parsed))
            {
                date = parsed;
            }
            else
            {
                context.Report(DiagnosticCodes.InvalidValue, JsonSourceMap.Property(path, "date"), Messages.SE1004NotRocDate.Format(dto.Date));
            }
        }

        return new DocumentReference(dto.Label, dto.Issuer, date, dto.DocumentNumber, dto.Text);
    }

    private static List<ContentBlock> MapContent(List<BlockDto?>? blocks, string path, MappingContext context) =>
        context.Each(blocks, path, (block, blockPath) =>
        {
            string text = context.Required(block.Text, blockPath, "text");
            return new ContentBlock(text, block.Label, MapContent(block.Points, JsonSourceMap.Property(blockPath, "points"), context));
        });

    private static PlanSection? MapSection(SectionDto? dto, string path, MappingContext context) =>
        dto is null ? null : new PlanSection(dto.Label, dto.Title, MapContent(dto.Content, JsonSourceMap.Property(path, "content"), context));

    private static PlanSections MapSections(SectionsDto dto, string path, MappingContext context)
    {
        BasisSection? basis = null;
        if (dto.Basis is not null)
        {
            string basisPath = JsonSourceMap.Property(path, "basis");
            List<DocumentReference> references = context.Each(dto.Basis.References, JsonSourceMap.Property(basisPath, "references"), (r, p) => MapReference(r, p, context));
            basis = new BasisSection(dto.Basis.Label, dto.Basis.Title, references);
        }

        RewardsSection? rewards = null;
        if (dto.Rewards is not null)
        {
            string rewardsPath = JsonSourceMap.Property(path, "rewards");
            CommendationPolicy? policy = dto.Rewards.CommendationPolicy is null
                ? null
                : MapPolicy(dto.Rewards.CommendationPolicy, JsonSourceMap.Property(rewardsPath, "commendationPolicy"), context);
            rewards = new RewardsSection(dto.Rewards.Label, dto.Rewards.Title, MapContent(dto.Rewards.Content, JsonSourceMap.Property(rewardsPath, "content"), context), policy);
        }

        return new PlanSections(
            basis,
            MapSection(dto.Goals, JsonSourceMap.Property(path, "goals"), context),
            MapSection(dto.Participants, JsonSourceMap.Property(path, "participants"), context),
            MapSection(dto.Strategies, JsonSourceMap.Property(path, "strategies"), context),
            MapSection(dto.Steps, JsonSourceMap.Property(path, "steps"), context),
            MapSection(dto.Assessment, JsonSourceMap.Property(path, "assessment"), context),
            rewards,
            MapSection(dto.Closing, JsonSourceMap.Property(path, "closing"), context));
    }

    private static CommendationPolicy MapPolicy(PolicyDto dto, string path, MappingContext context)
    {
        List<CommendationRule> rules = context.Each(context.Required(dto.Rules, path, "rules"), JsonSourceMap.Property(path, "rules"), (rule, rulePath) =>
        {
            AwardOutcome? outcome = null;
            if (rule.Outcome is not null && context.TryChoose(rule.Outcome, JsonSourceMap.Property(rulePath, "outcome"), Choices.Outcome, out AwardOutcome chosen))
            {
                outcome = chosen;
            }

            var roles = new List<CommendationRole>();
            List<string?>? roleNames = context.Required(rule.Roles, rulePath, "roles");
            for (int i = 0; roleNames is not null && i < roleNames.Count; i++)
            {
                if (context.TryChoose(roleNames[i], JsonSourceMap.Index(JsonSourceMap.Property(rulePath, "roles"), i), Choices.Role, out CommendationRole role))
                {
                    roles.Add(role);
                }
            }

            if (roleNames is { Count: 0 })
            {
                context.Report(DiagnosticCodes.InvalidValue, JsonSourceMap.Property(rulePath, "roles"), Messages.SE1004NoRoles.Format());
            }

            CommendationDto? commendation = context.Required(rule.Commendation, rulePath, "commendation");
            if (commendation is null)
            {
                return null;
            }

            string commendationPath = JsonSourceMap.Property(rulePath, "commendation");
            int count = context.RequiredNumber(commendation.Count, commendationPath, "count");
            if (commendation.Kind is null)
            {
                context.Required(commendation.Kind, commendationPath, "kind");
                return null;
            }

            if (!context.TryChoose(commendation.Kind, JsonSourceMap.Property(commendationPath, "kind"), Choices.Commendation, out CommendationKind kind))
            {
                return null;
            }

            if (count < 1)
            {
                context.Report(DiagnosticCodes.InvalidValue, JsonSourceMap.Property(commendationPath, "count"), Messages.SE1004CommendationCount.Format());
                return null;
            }

            return new CommendationRule(rule.Label, outcome, roles, new Commendation(kind, count), rule.UpTo ?? false, rule.Text);
        });
        return new CommendationPolicy(rules, dto.HighestOnly ?? false);
    }

    private static StrategyTable MapTable(TableDto dto, string path, MappingContext context)
    {
        List<TableColumn> columns = context.Each(context.Required(dto.Columns, path, "columns"), JsonSourceMap.Property(path, "columns"), (c, columnPath) =>
        {
            string title = context.Required(c.Title, columnPath, "title");
            if (c.Role is null)
            {
                context.Required(c.Role, columnPath, "role");
                return null;
            }

            return context.TryChoose(c.Role, JsonSourceMap.Property(columnPath, "role"), Choices.Column, out ColumnRole role) ? new TableColumn(role, title) : null;
        });

        List<StrategyEntry> entries = context.Each(context.Required(dto.Entries, path, "entries"), JsonSourceMap.Property(path, "entries"), (e, entryPath) =>
        {
            string criterion = context.Required(e.Criterion, entryPath, "criterion");
            var leadUnits = new List<string>();
            for (int i = 0; e.LeadUnits is not null && i < e.LeadUnits.Count; i++)
            {
                string? unit = e.LeadUnits[i];
                if (unit is null)
                {
                    context.Report(DiagnosticCodes.InvalidStructure, JsonSourceMap.Index(JsonSourceMap.Property(entryPath, "leadUnits"), i), Messages.SE1002UnexpectedNull.Format());
                    continue;
                }

                leadUnits.Add(unit);
            }

            string figuresPath = JsonSourceMap.Property(entryPath, "figures");
            bool statesNoQuantity = false;
            if (e.Figures is { WrongKind: true })
            {
                context.Report(context.Codes.WrongType, figuresPath, Messages.SE1002WrongType.Format(figuresPath, Messages.SE1002ExpectedFigures.Format()));
            }
            else if (e.Figures?.Word is string word)
            {
                statesNoQuantity = context.TryChoose(word, figuresPath, Choices.FigureStatement, out bool none) && none;
            }

            List<Figure> figures = context.Each(e.Figures?.Items, figuresPath, (f, figurePath) =>
            {
                string unit = context.Required(f.Unit, figurePath, "unit");
                string label = context.Required(f.Label, figurePath, "label");
                FigureQualifiers qualifiers = (f.Approximate == true ? FigureQualifiers.Approximate : FigureQualifiers.None)
                    | (f.AtLeast == true ? FigureQualifiers.AtLeast : FigureQualifiers.None)
                    | (f.AtMost == true ? FigureQualifiers.AtMost : FigureQualifiers.None);
                bool valid = true;
                if (f.AtLeast == true && f.AtMost == true)
                {
                    context.Report(DiagnosticCodes.InvalidValue, JsonSourceMap.Property(figurePath, "atMost"), Messages.SE1004FigureBothBounds.Format());
                    valid = false;
                }

                if (f.Text is not null && f.Text.Trim().Length == 0)
                {
                    context.Report(DiagnosticCodes.InvalidValue, JsonSourceMap.Property(figurePath, "text"), Messages.SE1004Empty.Format("text"));
                    valid = false;
                }

                if (f.Value is null)
                {
                    context.ReportMissing(figurePath, "value");
                    return null;
                }

                return valid ? new Figure(f.Value.Value, unit, label, qualifiers, f.Text) : null;
            });

            return new StrategyEntry(
                criterion,
                e.Strategy,
                leadUnits,
                MapContent(e.Method, JsonSourceMap.Property(entryPath, "method"), context),
                MapContent(e.Actions, JsonSourceMap.Property(entryPath, "actions"), context),
                MapContent(e.Results, JsonSourceMap.Property(entryPath, "results"), context),
                figures,
                statesNoQuantity);
        });

        return new StrategyTable(dto.Title, dto.Criterion, columns, entries);
    }
}

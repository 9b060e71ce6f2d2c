using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// Loads a <c>*.criteria.json</c> file into a <see cref="CriteriaEdition"/> with System.Text.Json.
/// Malformed input never throws: it comes back as located diagnostics with the generator's SE0xxx codes
/// (SE1000 and SE1003 for an unreadable file or one over the size limit).
/// </summary>
public static class CriteriaEditionLoader
{
    /// <summary>Loads an edition from a file.</summary>
    /// <param name="path">The path of the *.criteria.json file.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<CriteriaEdition> LoadFile(string path, JsonLoadOptions? options = null) =>
        JsonLoading.FromFile(path, options, ModelJsonContext.Default.EditionDto, Map, LoadCodes.Criteria);

    /// <summary>Loads an edition from a stream (read to its end, within the size limit).</summary>
    /// <param name="stream">The JSON, read from its current position to its end; it is not closed.</param>
    /// <param name="sourceName">The name diagnostics give the input (usually its file name), or <see langword="null"/> for none.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<CriteriaEdition> Load(Stream stream, string? sourceName = null, JsonLoadOptions? options = null) =>
        JsonLoading.FromStream(stream, sourceName, options, ModelJsonContext.Default.EditionDto, Map, LoadCodes.Criteria);

    /// <summary>
    /// Loads an edition from a file, reading it asynchronously; the same limits and the same diagnostics as
    /// <see cref="LoadFile(string, JsonLoadOptions?)"/> (the bytes read take the same path).
    /// </summary>
    /// <param name="path">The path of the *.criteria.json file.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading; it is checked before each read and once more before parsing.</param>
    /// <returns>The load result; malformed, unreadable or too large input is diagnostics in it, never an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/> (thrown at the call, not by the task).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is out of range (thrown at the call).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read and parsed (thrown by the task).</exception>
    public static Task<LoadResult<CriteriaEdition>> LoadFileAsync(string path, JsonLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        JsonLoading.FromFileAsync(path, options, ModelJsonContext.Default.EditionDto, Map, LoadCodes.Criteria, cancellationToken);

    /// <summary>
    /// Loads an edition from a stream, reading it asynchronously to its end within the size limit; the same
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
    public static Task<LoadResult<CriteriaEdition>> LoadAsync(Stream stream, string? sourceName = null, JsonLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        JsonLoading.FromStreamAsync(stream, sourceName, options, ModelJsonContext.Default.EditionDto, Map, LoadCodes.Criteria, cancellationToken);

    /// <summary>Loads an edition from JSON text.</summary>
    /// <param name="json">The edition's JSON text.</param>
    /// <param name="sourceName">The name diagnostics give the input (usually its file name), or <see langword="null"/> for none.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<CriteriaEdition> Parse(string json, string? sourceName = null, JsonLoadOptions? options = null) =>
        JsonLoading.FromText(json, sourceName, options, ModelJsonContext.Default.EditionDto, Map, LoadCodes.Criteria);

    /// <summary>Loads an edition from UTF-8 bytes.</summary>
    /// <param name="utf8">The edition's JSON as UTF-8 bytes; a byte order mark is allowed.</param>
    /// <param name="sourceName">The name diagnostics give the input (usually its file name), or <see langword="null"/> for none.</param>
    /// <param name="options">The size and nesting limits; <see langword="null"/> for <see cref="JsonLoadOptions.Default"/>.</param>
    public static LoadResult<CriteriaEdition> Load(byte[] utf8, string? sourceName = null, JsonLoadOptions? options = null) =>
        JsonLoading.FromBytes(utf8, sourceName, options, ModelJsonContext.Default.EditionDto, Map, LoadCodes.Criteria);

    private static CriteriaEdition? Map(EditionDto dto, MappingContext context)
    {
        const string root = "$";
        string id = context.Required(dto.Id, root, "id");
        string title = context.Required(dto.Title, root, "title");
        List<int>? years = context.Required(dto.Years, root, "years");
        if (years is not null)
        {
            if (years.Count == 0)
            {
                context.Report(DiagnosticCodes.CriteriaInvalidValue, "$.years", Messages.SE1004NoYears.Format());
            }

            for (int i = 0; i < years.Count; i++)
            {
                if (years[i] < 1)
                {
                    context.Report(DiagnosticCodes.CriteriaInvalidValue, JsonSourceMap.Index("$.years", i), Messages.SE1004NotRocYear.Format(years[i]));
                }
            }
        }

        if (dto.TotalPoints is < 1)
        {
            context.Report(DiagnosticCodes.CriteriaInvalidValue, "$.totalPoints", Messages.SE1004TotalPoints.Format());
        }

        List<CriteriaLevel> levels = context.Each(context.Required(dto.Levels, root, "levels"), "$.levels", (level, path) =>
        {
            string name = context.Required(level.Name, path, "name");
            if (level.Numbering is null)
            {
                context.Required(level.Numbering, path, "numbering");
                return null;
            }

            return context.TryChoose(level.Numbering, JsonSourceMap.Property(path, "numbering"), Choices.Numbering, out var style, DiagnosticCodes.CriteriaUnknownNumbering)
                ? new CriteriaLevel(name, style)
                : null;
        });
        if (dto.Levels is { Count: 0 })
        {
            context.Report(DiagnosticCodes.CriteriaInvalidValue, "$.levels", Messages.SE1004NoLevels.Format());
        }

        List<ReportingDeadline> deadlines = context.Each(dto.Deadlines, "$.deadlines", (d, path) => MapDeadline(d, path, context));
        var sections = new List<PlanSectionKind>();
        if (dto.RequiredPlanSections is not null)
        {
            for (int i = 0; i < dto.RequiredPlanSections.Count; i++)
            {
                if (context.TryChoose(dto.RequiredPlanSections[i], JsonSourceMap.Index("$.requiredPlanSections", i), Choices.Section, out var section))
                {
                    sections.Add(section);
                }
            }
        }

        // Depth is checked against the levels as written, so that one bad level is one diagnostic, not one per node below it.
        List<Criterion> nodes = MapNodes(context.Required(dto.Nodes, root, "nodes"), "$.nodes", 0, dto.Levels?.Count ?? int.MaxValue, context);
        if (context.HasErrors)
        {
            return null;
        }

        var edition = new CriteriaEdition(id, title, dto.TotalPoints, years!, levels, nodes, deadlines, sections);
        foreach (PointsIssue issue in PointsConsistency.Check(edition))
        {
            context.Report(DiagnosticCodes.InconsistentPoints, issue.Criterion is null ? "$.totalPoints" : JsonSourceMap.Property(issue.Criterion.JsonPath, "points"), issue.Message);
        }

        return edition;
    }

    private static List<Criterion> MapNodes(List<NodeDto?>? nodes, string path, int depth, int levelCount, MappingContext context)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        return context.Each(nodes, path, (node, nodePath) =>
        {
            string key = context.Required(node.Key, nodePath, "key");
            string title = context.Required(node.Title, nodePath, "title");
            string keyPath = JsonSourceMap.Property(nodePath, "key");
            if (node.Key is not null && !CriteriaRules.IsKey(key))
            {
                context.Report(DiagnosticCodes.CriteriaKeyNotIdentifier, keyPath, Messages.SE1004KeyNotIdentifier.Format(key, title));
            }
            else if (node.Key is not null && seen.TryGetValue(key, out string? first))
            {
                context.Report(DiagnosticCodes.CriteriaDuplicateKey, keyPath, Messages.SE0006.Format(key, title, first));
            }
            else if (node.Key is not null)
            {
                seen.Add(key, title); // the sibling is named by its title, as the generator names it
            }

            if (depth >= levelCount)
            {
                context.Report(DiagnosticCodes.CriteriaInvalidValue, nodePath, Messages.SE1004TooDeepNode.Format(title, depth + 1, levelCount));
            }

            if (node.Points is < 0)
            {
                context.Report(DiagnosticCodes.CriteriaInvalidValue, JsonSourceMap.Property(nodePath, "points"), Messages.SE1004NegativePoints.Format(title));
            }

            List<Criterion> children = MapNodes(node.Children, JsonSourceMap.Property(nodePath, "children"), depth + 1, levelCount, context);
            return new Criterion(key, title, node.Description, node.Points, children);
        });
    }

    private static ReportingDeadline? MapDeadline(DeadlineDto dto, string path, MappingContext context)
    {
        string key = context.Required(dto.Key, path, "key");
        string title = context.Required(dto.Title, path, "title");
        var levels = new List<AgencyLevel>();
        List<string?>? levelNames = context.Required(dto.Levels, path, "levels");
        for (int i = 0; levelNames is not null && i < levelNames.Count; i++)
        {
            if (context.TryChoose(levelNames[i], JsonSourceMap.Index(JsonSourceMap.Property(path, "levels"), i), Choices.Level, out AgencyLevel level))
            {
                levels.Add(level);
            }
        }

        if (dto.Month is int month && dto.Day is int day)
        {
            int offset = dto.YearOffset ?? 0;
            if (!CriteriaRules.IsValidDateRule(month, day, offset))
            {
                context.Report(DiagnosticCodes.CriteriaInvalidValue, path, Messages.SE1004DeadlineDate.Format(title, month, day, offset));
                return null;
            }

            return new ReportingDeadline(key, title, levels, month, day, offset);
        }

        if (dto.WithinMonths is int within && dto.After is string after)
        {
            if (!CriteriaRules.IsValidPeriod(within))
            {
                context.Report(DiagnosticCodes.CriteriaInvalidValue, JsonSourceMap.Property(path, "withinMonths"), Messages.SE1004WithinMonths.Format(title));
                return null;
            }

            return new ReportingDeadline(key, title, levels, within, after);
        }

        context.Report(DiagnosticCodes.CriteriaInvalidValue, path, Messages.SE1002DeadlineRule.Format(title));
        return null;
    }
}

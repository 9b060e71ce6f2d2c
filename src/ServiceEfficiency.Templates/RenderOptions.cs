using System;
using System.Collections.Generic;
using System.Globalization;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates;

/// <summary>
/// How <see cref="DocumentRenderer"/> renders: culture, column titles, sections, template overrides
/// and the limits that stop a runaway template. The renderer copies the options when it is
/// created; changing them afterwards does not affect it.
/// </summary>
public sealed class RenderOptions
{
    /// <summary>The culture pushed into every template run (number and date formatting inside templates). Default zh-TW.</summary>
    public CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("zh-TW");

    /// <summary>
    /// Column titles by role, overriding the titles printed in the document data; for example
    /// <see cref="ColumnRole.Results"/> → 具體作法與成果, or <see cref="ColumnRole.Method"/> → 執行方法.
    /// A role not listed keeps the document's title (or the standard one when the data has none).
    /// </summary>
    public IDictionary<ColumnRole, string> ColumnTitles { get; } = new Dictionary<ColumnRole, string>();

    /// <summary>
    /// The plan sections to render (壹 … 捌), or null for every section the plan has. The strategy
    /// tables belong to <see cref="PlanSectionKind.Strategies"/>; a results report is only tables
    /// and renders them unless <see cref="IncludeTables"/> is false.
    /// </summary>
    public ISet<PlanSectionKind>? Sections { get; set; }

    /// <summary>Whether to render the strategy tables. Default true.</summary>
    public bool IncludeTables { get; set; } = true;

    /// <summary>Whether to list each entry's quantified figures (受理商品檢驗 923 件) under its results. Default true.</summary>
    public bool IncludeFigures { get; set; } = true;

    /// <summary>
    /// A directory whose templates replace the embedded defaults of the same name
    /// (<c>html/document.sbn</c>, <c>odf/_styles.sbn</c> …). Templates cannot read outside it.
    /// </summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>A custom source of templates, asked first (before <see cref="TemplateDirectory"/> and the defaults).</summary>
    public ITemplateSource? TemplateSource { get; set; }

    /// <summary>Loop iterations allowed per outermost loop, nested loops counted together (Scriban 7). Default 1,000,000.</summary>
    public int LoopLimit { get; set; } = 1_000_000;

    /// <summary>Depth of nested function calls and includes. Default 64.</summary>
    public int RecursionLimit { get; set; } = 64;

    /// <summary>Characters one template run may write. Default 32 Mi characters.</summary>
    public int OutputLimit { get; set; } = 32 * 1024 * 1024;

    /// <summary>Longest a render may run. Default one minute; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest template file accepted, in characters. Default 1 Mi.</summary>
    public int MaxTemplateLength { get; set; } = 1024 * 1024;

    internal RenderOptions Snapshot()
    {
        if (LoopLimit <= 0 || RecursionLimit <= 0 || OutputLimit <= 0 || MaxTemplateLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RenderOptions), "LoopLimit, RecursionLimit, OutputLimit and MaxTemplateLength must be positive: limits cannot be switched off.");
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The timeout must be positive or infinite.");
        }

        var copy = new RenderOptions
        {
            Culture = Culture ?? throw new ArgumentNullException(nameof(Culture)),
            Sections = Sections is null ? null : new HashSet<PlanSectionKind>(Sections),
            IncludeTables = IncludeTables,
            IncludeFigures = IncludeFigures,
            TemplateDirectory = TemplateDirectory,
            TemplateSource = TemplateSource,
            LoopLimit = LoopLimit,
            RecursionLimit = RecursionLimit,
            OutputLimit = OutputLimit,
            Timeout = Timeout,
            MaxTemplateLength = MaxTemplateLength,
        };
        foreach (KeyValuePair<ColumnRole, string> title in ColumnTitles)
        {
            copy.ColumnTitles[title.Key] = title.Value;
        }

        return copy;
    }
}

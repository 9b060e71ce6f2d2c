using System;
using System.Collections.Generic;
using System.Globalization;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates;

/// <summary>
/// How <see cref="DocumentRenderer"/> renders: culture, column titles, sections, fonts, template overrides
/// and the limits that stop a runaway template. The renderer copies the options when it is
/// created; changing them afterwards does not affect it.
/// </summary>
public sealed class RenderOptions
{
    /// <summary>
    /// The culture pushed into every template run (Scriban's own number and date formatting inside
    /// templates). Default <see cref="DefaultCulture"/>: zh-TW with invariant number formats.
    /// </summary>
    public CultureInfo Culture { get; set; } = DefaultCulture;

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

    /// <summary>
    /// Whether to print each entry's quantified figures under its results (量化成果：受理商品檢驗 923 件).
    /// Default false in every format: the real documents never print that line (the prose already
    /// states the numbers), and a review copy that wants it turns it on. It sets each cell's <c>figures</c>
    /// (what the default templates print); a row's <c>figures</c> always hold the entry's figures.
    /// </summary>
    public bool IncludeFigures { get; set; }

    /// <summary>
    /// The faces the document is printed in: <see cref="DocumentFonts.Serif"/> for the body text and
    /// <see cref="DocumentFonts.Sans"/> for the title and headings, each an East Asian and a Western
    /// face. Default <see cref="DocumentFonts.Default"/> (Noto Serif CJK TC, Noto Sans CJK TC); for
    /// 標楷體, <c>new DocumentFonts(serif: new FontPair("DFKai-SB"))</c>. ODT and flat ODT use both
    /// pairs, HTML the sans pair, Markdown none; templates see them as <c>fonts</c>. The fonts are
    /// named, not embedded.
    /// </summary>
    public DocumentFonts Fonts { get; set; } = DocumentFonts.Default;

    /// <summary>
    /// A directory whose templates replace the embedded defaults of the same name
    /// (<c>html/document.sbn</c>, <c>odf/_styles.sbn</c> …). Templates cannot read outside it.
    /// </summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>A custom source of templates, asked first (before <see cref="TemplateDirectory"/> and the defaults).</summary>
    public ITemplateSource? TemplateSource { get; set; }

    /// <summary>
    /// Loop iterations allowed per outermost loop, nested loops counted together (Scriban 7); each
    /// loop that follows another starts again from zero, so many sequential loops are bounded by
    /// <see cref="Timeout"/>, not by this limit. Default 1,000,000.
    /// </summary>
    public int LoopLimit { get; set; } = 1_000_000;

    /// <summary>Depth of nested function calls and includes. Default 64.</summary>
    public int RecursionLimit { get; set; } = 64;

    /// <summary>
    /// Characters one template run may write, and the longest string a template may build.
    /// Default 32 Mi characters (33,554,432), the same for every format; raise it for very large
    /// documents (a flat ODT of some 25,000 rows needs more).
    /// </summary>
    public int OutputLimit { get; set; } = DefaultOutputLimit;

    /// <summary>
    /// Bytes the managed heap may grow by during one render: what a template builds (strings,
    /// arrays, objects) and the output it holds. Null (the default) means 8 bytes per character
    /// of <see cref="OutputLimit"/>, at least 256 MiB: 256 MiB with the default output limit, and
    /// it grows when the output limit is raised. Exceeding it stops the render (SE2009). Measured
    /// on the process's heap, so concurrent renders in one process see each other's growth.
    /// </summary>
    public long? MemoryLimit { get; set; }

    /// <summary>Longest a render may run. Default one minute; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest template file accepted, in characters. Default 1 Mi.</summary>
    public int MaxTemplateLength { get; set; } = 1024 * 1024;

    /// <summary>The default <see cref="OutputLimit"/>: 32 Mi characters.</summary>
    public const int DefaultOutputLimit = 32 * 1024 * 1024;

    /// <summary>
    /// The default <see cref="Culture"/>: zh-TW with the invariant culture's number formats, so
    /// that numbers never depend on the ICU data of the machine; the invariant culture where
    /// zh-TW cannot be created (globalization-invariant mode, <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>).
    /// Either way the default templates render the same bytes: they format numbers and dates
    /// with their own functions.
    /// </summary>
    public static CultureInfo DefaultCulture { get; } = CreateDefaultCulture();

    /// <summary>The memory limit in effect: <see cref="MemoryLimit"/>, or the one derived from <see cref="OutputLimit"/>.</summary>
    internal long EffectiveMemoryLimit => MemoryLimit ?? Math.Max(256L * 1024 * 1024, 8L * OutputLimit);

    internal RenderOptions Snapshot()
    {
        if (MemoryLimit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryLimit), MemoryLimit, "The memory limit must be positive: limits cannot be switched off.");
        }

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
            Fonts = Fonts ?? throw new ArgumentNullException(nameof(Fonts)), // immutable: the reference is a copy
            TemplateDirectory = TemplateDirectory,
            TemplateSource = TemplateSource,
            LoopLimit = LoopLimit,
            RecursionLimit = RecursionLimit,
            OutputLimit = OutputLimit,
            MemoryLimit = MemoryLimit,
            Timeout = Timeout,
            MaxTemplateLength = MaxTemplateLength,
        };
        foreach (KeyValuePair<ColumnRole, string> title in ColumnTitles)
        {
            copy.ColumnTitles[title.Key] = title.Value;
        }

        return copy;
    }

    private static CultureInfo CreateDefaultCulture()
    {
        try
        {
            var culture = (CultureInfo)CultureInfo.GetCultureInfo("zh-TW").Clone();
            culture.NumberFormat = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
            return CultureInfo.ReadOnly(culture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}

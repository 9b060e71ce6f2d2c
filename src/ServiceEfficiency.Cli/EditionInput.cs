using System.IO;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Cli;

/// <summary>An edition named directly on the command line (<c>schedule</c>, <c>new</c>, <c>diff</c>).</summary>
internal static class EditionInput
{
    /// <summary>
    /// Loads the edition, printing its diagnostics to <paramref name="error"/>; null when it has errors
    /// (the command then exits with <see cref="ExitCodes.InputErrors"/>).
    /// </summary>
    public static CriteriaEdition? Load(string path, TextWriter error)
    {
        LoadResult<CriteriaEdition> result = CriteriaEditionLoader.Load(CliFiles.ReadAllBytes(path), CliFiles.SourceName(path));
        DiagnosticReport.WriteText(error, result.Diagnostics);
        return result.Value is not null && !result.Diagnostics.Any(d => d.IsError) ? result.Value : null;
    }

    /// <summary>
    /// Loads the edition for documents of ROC year <paramref name="year"/>: a year below 1 is a
    /// usage error; a year the edition does not list is a warning (editions are often used a year
    /// early or late while the next one is drafted).
    /// </summary>
    public static CriteriaEdition? LoadForYear(string path, int year, TextWriter error)
    {
        if (year < 1)
        {
            throw new CliException($"--year {year}: ROC years start at 1 (民國元年)");
        }

        CriteriaEdition? edition = Load(path, error);
        if (edition is not null && !edition.AppliesTo(year))
        {
            error.WriteLine($"warning: {edition.Title} ({edition.Id}) is the edition for {string.Join("、", edition.Years)}年, not {year}年");
        }

        return edition;
    }
}

using System.IO;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

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
        LoadResult<CriteriaEdition> result = CliFiles.Load(path, (stream, name) => CriteriaEditionLoader.Load(stream, name));
        DiagnosticReport.WriteText(error, result.Diagnostics);
        return result.Value is not null && !result.Diagnostics.Any(d => d.IsError) ? result.Value : null;
    }

    /// <summary>
    /// Loads the edition for documents of ROC year <paramref name="year"/>: a year outside 1–8088
    /// (民國元年 to Gregorian 9999, the range of dates .NET and RocDate can represent) is a usage error; a year the edition does not list is a warning (editions are often used a year
    /// early or late while the next one is drafted).
    /// </summary>
    public static CriteriaEdition? LoadForYear(string path, int year, TextWriter error)
    {
        CheckYear(year);

        CriteriaEdition? edition = Load(path, error);
        if (edition is not null && !edition.AppliesTo(year))
        {
            error.WriteLine("warning: " + Messages.CliEditionYear.Format(edition.Title, edition.Id, string.Join("、", edition.Years), year));
        }

        return edition;
    }

    /// <summary>The greatest ROC year: Gregorian 9999, the last year of <see cref="System.DateTime"/>.</summary>
    public const int MaxRocYear = 9999 - 1911;

    /// <summary>Refuses a ROC year outside 1–<see cref="MaxRocYear"/> with the range in the message.</summary>
    public static void CheckYear(int year)
    {
        if (year < 1 || year > MaxRocYear)
        {
            throw new CliException(Messages.CliYearRange.Format(year, MaxRocYear, 9999));
        }
    }
}

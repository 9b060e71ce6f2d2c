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
}

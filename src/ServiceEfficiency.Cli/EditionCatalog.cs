using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli;

/// <summary>
/// The criteria editions a command can pair documents with: the files and directories given with
/// <c>--edition</c>, or else the <c>*.criteria.json</c> files found beside the document, in its
/// parent directory, or in a <c>criteria</c> directory of either (the samples' layout); and, when none of
/// those has the document's edition, the editions shipped with the tool (<see cref="CriteriaEditions"/>).
/// A user's own file with an edition's id always wins over the shipped edition of that id.
/// </summary>
internal sealed class EditionCatalog
{
    private readonly IReadOnlyList<string> _explicitPaths;
    private readonly Dictionary<string, LoadResult<CriteriaEdition>> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private readonly TextWriter? _warnings;

    /// <summary>Creates the catalogue.</summary>
    /// <param name="editionPaths">The paths given with <c>--edition</c>, or null to search beside each document.</param>
    /// <param name="warnings">Where a broken edition file that was skipped is reported (once per file).</param>
    public EditionCatalog(IReadOnlyList<string>? editionPaths, TextWriter? warnings = null)
    {
        _explicitPaths = editionPaths ?? Array.Empty<string>();
        _warnings = warnings;
    }

    /// <summary>Loads one edition file; a malformed one gives its diagnostics and no edition.</summary>
    public LoadResult<CriteriaEdition> LoadFile(string path)
    {
        string key = path == CliFiles.StandardStream ? path : Path.GetFullPath(path);
        if (!_loaded.TryGetValue(key, out LoadResult<CriteriaEdition>? result))
        {
            result = CliFiles.Load(path, (stream, name) => CriteriaEditionLoader.Load(stream, name));
            _loaded[key] = result;
        }

        return result;
    }

    /// <summary>
    /// The edition with <paramref name="id"/> for a document at <paramref name="documentPath"/>.
    /// A malformed edition file met on the way is not the document's fault: when the edition is found
    /// elsewhere, the broken file is only reported as a warning on standard error and the document is
    /// judged by its own edition; when the edition is found nowhere, the broken files' diagnostics are
    /// added to <paramref name="diagnostics"/> (one of them may be the edition meant). When no file has the
    /// edition and none was broken, the shipped edition of that id is used; a broken file blocks that, since it
    /// may be the user's own version of the edition, which judging by the shipped one would silently ignore.
    /// </summary>
    public CriteriaEdition? Find(string id, string documentPath, List<Diagnostic> diagnostics)
    {
        var broken = new List<(string File, LoadResult<CriteriaEdition> Result)>();
        foreach (string file in Candidates(documentPath))
        {
            LoadResult<CriteriaEdition> result = LoadFile(file);
            if (result.Value is null)
            {
                broken.Add((file, result));
                continue;
            }

            if (string.Equals(result.Value.Id, id, StringComparison.Ordinal))
            {
                diagnostics.AddRange(result.Diagnostics.Where(d => d.IsError && !diagnostics.Contains(d)));
                foreach ((string brokenFile, LoadResult<CriteriaEdition> brokenResult) in broken)
                {
                    Warn(brokenFile, brokenResult);
                }

                return result.Value;
            }
        }

        if (broken.Count == 0 && CriteriaEditions.TryGet(id, out CriteriaEdition? shipped))
        {
            return shipped;
        }

        foreach ((_, LoadResult<CriteriaEdition> result) in broken)
        {
            diagnostics.AddRange(result.Diagnostics.Where(d => !diagnostics.Contains(d)));
        }

        return null;
    }

    private void Warn(string file, LoadResult<CriteriaEdition> result)
    {
        if (_warnings is not null && _warned.Add(file))
        {
            string first = result.Diagnostics.FirstOrDefault(d => d.IsError)?.ToString() ?? string.Empty;
            _warnings.WriteLine("warning: " + Messages.CliBrokenEditionSkipped.Format(CliFiles.SourceName(file), first));
        }
    }

    /// <summary>Where <see cref="Find"/> looked, for the message when nothing matched.</summary>
    public string DescribeSearch(string documentPath) =>
        _explicitPaths.Count > 0
            ? string.Join(", ", _explicitPaths)
            : string.Join(", ", SearchDirectories(documentPath)) + " " + Messages.CliUseEditionOption.Format();

    /// <summary>Said after <see cref="DescribeSearch"/>: the shipped editions did not have the id either.</summary>
    public static string DescribeShipped() => Messages.CliNorShippedEditions.Format(string.Join(", ", CriteriaEditions.All.Select(e => e.Id)));

    private IEnumerable<string> Candidates(string documentPath)
    {
        if (_explicitPaths.Count > 0)
        {
            foreach (string path in _explicitPaths)
            {
                if (Directory.Exists(path))
                {
                    foreach (string file in CriteriaFiles(path))
                    {
                        yield return file;
                    }
                }
                else if (File.Exists(path) || path == CliFiles.StandardStream)
                {
                    yield return path;
                }
                else
                {
                    throw new CliException(Messages.CliNoSuchEdition.Format(path));
                }
            }

            yield break;
        }

        foreach (string directory in SearchDirectories(documentPath))
        {
            foreach (string file in CriteriaFiles(directory))
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<string> SearchDirectories(string documentPath)
    {
        string start = documentPath == CliFiles.StandardStream
            ? Directory.GetCurrentDirectory()
            : Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? Directory.GetCurrentDirectory();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? directory in new[] { start, Path.GetDirectoryName(start) })
        {
            if (directory is null)
            {
                continue;
            }

            foreach (string candidate in new[] { directory, Path.Combine(directory, "criteria") })
            {
                if (Directory.Exists(candidate) && seen.Add(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static IEnumerable<string> CriteriaFiles(string directory) =>
        Directory.GetFiles(directory, "*.criteria.json").OrderBy(f => f, StringComparer.Ordinal);
}

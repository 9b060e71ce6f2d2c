using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Cli;

/// <summary>
/// The criteria editions a command can pair documents with: the files and directories given with
/// <c>--edition</c>, or else the <c>*.criteria.json</c> files found beside the document, in its
/// parent directory, or in a <c>criteria</c> directory of either (the samples' layout).
/// </summary>
internal sealed class EditionCatalog
{
    private readonly IReadOnlyList<string> _explicitPaths;
    private readonly Dictionary<string, LoadResult<CriteriaEdition>> _loaded = new(StringComparer.Ordinal);

    public EditionCatalog(IReadOnlyList<string>? editionPaths)
    {
        _explicitPaths = editionPaths ?? Array.Empty<string>();
    }

    /// <summary>Loads one edition file; a malformed one gives its diagnostics and no edition.</summary>
    public LoadResult<CriteriaEdition> LoadFile(string path)
    {
        string key = path == CliFiles.StandardStream ? path : Path.GetFullPath(path);
        if (!_loaded.TryGetValue(key, out LoadResult<CriteriaEdition>? result))
        {
            result = CriteriaEditionLoader.Load(CliFiles.ReadAllBytes(path), CliFiles.SourceName(path));
            _loaded[key] = result;
        }

        return result;
    }

    /// <summary>
    /// The edition with <paramref name="id"/> for a document at <paramref name="documentPath"/>.
    /// Diagnostics of malformed edition files met on the way are added to <paramref name="diagnostics"/>.
    /// </summary>
    public CriteriaEdition? Find(string id, string documentPath, List<Diagnostic> diagnostics)
    {
        foreach (string file in Candidates(documentPath))
        {
            LoadResult<CriteriaEdition> result = LoadFile(file);
            if (result.Value is null)
            {
                diagnostics.AddRange(result.Diagnostics.Where(d => !diagnostics.Contains(d)));
                continue;
            }

            if (string.Equals(result.Value.Id, id, StringComparison.Ordinal))
            {
                diagnostics.AddRange(result.Diagnostics.Where(d => d.IsError && !diagnostics.Contains(d)));
                return result.Value;
            }
        }

        return null;
    }

    /// <summary>Where <see cref="Find"/> looked, for the message when nothing matched.</summary>
    public string DescribeSearch(string documentPath) =>
        _explicitPaths.Count > 0
            ? string.Join(", ", _explicitPaths)
            : string.Join(", ", SearchDirectories(documentPath)) + " (use --edition to name the file)";

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
                    throw new CliException($"{path}: no such criteria edition file or directory");
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

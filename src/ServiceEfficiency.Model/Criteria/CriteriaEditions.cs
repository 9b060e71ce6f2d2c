using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// The official criteria editions shipped inside this library as embedded resources — the
/// 政府服務獎 整體服務類 framework of ROC 111–112 (<c>service-award-overall</c>) and the 政府服務躍升方案
/// of ROC 114 (<c>service-upgrade-program</c>) — so that no criteria file has to be copied before a
/// document can be validated or rendered.
/// </summary>
/// <remarks>
/// The editions are loaded once, on first use, by <see cref="CriteriaEditionLoader"/>, thread-safely;
/// every caller then gets the same instances. They are the same files the package hands to the criteria
/// generator at build time, so <c>CriteriaEditions.Get("service-award-overall")</c> and the generated
/// <c>ServiceAwardOverall.Edition</c> describe the same tree (docs/generator.md).
/// </remarks>
public static class CriteriaEditions
{
    /// <summary>The prefix of the embedded resources' names; the rest is the file name.</summary>
    internal const string ResourcePrefix = "ServiceEfficiency.Criteria.Editions.";

    private static readonly Lazy<IReadOnlyList<CriteriaEdition>> Editions = new(LoadAll, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every shipped edition, ordered by file name (ordinal), the same order on every call.</summary>
    public static IReadOnlyList<CriteriaEdition> All => Editions.Value;

    /// <summary>The shipped edition whose <see cref="CriteriaEdition.Id"/> is <paramref name="id"/>.</summary>
    /// <param name="id">The edition's id, as documents name it in their <c>edition</c> property (case-sensitive).</param>
    /// <returns>The edition; the same instance on every call.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No shipped edition has that id; the message lists the ids there are.</exception>
    public static CriteriaEdition Get(string id)
    {
        if (TryGet(id, out CriteriaEdition? edition))
        {
            return edition;
        }

        throw new KeyNotFoundException(Messages.ApiUnknownShippedEdition.Format(id, string.Join(", ", All.Select(e => e.Id))));
    }

    /// <summary>Finds the shipped edition whose <see cref="CriteriaEdition.Id"/> is <paramref name="id"/>.</summary>
    /// <param name="id">The edition's id (case-sensitive).</param>
    /// <param name="edition">The edition when found; otherwise <see langword="null"/>.</param>
    /// <returns>Whether a shipped edition has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CriteriaEdition? edition)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        foreach (CriteriaEdition candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                edition = candidate;
                return true;
            }
        }

        edition = null;
        return false;
    }

    /// <summary>The names of the embedded edition files (<c>service-award-overall.criteria.json</c>, …), in ordinal order.</summary>
    internal static IReadOnlyList<string> FileNames() =>
        typeof(CriteriaEditions).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n.Substring(ResourcePrefix.Length))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>Loads one embedded edition file with its diagnostics (a test holds every one to have none).</summary>
    /// <param name="fileName">One of <see cref="FileNames"/>.</param>
    internal static LoadResult<CriteriaEdition> Load(string fileName)
    {
        using Stream stream = typeof(CriteriaEditions).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException(Messages.ApiShippedEditionBroken.Format(fileName, "no such resource"));
        return CriteriaEditionLoader.Load(stream, fileName);
    }

    private static IReadOnlyList<CriteriaEdition> LoadAll()
    {
        var editions = new List<CriteriaEdition>();
        foreach (string fileName in FileNames())
        {
            LoadResult<CriteriaEdition> result = Load(fileName);
            if (result.Value is not CriteriaEdition edition || result.Diagnostics.Count > 0)
            {
                // A shipped file that does not load cleanly is a bug of the package, not the caller's input.
                string first = result.Diagnostics.Count > 0 ? result.Diagnostics[0].ToString() : string.Empty;
                throw new InvalidOperationException(Messages.ApiShippedEditionBroken.Format(fileName, first));
            }

            editions.Add(edition);
        }

        return editions.AsReadOnly();
    }
}

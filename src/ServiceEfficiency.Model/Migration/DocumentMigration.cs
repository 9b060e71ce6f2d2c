using System;
using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Migration;

/// <summary>Where a document's entry stands once the criteria edition changes.</summary>
public enum EntryMappingStatus
{
    /// <summary>The entry's reference names the same criterion in the new edition: nothing to do.</summary>
    Maps,

    /// <summary>The criterion continues in the new edition under another key path or code: rewrite the reference.</summary>
    Moved,

    /// <summary>The criterion is gone; <see cref="EntryMapping.NewNode"/> is where the entry most likely belongs now.</summary>
    NoLongerMaps,

    /// <summary>The entry's reference is not a criterion of the old edition either.</summary>
    Unresolved,
}

/// <summary>A new-edition criterion proposed for an entry, with how closely its wording matches (0–1).</summary>
public sealed class MappingCandidate
{
    internal MappingCandidate(Criterion node, double score)
    {
        Node = node;
        Score = score;
    }

    /// <summary>The proposed criterion of the new edition.</summary>
    public Criterion Node { get; }

    /// <summary>Cosine similarity of the weighted character pairs of both wordings, 0 (nothing shared) to 1.</summary>
    public double Score { get; }
}

/// <summary>One entry of a document and where it belongs in the new edition.</summary>
public sealed class EntryMapping
{
    internal EntryMapping(StrategyEntry entry, EntryMappingStatus status, Criterion? oldNode, Criterion? newNode, string? newReference, IReadOnlyList<MappingCandidate> candidates)
    {
        Entry = entry;
        Status = status;
        OldNode = oldNode;
        NewNode = newNode;
        NewReference = newReference;
        Candidates = candidates;
    }

    /// <summary>The document's entry.</summary>
    public StrategyEntry Entry { get; }

    /// <summary>Whether and how the entry maps onto the new edition.</summary>
    public EntryMappingStatus Status { get; }

    /// <summary>The criterion the entry addresses in the old edition, or null when unresolved.</summary>
    public Criterion? OldNode { get; }

    /// <summary>The criterion the entry addresses (or most likely belongs to) in the new edition.</summary>
    public Criterion? NewNode { get; }

    /// <summary>The reference to write in the document for <see cref="NewNode"/>, in the same form the entry uses (key path or code).</summary>
    public string? NewReference { get; }

    /// <summary>For entries that no longer map: the best candidates, most likely first (at most three).</summary>
    public IReadOnlyList<MappingCandidate> Candidates { get; }
}

/// <summary>Maps a plan or results report written for one criteria edition onto another.</summary>
public static class DocumentMigration
{
    /// <summary>
    /// Maps every entry of <paramref name="document"/> (written for <see cref="CriteriaComparison.OldEdition"/>)
    /// onto <see cref="CriteriaComparison.NewEdition"/>. Entries whose criterion was removed get the new
    /// leaf criteria whose wording is closest to the old criterion's and the entry's own strategy text.
    /// </summary>
    /// <param name="document">A plan or results report whose entries name criteria of the comparison's old edition.</param>
    /// <param name="comparison">The comparison of the old edition with the new one, from <see cref="CriteriaComparison.Compare"/>.</param>
    public static IReadOnlyList<EntryMapping> Map(ServiceDocument document, CriteriaComparison comparison)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (comparison is null)
        {
            throw new ArgumentNullException(nameof(comparison));
        }

        List<Criterion> leaves = comparison.NewEdition.AllNodes().Where(n => n.IsLeaf).ToList();
        var index = new WordingIndex(leaves.Select(WordingOf));
        var mappings = new List<EntryMapping>();
        foreach (StrategyEntry entry in document.Entries())
        {
            Criterion? oldNode = comparison.OldEdition.Resolve(entry.Criterion);
            Criterion? counterpart = oldNode is null ? null : comparison.CounterpartOf(oldNode);
            bool usesKeyPath = oldNode is not null && string.Equals(entry.Criterion, oldNode.KeyPath, StringComparison.Ordinal);
            if (counterpart is not null)
            {
                string reference = usesKeyPath ? counterpart.KeyPath : counterpart.Code;
                EntryMappingStatus status = string.Equals(reference, entry.Criterion, StringComparison.Ordinal) ? EntryMappingStatus.Maps : EntryMappingStatus.Moved;
                mappings.Add(new EntryMapping(entry, status, oldNode, counterpart, reference, Array.Empty<MappingCandidate>()));
                continue;
            }

            Wording old = oldNode is null ? new Wording(string.Empty, string.Empty) : WordingOf(oldNode);
            var query = new Wording(old.Titles, old.Text + " " + entry.Strategy);
            List<MappingCandidate> candidates = index.Rank(query)
                .Where(r => r.Score > 0)
                .Take(3)
                .Select(r => new MappingCandidate(leaves[r.Index], r.Score))
                .ToList();
            Criterion? best = candidates.Count > 0 ? candidates[0].Node : null;
            string? newReference = best is null ? null : usesKeyPath || oldNode is null ? best.KeyPath : best.Code;
            mappings.Add(new EntryMapping(
                entry,
                oldNode is null ? EntryMappingStatus.Unresolved : EntryMappingStatus.NoLongerMaps,
                oldNode,
                best,
                newReference,
                candidates));
        }

        return mappings;
    }

    // A node's wording with its ancestors' titles: (基礎服務 / 服務友善性 / 提高服務行為友善性 …) —
    // the context tells 禮貌 at the counter from 禮貌 on the telephone.
    private static Wording WordingOf(Criterion node)
    {
        var titles = new List<string>();
        var descriptions = new List<string>();
        for (Criterion? current = node; current is not null; current = current.Parent)
        {
            titles.Add(current.Title);
            descriptions.Add(current.Description ?? string.Empty);
        }

        titles.Reverse();
        descriptions.Reverse();
        return new Wording(string.Join(" ", titles), string.Join(" ", descriptions));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// A format whose file is a zip archive (ODT): an optional <c>mimetype</c> entry first, stored, as
/// ODF and EPUB readers require, then one deflated entry per root template, in the order given.
/// Written by a deterministic writer: the same document gives the same bytes.
/// </summary>
public sealed class ZipPackaging : OutputPackaging
{
    /// <summary>Creates a zip packaging.</summary>
    /// <param name="mimeType">Written, stored, as the first entry <c>mimetype</c>; null for none.</param>
    /// <param name="entries">The other entries, in archive order, each written by one root template.</param>
    public ZipPackaging(string? mimeType, IEnumerable<ZipPackageEntry> entries)
    {
        MimeType = mimeType;
        Entries = (entries ?? throw new ArgumentNullException(nameof(entries))).ToList().AsReadOnly();
        if (Entries.Count == 0)
        {
            throw new ArgumentException("A zip packaging needs at least one entry.", nameof(entries));
        }

        List<string> paths = Entries.Select(e => e.Path).Concat(mimeType is null ? Array.Empty<string>() : new[] { "mimetype" }).ToList();
        if (paths.Distinct(StringComparer.Ordinal).Count() != paths.Count)
        {
            throw new ArgumentException("Two entries have the same path.", nameof(entries));
        }
    }

    /// <summary>The content of the stored <c>mimetype</c> entry, or null for none.</summary>
    public string? MimeType { get; }

    /// <summary>The entries written from templates, in archive order.</summary>
    public IReadOnlyList<ZipPackageEntry> Entries { get; }

    /// <inheritdoc/>
    internal override void Check(IReadOnlyList<string> rootTemplates)
    {
        // Each root template is one entry and each entry one root template: nothing rendered for nothing, nothing missing.
        var written = new HashSet<string>(Entries.Select(e => e.Template), StringComparer.Ordinal);
        if (written.Count != Entries.Count || !written.SetEquals(rootTemplates))
        {
            throw Mismatch($"The zip entries' templates ({string.Join(", ", Entries.Select(e => e.Template))}) must be the root templates ({string.Join(", ", rootTemplates)}), each once.");
        }
    }

    /// <inheritdoc/>
    internal override byte[] Package(IReadOnlyDictionary<string, byte[]> parts)
    {
        var entries = new List<DeterministicZip.Entry>(Entries.Count + 1);
        if (MimeType is not null)
        {
            entries.Add(new DeterministicZip.Entry("mimetype", Encoding.ASCII.GetBytes(MimeType), compress: false));
        }

        entries.AddRange(Entries.Select(e => new DeterministicZip.Entry(e.Path, parts[e.Template], compress: true)));
        return DeterministicZip.Build(entries);
    }

    /// <inheritdoc/>
    public override string ToString() => "zip";
}

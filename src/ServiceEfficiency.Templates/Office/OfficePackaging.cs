using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Writes a document rendered through an office template: the template's package with its
/// compiled parts replaced by their rendered text and every other entry (styles, images, settings,
/// headers without tags) written back with the same bytes, in the same order; an ODT's
/// <c>mimetype</c> first and stored. A flat ODT is its one rendered part.
/// </summary>
internal sealed class OfficePackaging : OutputPackaging
{
    private readonly OfficePackage _package;
    private readonly IReadOnlyDictionary<string, string> _templateByPath;

    public OfficePackaging(OfficePackage package, IReadOnlyDictionary<string, string> templateByPath)
    {
        _package = package;
        _templateByPath = templateByPath;
    }

    internal override void Check(IReadOnlyList<string> rootTemplates)
    {
        if (!new HashSet<string>(_templateByPath.Values, StringComparer.Ordinal).SetEquals(rootTemplates))
        {
            throw Mismatch("The office template's parts must be the format's root templates.");
        }
    }

    internal override byte[] Package(IReadOnlyDictionary<string, byte[]> parts)
    {
        if (_package.Kind == OfficeFileKind.FlatOdt)
        {
            return parts[_templateByPath[OfficePackage.FlatPart]];
        }

        IEnumerable<OfficePackage.Entry> ordered = _package.Entries.Where(e => e.Path == "mimetype").Concat(_package.Entries.Where(e => e.Path != "mimetype"));
        var entries = new List<DeterministicZip.Entry>(_package.Entries.Count);
        foreach (OfficePackage.Entry entry in ordered)
        {
            byte[] data = _templateByPath.TryGetValue(entry.Path, out string? template) ? parts[template] : entry.Data;
            entries.Add(new DeterministicZip.Entry(entry.Path, data, entry.Compressed));
        }

        return DeterministicZip.Build(entries);
    }

    /// <inheritdoc/>
    public override string ToString() => "office";
}

using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Templates;

/// <summary>A format that is its one root template's output: Markdown, HTML, flat ODT.</summary>
public sealed class SingleFilePackaging : OutputPackaging
{
    internal SingleFilePackaging()
    {
    }

    /// <inheritdoc/>
    internal override void Check(IReadOnlyList<string> rootTemplates)
    {
        if (rootTemplates.Count != 1)
        {
            throw Mismatch($"A single-file format has exactly one root template, not {rootTemplates.Count}.");
        }
    }

    /// <inheritdoc/>
    internal override byte[] Package(IReadOnlyDictionary<string, byte[]> parts) => parts.Values.Single();

    /// <inheritdoc/>
    public override string ToString() => "single file";
}

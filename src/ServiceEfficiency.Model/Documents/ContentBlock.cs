using System;
using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>
/// A paragraph, or a numbered point (label as printed: 一、 (一) 1. (1) i.) with sub-points.
/// Actions (具體推動作法), results (執行績效與成果) and plan sections are made of these.
/// </summary>
public sealed class ContentBlock
{
    /// <summary>Creates a paragraph or a numbered point.</summary>
    /// <param name="text">The text of the paragraph or point as printed, without its numbering.</param>
    /// <param name="label">The numbering as printed (「一、」, 「(一)」, 「1.」, 「(1)」, 「i.」); null, the default, for an unnumbered paragraph.</param>
    /// <param name="points">The sub-points nested under this point, in order; null, the default, means none.</param>
    public ContentBlock(string text, string? label = null, IReadOnlyList<ContentBlock>? points = null)
    {
        Text = text;
        Label = label;
        Points = points ?? Array.Empty<ContentBlock>();
    }

    /// <summary>The numbering as printed, or null for a paragraph.</summary>
    public string? Label { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Sub-points.</summary>
    public IReadOnlyList<ContentBlock> Points { get; }

    /// <summary>Every text of the block and its points, depth first.</summary>
    public IEnumerable<string> AllTexts()
    {
        yield return Text;
        foreach (ContentBlock point in Points)
        {
            foreach (string text in point.AllTexts())
            {
                yield return text;
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Label + Text;
}

using System;
using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>A section of a plan: its label (壹、), title as printed and content.</summary>
public class PlanSection
{
    /// <summary>Creates a section.</summary>
    /// <param name="label">The section label as printed (壹、 … 捌、), or null when the document prints none.</param>
    /// <param name="title">The section title as printed (計畫依據, 考核作業), or null when the document prints none.</param>
    /// <param name="content">The section's paragraphs and numbered points in order; null means an empty section.</param>
    public PlanSection(string? label, string? title, IReadOnlyList<ContentBlock>? content)
    {
        Label = label;
        Title = title;
        Content = content ?? Array.Empty<ContentBlock>();
    }

    /// <summary>The label as printed (壹、).</summary>
    public string? Label { get; }

    /// <summary>The title as printed (計畫依據).</summary>
    public string? Title { get; }

    /// <summary>Paragraphs and numbered points.</summary>
    public IReadOnlyList<ContentBlock> Content { get; }
}

using System;
using System.Collections.Generic;
using Scriban;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// One part of an office template as Scriban text (<c>content.xml</c> of an ODT,
/// <c>word/document.xml</c> of a DOCX), with where each tag landed in that text, so that an error
/// Scriban reports at a line and column is told at the tag and its place in the layout.
/// </summary>
internal sealed class CompiledPart
{
    private readonly IReadOnlyList<(int Offset, int Length, OfficeTag Tag)> _tags;
    private readonly List<int> _lineStarts = new() { 0 };

    public CompiledPart(string path, string templateName, string text, IReadOnlyList<(int Offset, int Length, OfficeTag Tag)> tags)
    {
        Path = path;
        TemplateName = templateName;
        Text = text;
        _tags = tags;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The part's path in the package.</summary>
    public string Path { get; }

    /// <summary>The name the renderer knows the part's template by.</summary>
    public string TemplateName { get; }

    /// <summary>The Scriban text.</summary>
    public string Text { get; }

    /// <summary>The text parsed, once, when the layout was loaded (immutable, shared by renders); null until then.</summary>
    public Template? Parsed { get; set; }

    /// <summary>The tag at a 1-based line and column of <see cref="Text"/>, or the last one before it, or null.</summary>
    public OfficeTag? TagAt(int line, int column)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return null;
        }

        return TagAt(_lineStarts[line - 1] + Math.Max(0, column - 1));
    }

    /// <summary>The tag at an offset of <see cref="Text"/>, or the last one before it, or null.</summary>
    public OfficeTag? TagAt(int offset)
    {
        // Binary search for the last tag starting at or before the offset.
        int low = 0;
        int high = _tags.Count - 1;
        OfficeTag? found = null;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (_tags[middle].Offset <= offset)
            {
                found = _tags[middle].Tag;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}

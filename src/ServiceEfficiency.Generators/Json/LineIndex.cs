using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ServiceEfficiency.Generators.Json;

/// <summary>
/// Lines and columns of offsets in a text, counted the way the run-time loader counts them
/// (<c>JsonSourceMap</c>): a line ends at '\n' only, and a column counts UTF-16 code units, so a
/// Chinese character is one column although it is three UTF-8 bytes. Roslyn's own line table would
/// also break lines at U+2028, U+2029 and U+0085, which JSON allows inside strings.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;

    public LineIndex(string text)
    {
        _length = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>0-based line and character of an offset (clamped to the text).</summary>
    public LinePosition Position(int offset)
    {
        int target = offset < 0 ? 0 : offset > _length ? _length : offset;
        int index = _lineStarts.BinarySearch(target);
        int line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, target - _lineStarts[line]);
    }

    /// <summary>The lines and columns of a span.</summary>
    public LinePositionSpan Span(TextSpan span) => new(Position(span.Start), Position(span.End));
}

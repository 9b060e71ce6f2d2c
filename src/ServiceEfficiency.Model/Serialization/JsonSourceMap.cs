using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// Where each value of a JSON input starts, by JSON path (<c>$.tables[0].entries[3].leadUnits[1]</c>),
/// with lines and columns counted in characters — a line of Chinese text has three UTF-8 bytes per
/// character, and an editor's column is the character's, not the byte's.
/// </summary>
public sealed class JsonSourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions;

    internal JsonSourceMap(string? filePath, Dictionary<string, (int Line, int Column)> positions)
    {
        FilePath = filePath;
        _positions = positions;
    }

    /// <summary>The file the input came from, if any.</summary>
    public string? FilePath { get; }

    /// <summary>A map that knows no positions (for documents built in code).</summary>
    public static JsonSourceMap Empty(string? filePath = null) => new(filePath, new Dictionary<string, (int, int)>(StringComparer.Ordinal));

    /// <summary>
    /// The location of the value at <paramref name="jsonPath"/>; for a path that is not in the input
    /// (a missing property), the location of its nearest enclosing value.
    /// </summary>
    public SourceLocation Locate(string jsonPath)
    {
        string path = jsonPath;
        while (true)
        {
            if (_positions.TryGetValue(path, out (int Line, int Column) position))
            {
                return new SourceLocation(FilePath, position.Line, position.Column, jsonPath);
            }

            int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return new SourceLocation(FilePath, _positions.Count > 0 ? 1 : 0, _positions.Count > 0 ? 1 : 0, jsonPath);
            }

            path = path.Substring(0, cut);
        }
    }

    /// <summary>Appends a property to a path the way System.Text.Json writes paths.</summary>
    internal static string Property(string parent, string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return parent + "['" + name.Replace("'", "\\'") + "']";
            }
        }

        return parent + "." + name;
    }

    /// <summary>Appends an array index to a path.</summary>
    internal static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}

/// <summary>Line and column arithmetic over UTF-8 input.</summary>
internal sealed class Utf8LineIndex
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = new() { 0 };

    public Utf8LineIndex(byte[] utf8)
    {
        _utf8 = utf8;
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>1-based line and character column of a byte offset.</summary>
    public (int Line, int Column) FromOffset(long offset)
    {
        int target = (int)Math.Min(Math.Max(offset, 0), _utf8.Length);
        int index = _lineStarts.BinarySearch(target);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, Characters(_lineStarts[line], target) + 1);
    }

    /// <summary>1-based line and character column from a 0-based line and byte position in that line.</summary>
    public (int Line, int Column) FromLineAndByte(long line, long bytePositionInLine)
    {
        int lineIndex = (int)Math.Min(Math.Max(line, 0), _lineStarts.Count - 1);
        int start = _lineStarts[lineIndex];
        int end = (int)Math.Min(start + Math.Max(bytePositionInLine, 0), _utf8.Length);
        return (lineIndex + 1, Characters(start, end) + 1);
    }

    // UTF-16 code units, as editors count columns; bytes of a character cut at 'end' are not counted.
    private int Characters(int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
        {
            byte b = _utf8[i];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte
            }

            count += b >= 0xF0 ? 2 : 1; // a 4-byte sequence is a surrogate pair
        }

        return count;
    }

    internal static string Describe(byte value) => "0x" + value.ToString("X2", CultureInfo.InvariantCulture);

    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}

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
    private static readonly char[] PathSpecialCharacters = { '.', ' ', '\'', '/', '"', '[', ']', '(', ')', '\t', '\n', '\r', '\f', '\b', '\\', '\u0085', '\u2028', '\u2029' };

    private readonly Dictionary<string, (int Line, int Column)> _positions;

    internal JsonSourceMap(string? filePath, Dictionary<string, (int Line, int Column)> positions)
    {
        FilePath = filePath;
        _positions = positions;
    }

    /// <summary>The file the input came from, if any.</summary>
    public string? FilePath { get; }

    /// <summary>A map that knows no positions (for documents built in code).</summary>
    /// <param name="filePath">The file every location names, or <see langword="null"/> for none.</param>
    public static JsonSourceMap Empty(string? filePath = null) => new(filePath, new Dictionary<string, (int, int)>(StringComparer.Ordinal));

    /// <summary>
    /// The location of the value at <paramref name="jsonPath"/>; for a path that is not in the input
    /// (a missing property), the location of its nearest enclosing value.
    /// </summary>
    /// <param name="jsonPath">A JSON path as the loader writes it, such as <c>$.tables[0].rows[2]</c>.</param>
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

    /// <summary>Where the value at exactly <paramref name="jsonPath"/> starts, if the input has it.</summary>
    internal bool TryFind(string jsonPath, out (int Line, int Column) position) => _positions.TryGetValue(jsonPath, out position);

    /// <summary>
    /// Appends a property to a path exactly as System.Text.Json writes paths, so that the paths of
    /// its exceptions can be looked up here: ['name'] (unescaped) when the name has one of
    /// <see cref="PathSpecialCharacters"/>, .name otherwise.
    /// </summary>
    internal static string Property(string parent, string name) =>
        name.IndexOfAny(PathSpecialCharacters) >= 0
            ? parent + "['" + name + "']"
            : parent + "." + name;

    /// <summary>Appends an array index to a path.</summary>
    internal static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}

/// <summary>Line and column arithmetic over UTF-8 input.</summary>
/// <remarks>
/// A column is a count of UTF-16 code units from the start of the line, which UTF-8 can only give by
/// walking the line's bytes. The loader asks for the positions of all values in increasing order, so
/// the walk resumes from the last position asked for when it is on the same line and not behind it:
/// the cost of locating every value of a document is linear, also when the whole document is one
/// line (minified JSON), where walking from the line start each time was quadratic.
/// </remarks>
internal sealed class Utf8LineIndex
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = new() { 0 };

    // The last position computed: its line (0-based), byte offset and 0-based column.
    private int _cursorLine;
    private int _cursorOffset;
    private int _cursorColumn;

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

    /// <summary>How many bytes the column walks have visited so far; tests read it to prove that locating is linear.</summary>
    internal long ColumnSteps { get; private set; }

    /// <summary>1-based line and character column of a byte offset.</summary>
    public (int Line, int Column) FromOffset(long offset)
    {
        int target = (int)Math.Min(Math.Max(offset, 0), _utf8.Length);
        int line = LineOf(target);
        return (line + 1, Column(line, target) + 1);
    }

    /// <summary>1-based line and character column from a 0-based line and byte position in that line.</summary>
    public (int Line, int Column) FromLineAndByte(long line, long bytePositionInLine)
    {
        int lineIndex = (int)Math.Min(Math.Max(line, 0), _lineStarts.Count - 1);
        int start = _lineStarts[lineIndex];
        int end = (int)Math.Min(start + Math.Max(bytePositionInLine, 0), _utf8.Length);
        return (lineIndex + 1, Column(lineIndex, end) + 1);
    }

    /// <summary>The byte offset of a 0-based line and byte position in that line.</summary>
    public int ToOffset(long line, long bytePositionInLine)
    {
        int lineIndex = (int)Math.Min(Math.Max(line, 0), _lineStarts.Count - 1);
        return (int)Math.Min(_lineStarts[lineIndex] + Math.Max(bytePositionInLine, 0), _utf8.Length);
    }

    private int LineOf(int target)
    {
        // Positions come in order, so the line is usually the cursor's or the next one.
        if (target >= _lineStarts[_cursorLine] && (_cursorLine + 1 == _lineStarts.Count || target < _lineStarts[_cursorLine + 1]))
        {
            return _cursorLine;
        }

        int index = _lineStarts.BinarySearch(target);
        return index >= 0 ? index : ~index - 1;
    }

    // The 0-based column of 'target' on 'line', walking on from the cursor when it is on that line and not past 'target'.
    private int Column(int line, int target)
    {
        bool resume = line == _cursorLine && target >= _cursorOffset && _cursorOffset >= _lineStarts[line];
        int from = resume ? _cursorOffset : _lineStarts[line];
        int column = (resume ? _cursorColumn : 0) + Characters(from, target);
        _cursorLine = line;
        _cursorOffset = target;
        _cursorColumn = column;
        return column;
    }

    /// <summary>
    /// Whether the input ends at <paramref name="offset"/> but for white space (and the one comma
    /// the reader reports a cut after "a": 1, at).
    /// </summary>
    internal static bool NothingAfter(byte[] utf8, int offset)
    {
        for (int i = offset; i < utf8.Length; i++)
        {
            if (!(utf8[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' || (i == offset && utf8[i] == (byte)',')))
            {
                return false;
            }
        }

        return true;
    }

    // UTF-16 code units, as editors count columns; bytes of a character cut at 'end' are not counted.
    private int Characters(int start, int end)
    {
        int count = 0;
        ColumnSteps += end - start;
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

    /// <summary>Whether the bytes from <paramref name="offset"/> to the end are the start of a multi-byte character cut short.</summary>
    internal static bool EndsInsideCharacter(byte[] utf8, int offset)
    {
        if (offset >= utf8.Length)
        {
            return false;
        }

        byte lead = utf8[offset];
        int length = lead is >= 0xC2 and <= 0xDF ? 2 : lead is >= 0xE0 and <= 0xEF ? 3 : lead is >= 0xF0 and <= 0xF4 ? 4 : 0;
        if (utf8.Length - offset >= length)
        {
            return false;
        }

        for (int i = offset + 1; i < utf8.Length; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }

    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}

using System.Globalization;

namespace ServiceEfficiency.Diagnostics;

/// <summary>
/// Where a diagnostic points: the file, a 1-based line and column counted in characters (so a
/// line of Chinese text gives the column an editor shows), and the JSON path of the value.
/// </summary>
public sealed class SourceLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="filePath">The file, or <see langword="null"/> for input that came from no file (a stream, text or a document built in code).</param>
    /// <param name="line">The 1-based line, or 0 when the position is not known.</param>
    /// <param name="column">The 1-based column counted in characters, or 0 when the position is not known.</param>
    /// <param name="jsonPath">The JSON path of the value, such as <c>$.tables[0].rows[2].criterion</c>; <c>$</c> for the whole input.</param>
    public SourceLocation(string? filePath, int line, int column, string jsonPath)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        JsonPath = jsonPath;
    }

    /// <summary>The file, or <see langword="null"/> for input that came from no file.</summary>
    public string? FilePath { get; }

    /// <summary>1-based line; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column in characters; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The JSON path of the value, <c>$</c> for the whole document.</summary>
    public string JsonPath { get; }

    /// <summary>Compiler style: <c>file(line,col)</c>.</summary>
    public override string ToString()
    {
        string file = FilePath ?? "<input>";
        return Line > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", file, Line, Column)
            : file;
    }
}

using System.Globalization;

namespace ServiceEfficiency.Diagnostics;

/// <summary>
/// Where a diagnostic points: the file, a 1-based line and column counted in characters (so a
/// line of Chinese text gives the column an editor shows), and the JSON path of the value; or,
/// for a file that has no useful lines (a layout made in Writer or Word), a place in its own terms
/// such as <c>table 2, row 3, cell 1</c>.
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

    /// <summary>Creates a location given as a place in the file's own terms, not a line.</summary>
    /// <param name="filePath">The file, such as <c>my-layout.odt</c>.</param>
    /// <param name="place">Where in the file, as a person finds it: <c>paragraph 4</c>, <c>table 2, row 3, cell 1</c>.</param>
    public SourceLocation(string? filePath, string place)
        : this(filePath, 0, 0, "$")
    {
        Place = string.IsNullOrWhiteSpace(place) ? throw new System.ArgumentException("A place is required.", nameof(place)) : place;
    }

    /// <summary>The file, or <see langword="null"/> for input that came from no file.</summary>
    public string? FilePath { get; }

    /// <summary>1-based line; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column in characters; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The JSON path of the value, <c>$</c> for the whole document.</summary>
    public string JsonPath { get; }

    /// <summary>A place in the file's own terms (<c>table 2, row 3, cell 1</c>) when it has no useful lines; otherwise null.</summary>
    public string? Place { get; }

    /// <summary>Compiler style: <c>file(line,col)</c>, or <c>file: place</c>.</summary>
    public override string ToString()
    {
        string file = FilePath ?? "<input>";
        if (Place is not null)
        {
            return file + ": " + Place;
        }

        return Line > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", file, Line, Column)
            : file;
    }
}

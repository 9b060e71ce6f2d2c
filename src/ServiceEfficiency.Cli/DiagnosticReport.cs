using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli;

/// <summary>Prints diagnostics compiler-style for people and editors, or as JSON for machines.</summary>
internal static class DiagnosticReport
{
    /// <summary>One line per diagnostic: <c>file(line,col): error SE1003: message [$.path]</c>, then a suggestion if any.</summary>
    public static void WriteText(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            if (diagnostic.Suggestion is string suggestion)
            {
                writer.WriteLine("    suggestion: " + suggestion);
            }
        }
    }

    /// <summary>
    /// A JSON array of objects with <c>file</c>, <c>line</c>, <c>column</c>, <c>jsonPath</c>,
    /// <c>severity</c>, <c>code</c>, <c>message</c> and <c>suggestion</c>, and <c>place</c> when the file is an office
    /// layout located by paragraph or table cell (<c>table 2, row 3, cell 1</c>). Chinese is written as
    /// is (UTF-8), not as \u escapes.
    /// </summary>
    public static string ToJson(IEnumerable<Diagnostic> diagnostics) => JsonOutput.Write(w => WriteJson(w, diagnostics));

    /// <summary>Writes the array of <see cref="ToJson"/> into a larger JSON document (render's <c>--report</c>).</summary>
    public static void WriteJson(Utf8JsonWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        writer.WriteStartArray();
        foreach (Diagnostic d in diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("file", d.Location.FilePath);
            writer.WriteNumber("line", d.Location.Line);
            writer.WriteNumber("column", d.Location.Column);
            writer.WriteString("jsonPath", d.Location.JsonPath);
            if (d.Location.Place is string place)
            {
                writer.WriteString("place", place); // a layout made in Writer or Word: "table 2, row 3, cell 1"
            }

            writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            writer.WriteString("code", d.Code);
            writer.WriteString("message", d.Message);
            if (d.Suggestion is null)
            {
                writer.WriteNull("suggestion");
            }
            else
            {
                writer.WriteString("suggestion", d.Suggestion);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A summary such as <c>2 error(s), 5 warning(s)</c>.</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics) =>
        Messages.CliSummary.Format(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
}

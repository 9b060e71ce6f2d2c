using System.Text.Json;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>One table of a .docx as python-docx reads it.</summary>
/// <param name="Caption">Its <c>w:tblCaption</c> (the alternative text Word shows), or null.</param>
/// <param name="Rows">Each row's cell texts: python-docx's <c>cell.text</c>, the cell's paragraphs joined by newlines.</param>
public sealed record DocxTable(string? Caption, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// python-docx (Debian's python3-docx) as a third-party reader of the .docx outputs: runs
/// <c>Fixtures/read-docx-tables.py</c> with <c>/usr/bin/python3</c> and parses the tables it prints.
/// </summary>
public static class DocxTables
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>Every table of <paramref name="docx"/>, in document order.</summary>
    /// <exception cref="InvalidOperationException">python-docx could not read the file.</exception>
    public static IReadOnlyList<DocxTable> Read(string docx)
    {
        string python = ExternalTool.PythonDocx;
        string[] arguments = { Fixtures.ReadDocxTables, Path.GetFullPath(docx) };
        ProcessResult result = ExternalTool.Run(python, arguments, Timeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"python-docx could not read {docx} (exit code {result.ExitCode}): {ExternalTool.Describe(python, arguments)}{Environment.NewLine}{result.StandardError}");
        }

        using JsonDocument json = JsonDocument.Parse(result.StandardOutput);
        return json.RootElement.EnumerateArray()
            .Select(table => new DocxTable(
                table.GetProperty("caption").GetString(),
                table.GetProperty("rows").EnumerateArray()
                    .Select(row => (IReadOnlyList<string>)row.EnumerateArray().Select(cell => cell.GetString() ?? string.Empty).ToList())
                    .ToList()))
            .ToList();
    }
}

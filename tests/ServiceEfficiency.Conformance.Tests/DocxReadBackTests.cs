using System.IO.Compression;
using System.Text;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Conformance.Tests;

// Inside the namespace: the Open XML SDK's root namespace DocumentFormat would hide the renderer's type otherwise.
using DocumentFormat = ServiceEfficiency.Templates.DocumentFormat;

/// <summary>
/// Issue 14's DOCX read-back: python-docx (Debian's python3-docx, a reader that is not ours) opens the .docx of
/// every sample, with and without the figures line, and finds exactly the tables of the source document — each
/// table's caption, its header row of column titles, and every body row's strategy, lead-unit and content cells,
/// in order, with every line of each (<see cref="ExpectedTables"/>). With <c>CI</c> set a missing python3-docx
/// fails these tests (outside CI: skip).
/// </summary>
public sealed class DocxReadBackTests
{
    /// <summary>Every sample, without and with the figures line (by name: theory data is serialised).</summary>
    public static TheoryData<string, bool> Samples()
    {
        var data = new TheoryData<string, bool>();
        foreach (SampleDocument sample in SourceTexts.Samples())
        {
            data.Add(sample.Name, false);
            data.Add(sample.Name, true);
        }

        return data;
    }

    /// <summary>python-docx reads back every table of the sample's .docx cell for cell.</summary>
    /// <param name="name">The sample document.</param>
    /// <param name="figures">Whether it is rendered with the figures line.</param>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Docx_tables_read_back_by_python_docx_match_the_source_cell_for_cell(string name, bool figures)
    {
        SampleDocument sample = SourceTexts.Samples().Single(s => s.Name == name);
        using var temp = new TempDirectory("docx-read");
        string docx = Render(sample, figures, temp.Path);

        IReadOnlyList<DocxTable> actual = DocxTables.Read(docx);
        IReadOnlyList<DocxTable> expected = ExpectedTables.Of(sample.Document, sample.Edition, figures);

        IReadOnlyList<string> differences = Differences(expected, actual);
        int cells = expected.Sum(t => t.Rows.Sum(r => r.Count));
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}.docx (figures {(figures ? "on" : "off")}): {expected.Count} tables, {cells} cells compared");
        Assert.True(
            differences.Count == 0,
            $"{name}.docx (figures {(figures ? "on" : "off")}) as python-docx reads it differs from the source in {differences.Count} place(s):" +
            Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    /// <summary>The comparison can fail: one changed line in one cell of the .docx is reported with its table, row and column.</summary>
    [Fact]
    public void A_changed_cell_line_is_reported()
    {
        SampleDocument sample = SourceTexts.Samples().Single(s => s.Name == "hualien-112-results");
        using var temp = new TempDirectory("docx-read");
        string docx = Render(sample, figures: false, temp.Path);
        IReadOnlyList<DocxTable> expected = ExpectedTables.Of(sample.Document, sample.Edition, includeFigures: false);
        string line = expected[0].Rows[1][^1].Split('\n')[0];
        Rewrite(docx, "word/document.xml", xml => ReplaceFirst(xml, ">" + Xml(line) + "<", ">" + Xml(line) + "（改）<"));

        IReadOnlyList<string> differences = Differences(expected, DocxTables.Read(docx));

        string difference = Assert.Single(differences);
        Assert.StartsWith("table 1 row 2 column 3:", difference, StringComparison.Ordinal);
        Assert.Contains(line + "（改）", difference, StringComparison.Ordinal);
    }

    /// <summary>Where <paramref name="actual"/> differs from <paramref name="expected"/>: table count, captions, row and cell counts, cell texts.</summary>
    private static IReadOnlyList<string> Differences(IReadOnlyList<DocxTable> expected, IReadOnlyList<DocxTable> actual)
    {
        var differences = new List<string>();
        if (expected.Count != actual.Count)
        {
            differences.Add($"{actual.Count} tables instead of {expected.Count}");
        }

        for (int t = 0; t < Math.Min(expected.Count, actual.Count); t++)
        {
            string table = $"table {t + 1}";
            if (expected[t].Caption != actual[t].Caption)
            {
                differences.Add($"{table}: caption {Quote(actual[t].Caption)} instead of {Quote(expected[t].Caption)}");
            }

            if (expected[t].Rows.Count != actual[t].Rows.Count)
            {
                differences.Add($"{table}: {actual[t].Rows.Count} rows instead of {expected[t].Rows.Count}");
            }

            for (int r = 0; r < Math.Min(expected[t].Rows.Count, actual[t].Rows.Count); r++)
            {
                IReadOnlyList<string> want = expected[t].Rows[r];
                IReadOnlyList<string> got = actual[t].Rows[r];
                if (want.Count != got.Count)
                {
                    differences.Add($"{table} row {r + 1}: {got.Count} cells instead of {want.Count}");
                }

                for (int c = 0; c < Math.Min(want.Count, got.Count); c++)
                {
                    if (!string.Equals(want[c], got[c], StringComparison.Ordinal))
                    {
                        differences.Add($"{table} row {r + 1} column {c + 1}: {Quote(got[c])} instead of {Quote(want[c])}");
                    }
                }
            }
        }

        return differences;
    }

    private static string Quote(string? text) => text is null ? "none" : "'" + text.Replace("\n", "⏎", StringComparison.Ordinal) + "'";

    private static string Render(SampleDocument sample, bool figures, string directory)
    {
        string path = Path.Combine(directory, sample.Name + DocumentFormat.Docx.FileExtension);
        using (FileStream output = File.Create(path))
        {
            new DocumentRenderer(new RenderOptions { IncludeFigures = figures }).Render(sample.Document, sample.Edition, DocumentFormat.Docx, output, TestContext.Current.CancellationToken);
        }

        return path;
    }

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the document");
        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }

    /// <summary>Changes one entry of the zip at <paramref name="path"/> in place.</summary>
    private static void Rewrite(string path, string entryName, Func<string, string> change)
    {
        using ZipArchive archive = ZipFile.Open(path, ZipArchiveMode.Update);
        ZipArchiveEntry entry = archive.GetEntry(entryName) ?? throw new InvalidOperationException($"{path} has no {entryName}");
        string text;
        using (var reader = new StreamReader(entry.Open(), new UTF8Encoding(false)))
        {
            text = reader.ReadToEnd();
        }

        using Stream stream = entry.Open();
        stream.SetLength(0);
        byte[] bytes = new UTF8Encoding(false).GetBytes(change(text));
        stream.Write(bytes);
    }
}

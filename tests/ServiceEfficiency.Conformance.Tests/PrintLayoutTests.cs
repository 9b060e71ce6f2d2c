using System.Globalization;
using System.Text.RegularExpressions;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Conformance.Tests;

// Inside the namespace: the Open XML SDK's root namespace DocumentFormat would hide the renderer's type otherwise.
using DocumentFormat = ServiceEfficiency.Templates.DocumentFormat;

/// <summary>
/// Issue 14's print layout, measured on the PDF LibreOffice makes of every sample's ODF and DOCX output
/// (<c>pdftotext -bbox</c> for where the words are, <c>-raw</c> for the lines):
/// <list type="bullet">
/// <item>no page but the last has more than 35 % of its text area empty: a long table row may break
/// across pages instead of jumping to the next one (the old layout left Hualien's page 11 60 % and
/// Tainan's page 12 66 % blank);</item>
/// <item>no figure value of the data (2,366, 1,132) and no Latin word of the data (YouTube, center)
/// is split across two lines: Western text is tagged en-US, not zh-TW.</item>
/// </list>
/// With <c>CI</c> set a missing LibreOffice or pdftotext fails these tests (outside CI: skip).
/// </summary>
public sealed class PrintLayoutTests
{
    private const double MostEmpty = 0.35;

    /// <summary>Every sample with each registered ODF and DOCX format (by name: theory data is serialised).</summary>
    public static TheoryData<string, string> Outputs()
    {
        var data = new TheoryData<string, string>();
        foreach (SampleDocument sample in SourceTexts.Samples())
        {
            foreach (DocumentFormat format in DocumentFormats.All.Where(f => f.MediaType is "application/vnd.oasis.opendocument.text" or "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
            {
                data.Add(sample.Name, format.Name);
            }
        }

        return data;
    }

    /// <summary>The PDF of the sample's ODF or DOCX output (default options: no figures line) fills its pages and breaks no number or Latin word.</summary>
    /// <param name="name">The sample document.</param>
    /// <param name="formatName">The format (odt, fodt, docx).</param>
    [Theory]
    [MemberData(nameof(Outputs))]
    public void No_page_but_the_last_is_more_than_a_third_empty_and_no_number_or_word_breaks(string name, string formatName)
    {
        SampleDocument sample = SourceTexts.Samples().Single(s => s.Name == name);
        DocumentFormat format = DocumentFormats.All.Single(f => f.Name == formatName);
        using var temp = new TempDirectory("print-" + format.Name);
        string source = Path.Combine(temp.Path, sample.Name + format.FileExtension);
        using (FileStream output = File.Create(source))
        {
            new DocumentRenderer().Render(sample.Document, sample.Edition, format, output, TestContext.Current.CancellationToken);
        }

        PdfDocument pdf = PdfText.Convert(source, temp.Path);
        IReadOnlyList<double> empty = EmptyShares(Bbox(pdf.Pdf));
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}{format.FileExtension}: {empty.Count} pages, empty {string.Join(" ", empty.Select(e => (e * 100).ToString("0", CultureInfo.InvariantCulture) + "%"))}");

        for (int page = 0; page < empty.Count - 1; page++)
        {
            Assert.True(empty[page] <= MostEmpty, $"{name}{format.FileExtension}: page {page + 1} of {empty.Count} is {empty[page]:P0} empty");
        }

        string lines = pdf.Text.Replace("\r", string.Empty, StringComparison.Ordinal);
        foreach (string value in FigureValues(sample.Document))
        {
            Assert.False(Split(lines, value), $"{name}{format.FileExtension}: the figure {value} is split across two lines");
        }

        foreach (string word in LatinWords(sample.Document))
        {
            Assert.False(Split(lines, word), $"{name}{format.FileExtension}: the word {word} is split across two lines");
        }
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="token"/> with a line break inside it (and not merely beside it).</summary>
    private static bool Split(string text, string token)
    {
        for (int i = 1; i < token.Length; i++)
        {
            string pattern = @"(?<![A-Za-z0-9,])" + Regex.Escape(token.Substring(0, i)) + @" ?\n ?" + Regex.Escape(token.Substring(i)) + @"(?![A-Za-z0-9])";
            if (Regex.IsMatch(text, pattern))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> FigureValues(ServiceDocument document) =>
        document.Entries().SelectMany(e => e.Figures).Select(f => FigureFormat.Number(f.Value)).Where(v => v.Length >= 2).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> LatinWords(ServiceDocument document) =>
        document.Entries()
            .SelectMany(e => e.Actions.Concat(e.Results).Concat(e.Method))
            .SelectMany(b => b.AllTexts())
            .SelectMany(t => Regex.Matches(t, "[A-Za-z]{3,}").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Each page's height and its words' bottoms (yMax), from <c>pdftotext -bbox</c>.</summary>
    private static List<(double Height, List<(double Top, double Bottom)> Words)> Bbox(string pdf)
    {
        ProcessResult result = ExternalTool.Run(ExternalTool.PdfToText, new[] { "-bbox", "-enc", "UTF-8", Path.GetFullPath(pdf), "-" }, TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.StandardError);
        var pages = new List<(double, List<(double, double)>)>();
        foreach (Match page in Regex.Matches(result.StandardOutput, "<page width=\"[^\"]+\" height=\"([^\"]+)\">(.*?)</page>", RegexOptions.Singleline))
        {
            double height = double.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture);
            var words = Regex.Matches(page.Groups[2].Value, "<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"([^\"]+)\">")
                .Select(w => (double.Parse(w.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(w.Groups[2].Value, CultureInfo.InvariantCulture)))
                // The footer (第 N 頁，共 M 頁) sits in the bottom tenth of the page and is not body text.
                .Where(w => w.Item1 < height * 0.9)
                .ToList();
            pages.Add((height, words));
        }

        Assert.NotEmpty(pages);
        return pages;
    }

    /// <summary>
    /// The share of each page's text area below its last line of body text. The text area runs from
    /// the first page's first line to the lowest line any page reaches.
    /// </summary>
    private static IReadOnlyList<double> EmptyShares(List<(double Height, List<(double Top, double Bottom)> Words)> pages)
    {
        double top = pages[0].Words.Min(w => w.Top);
        double bottom = pages.Where(p => p.Words.Count > 0).Max(p => p.Words.Max(w => w.Bottom));
        return pages.Select(p => p.Words.Count == 0 ? 1.0 : (bottom - p.Words.Max(w => w.Bottom)) / (bottom - top)).ToList();
    }
}

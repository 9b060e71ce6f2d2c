using System.Diagnostics;
using System.Text;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>An ODF or DOCX document converted to PDF by LibreOffice, and the text pdftotext reads back from it.</summary>
/// <param name="Source">The ODF or DOCX file converted.</param>
/// <param name="Pdf">The PDF written.</param>
/// <param name="Text">pdftotext's UTF-8 text of the PDF.</param>
/// <param name="ConversionTime">Time LibreOffice took (start-up included).</param>
/// <param name="ExtractionTime">Time pdftotext took.</param>
public sealed record PdfDocument(string Source, string Pdf, string Text, TimeSpan ConversionTime, TimeSpan ExtractionTime)
{
    /// <summary>The texts of <paramref name="expected"/> not found in the PDF text (compared with <see cref="PdfText.Normalize"/>).</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> expected) => PdfText.Missing(Text, expected);
}

/// <summary>
/// LibreOffice as the real consumer of the ODF and DOCX outputs: <c>soffice --headless --convert-to pdf</c> with the import
/// filter forced to the file's format (so a file LibreOffice would otherwise open as plain text is refused, not printed), a
/// throw-away user profile per run and a timeout; then <c>pdftotext -raw -enc UTF-8</c>.
/// </summary>
public static class PdfText
{
    /// <summary>LibreOffice's import filter for flat ODF text (.fodt).</summary>
    public const string FlatOdtFilter = "OpenDocument Text Flat XML";

    /// <summary>LibreOffice's import filter for ODF text packages (.odt).</summary>
    public const string OdtFilter = "writer8";

    /// <summary>LibreOffice's import filter for WordprocessingML packages (.docx, Word 2007 and later).</summary>
    public const string DocxFilter = "MS Word 2007 XML";

    /// <summary>How long one conversion may take before LibreOffice is killed.</summary>
    public static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan ExtractionTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Converts <paramref name="odf"/> (.fodt, .odt or .docx) to a PDF in <paramref name="outputDirectory"/> and reads its text.</summary>
    /// <exception cref="InvalidOperationException">LibreOffice wrote no PDF (it exits with 0 even when it cannot load the file).</exception>
    public static PdfDocument Convert(string odf, string outputDirectory)
    {
        string pdf = ConvertToPdf(odf, outputDirectory, out TimeSpan conversion);
        var watch = Stopwatch.StartNew();
        string text = ExtractText(pdf);
        return new PdfDocument(odf, pdf, text, conversion, watch.Elapsed);
    }

    /// <summary>Converts <paramref name="odf"/> to PDF with LibreOffice headless; returns the PDF's path (<c>OUTPUT/NAME.EXT.pdf</c>).</summary>
    /// <exception cref="InvalidOperationException">No PDF was written.</exception>
    public static string ConvertToPdf(string odf, string outputDirectory, out TimeSpan elapsed)
    {
        string soffice = ExternalTool.Soffice;
        string extension = Path.GetExtension(odf).ToLowerInvariant();
        string filter = extension switch
        {
            ".fodt" => FlatOdtFilter,
            ".odt" => OdtFilter,
            ".docx" => DocxFilter,
            _ => throw new ArgumentException($"not an ODF text file (.fodt or .odt) or a .docx: {odf}", nameof(odf)),
        };

        Directory.CreateDirectory(outputDirectory);

        // LibreOffice names the PDF after the input's base name; convert into a directory of its own and name the
        // result NAME.EXT.pdf so that x.fodt and x.odt can be converted side by side.
        using var scratch = new TempDirectory("lo-out");
        string written = Path.Combine(scratch.Path, Path.GetFileNameWithoutExtension(odf) + ".pdf");
        string pdf = Path.Combine(Path.GetFullPath(outputDirectory), Path.GetFileName(odf) + ".pdf");
        File.Delete(pdf);

        // Its own profile per run: concurrent conversions cannot meet, and nothing from an earlier run is reused.
        using var profile = new TempDirectory("lo-profile");
        string[] arguments =
        {
            "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--nofirststartwizard",
            "-env:UserInstallation=" + new Uri(profile.Path + "/").AbsoluteUri,
            "--infilter=" + filter,
            "--convert-to", "pdf",
            "--outdir", scratch.Path,
            Path.GetFullPath(odf),
        };
        ProcessResult result = ExternalTool.Run(soffice, arguments, ConversionTimeout, scratch.Path);
        elapsed = result.Elapsed;
        if (result.ExitCode != 0 || !File.Exists(written) || !StartsWithPdfMagic(written))
        {
            throw new InvalidOperationException(
                $"LibreOffice did not convert {odf} to PDF (exit code {result.ExitCode}, PDF {(File.Exists(written) ? "not a PDF" : "not written")}).{Environment.NewLine}" +
                $"{ExternalTool.Describe(soffice, arguments)}{Environment.NewLine}{result.StandardOutput}{result.StandardError}");
        }

        File.Move(written, pdf, overwrite: true);
        return pdf;
    }

    /// <summary>
    /// The text of <paramref name="pdf"/>, by <c>pdftotext -raw -enc UTF-8</c>. <c>-raw</c> keeps the content-stream
    /// order, in which LibreOffice writes a table cell's lines together; pdftotext's default reading order joins the
    /// first line of a wrapped cell with the cell beside it ("1.訂定申辦業務標準作業流程：訂 第六課、嘉辦、斗辦"), which
    /// made 38 of the 41 strategy cells of a document laid out like the 臺南分局 plan unfindable, and <c>-layout</c> is worse.
    /// </summary>
    public static string ExtractText(string pdf)
    {
        string pdftotext = ExternalTool.PdfToText;
        ProcessResult result = ExternalTool.Run(pdftotext, new[] { "-raw", "-enc", "UTF-8", Path.GetFullPath(pdf), "-" }, ExtractionTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed on {pdf} (exit code {result.ExitCode}): {result.StandardError}");
        }

        return result.StandardOutput;
    }

    /// <summary>
    /// The form in which expected text is looked for in PDF text. Only what PDF extraction legitimately changes is
    /// undone:
    /// <list type="bullet">
    /// <item>all white space is removed (line breaks inside table cells split CJK text anywhere; pdftotext adds spaces
    /// between CJK and Latin or digits, "114 年度" for "114年度"; page breaks become form feeds);</item>
    /// <item>soft hyphens, zero-width spaces and joiners and the BOM are removed (hyphenation and invisible characters);</item>
    /// <item>Kangxi radicals, CJK radicals supplement and CJK compatibility ideographs are mapped to the unified
    /// ideographs (a font's glyph may map back to either code point).</item>
    /// </list>
    /// Nothing else is folded — deliberately no NFKC: full-width digits and punctuation (４９，６３３) stay different
    /// from half-width (49,633), and （ from (, so a renderer that changes how a figure or a unit is printed is caught.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF'))
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The texts of <paramref name="expected"/> that <paramref name="pdfText"/> does not contain, both <see cref="Normalize">normalised</see>.</summary>
    /// <remarks>
    /// A table row may break across pages, so a cell's text may end one page and go on at the next: on the
    /// page in between pdftotext reads the row's other cells, the footer and the repeated header row. A
    /// text counts as printed when it is whole, or when a start of it closes its page's text of the cell
    /// and the rest follows on the next page (<see cref="SplitAtPageBreak"/>).
    /// </remarks>
    public static IReadOnlyList<string> Missing(string pdfText, IEnumerable<string> expected)
    {
        string haystack = Normalize(pdfText);
        string[] pages = pdfText.Split('\f').Select(Normalize).ToArray();
        return expected
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Distinct(StringComparer.Ordinal)
            .Where(e => !haystack.Contains(Normalize(e), StringComparison.Ordinal) && !SplitAtPageBreak(pages, Normalize(e)))
            .ToList();
    }

    /// <summary>Whether <paramref name="needle"/> starts on one page and ends on the next (both normalised).</summary>
    public static bool SplitAtPageBreak(IReadOnlyList<string> pages, string needle)
    {
        for (int page = 0; page + 1 < pages.Count; page++)
        {
            // A start of the needle on this page and the rest on the next (anywhere: other cells come first in
            // reading order). At least 4 characters before the break and 2 after, so that a short text (a
            // figure, 2 間) must be whole and a few common characters cannot stand in for a missing text.
            for (int k = needle.Length - 2; k >= 4; k--)
            {
                if (pages[page].Contains(needle.Substring(0, k), StringComparison.Ordinal)
                    && pages[page + 1].Contains(needle.Substring(k), StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Why <paramref name="expected"/> is not in <paramref name="pdfText"/>, for failure messages: how much of its start
    /// and of its end the PDF does contain (a text split by a page break — footer and repeated header rows in between —
    /// shows as a long prefix and a long suffix; a text that is not printed at all, as none).
    /// </summary>
    public static string Explain(string pdfText, string expected)
    {
        string haystack = Normalize(pdfText);
        string needle = Normalize(expected);
        int prefix = 0;
        while (prefix < needle.Length && haystack.Contains(needle.Substring(0, prefix + 1), StringComparison.Ordinal))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < needle.Length && haystack.Contains(needle.Substring(needle.Length - suffix - 1), StringComparison.Ordinal))
        {
            suffix++;
        }

        return $"'{expected}' not in the PDF text; the PDF has its first {prefix} and its last {suffix} of {needle.Length} characters" +
               (prefix > 0 ? $" (found '{needle.Substring(0, prefix)}')" : string.Empty);
    }

    private static bool StartsWithPdfMagic(string path)
    {
        using FileStream stream = File.OpenRead(path);
        var magic = new byte[5];
        return stream.Read(magic, 0, 5) == 5 && Encoding.ASCII.GetString(magic) == "%PDF-";
    }
}

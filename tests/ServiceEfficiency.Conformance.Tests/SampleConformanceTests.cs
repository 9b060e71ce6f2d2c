using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Conformance.Tests;

// Inside the namespace: the Open XML SDK's root namespace DocumentFormat would hide the renderer's type otherwise.
using DocumentFormat = ServiceEfficiency.Templates.DocumentFormat;

/// <summary>
/// Issue 4's acceptance in CI, for every sample document and every registered format (<see cref="DocumentFormats.All"/>)
/// that is ODF, DOCX or HTML: every .fodt, and the content, styles, meta and manifest of every .odt, validate with
/// <c>jing -i</c> against the ODF 1.3 schemas; LibreOffice converts each ODF and DOCX output to PDF and
/// pdftotext of it contains every strategy title, lead unit and figure of the source document (issue 14 for the
/// DOCX); every HTML output has
/// 0 axe-core violations for wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice and experimental.
/// With <c>CI</c> set a missing jing, LibreOffice, pdftotext, node or Chromium fails these tests (outside CI: skip).
/// </summary>
public sealed class SampleConformanceTests
{
    /// <summary>Every sample document with each registered ODF format (by name: theory data is serialised).</summary>
    public static TheoryData<string, string> SampleOdfOutputs()
    {
        var data = new TheoryData<string, string>();
        foreach (SampleDocument sample in SourceTexts.Samples())
        {
            foreach (DocumentFormat format in OdfFormats)
            {
                data.Add(sample.Name, format.Name);
            }
        }

        return data;
    }

    /// <summary>Every sample document with each registered format LibreOffice prints: ODF text and DOCX (by name).</summary>
    public static TheoryData<string, string> SamplePrintableOutputs()
    {
        var data = new TheoryData<string, string>();
        foreach (SampleDocument sample in SourceTexts.Samples())
        {
            foreach (DocumentFormat format in PrintableFormats)
            {
                data.Add(sample.Name, format.Name);
            }
        }

        return data;
    }

    /// <summary>Every registered format whose media type is ODF text: each must validate and convert to PDF.</summary>
    private static IEnumerable<DocumentFormat> OdfFormats =>
        DocumentFormats.All.Where(f => f.MediaType == "application/vnd.oasis.opendocument.text");

    /// <summary>The ODF formats and every registered WordprocessingML format: each must convert to PDF with all its text.</summary>
    private static IEnumerable<DocumentFormat> PrintableFormats =>
        OdfFormats.Concat(DocumentFormats.All.Where(f => f.MediaType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private static DocumentFormat Format(string name) => DocumentFormats.All.Single(f => f.Name == name);

    /// <summary>
    /// Each ODF output of the sample is valid ODF 1.3 (jing -i): a single file as flat ODF, a zip as
    /// a package (structure, content, styles, meta and manifest).
    /// </summary>
    [Theory]
    [MemberData(nameof(SampleOdfOutputs))]
    public void Odf_output_is_valid_ODF_1_3(string name, string formatName)
    {
        DocumentFormat format = Format(formatName);
        using var temp = new TempDirectory("accept-" + format.Name);
        string path = Render(Sample(name), format, temp.Path);

        bool zipped = format.Packaging is ZipPackaging;
        OdfReport report = zipped ? OdfValidator.ValidatePackage(path) : OdfValidator.ValidateFlat(path);
        Log($"{name}{format.FileExtension}: {(zipped ? "structure + " : string.Empty)}jing {report.Elapsed.TotalMilliseconds:0} ms");

        Assert.True(report.IsValid, report.ToString());
    }

    /// <summary>LibreOffice converts the ODF or DOCX output to PDF, and the PDF text has every strategy title, lead unit and figure.</summary>
    [Theory]
    [MemberData(nameof(SamplePrintableOutputs))]
    public void Pdf_contains_every_strategy_title_lead_unit_and_figure(string name, string formatName)
    {
        DocumentFormat format = Format(formatName);
        SampleDocument sample = Sample(name);
        SourceTexts expected = SourceTexts.Of(sample.Document, sample.Edition);
        using var temp = new TempDirectory("accept-pdf");
        string source = Render(sample, format, temp.Path);

        PdfDocument pdf = PdfText.Convert(source, temp.Path);
        Log($"{Path.GetFileName(source)}: LibreOffice {pdf.ConversionTime.TotalMilliseconds:0} ms, pdftotext {pdf.ExtractionTime.TotalMilliseconds:0} ms");

        var missing = expected.All
            .Where(e => pdf.Missing(new[] { e.Text }).Count > 0)
            .Select(e => $"  {e.Kind}: {PdfText.Explain(pdf.Text, e.Text)}")
            .ToList();
        Assert.True(
            missing.Count == 0,
            $"{Path.GetFileName(source)} → PDF lacks {missing.Count} of {expected.All.Count()} expected texts " +
            $"({expected.StrategyTitles.Count} strategy titles, {expected.LeadUnits.Count} lead units, {expected.Figures.Count} figures):" +
            Environment.NewLine + string.Join(Environment.NewLine, missing) +
            Environment.NewLine + "(set SE_KEEP_TEMP=1 to keep " + temp.Path + ")");
    }

    /// <summary>Every sample's HTML has 0 axe-core violations (one browser run for all of them).</summary>
    [Fact]
    public void Every_HTML_output_has_no_axe_violations()
    {
        using var temp = new TempDirectory("accept-html");
        // Every registered HTML format, every sample.
        string[] pages = DocumentFormats.All.Where(f => f.MediaType.StartsWith("text/html", StringComparison.Ordinal))
            .SelectMany(f => SourceTexts.Samples().Select(s => Render(s, f, temp.Path))).ToArray();

        AxeReport report = AxeChecker.Check(pages);
        Log($"axe on {pages.Length} page(s): {report.Elapsed.TotalMilliseconds:0} ms in all; " +
            string.Join("; ", report.Files.Select(f => $"{Path.GetFileName(f.File)} {f.Duration.TotalMilliseconds:0} ms")));

        Assert.True(report.Passed, report.Describe());
    }

    private static SampleDocument Sample(string name) => SourceTexts.Samples().Single(s => s.Name == name);

    private static string Render(SampleDocument sample, DocumentFormat format, string directory)
    {
        string path = Path.Combine(directory, sample.Name + format.FileExtension);
        using (FileStream output = File.Create(path))
        {
            // With the figures line (off by default): it is the one place every figure is printed in one form
            // (受理商品檢驗 923 件), so the PDF can be searched for each; the prose states them in varying forms.
            new DocumentRenderer(new RenderOptions { IncludeFigures = true }).Render(sample.Document, sample.Edition, format, output, TestContext.Current.CancellationToken);
        }

        Assert.True(new FileInfo(path).Length > 0, $"the renderer wrote nothing for {sample.Name} as {format}");
        return path;
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>
/// Issue 4's acceptance in CI, for every sample document: every .fodt, and the content, styles, meta and manifest of
/// every .odt, validate with <c>jing -i</c> against the ODF 1.3 schemas; LibreOffice converts each ODF output to PDF and
/// pdftotext of it contains every strategy title, lead unit and figure of the source document; every HTML output has
/// 0 axe-core violations for wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice and experimental.
/// With <c>CI</c> set a missing jing, LibreOffice, pdftotext, node or Chromium fails these tests (outside CI: skip).
/// </summary>
public sealed class SampleConformanceTests
{
    /// <summary>Every sample document by name.</summary>
    public static TheoryData<string> SampleNames() => new(SourceTexts.Samples().Select(s => s.Name));

    /// <summary>Every sample document with each ODF format.</summary>
    public static TheoryData<string, DocumentFormat> SampleOdfOutputs()
    {
        var data = new TheoryData<string, DocumentFormat>();
        foreach (SampleDocument sample in SourceTexts.Samples())
        {
            data.Add(sample.Name, DocumentFormat.FlatOdt);
            data.Add(sample.Name, DocumentFormat.Odt);
        }

        return data;
    }

    /// <summary>The .fodt of the sample is valid ODF 1.3 (jing -i).</summary>
    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Flat_odt_is_valid_ODF_1_3(string name)
    {
        using var temp = new TempDirectory("accept-fodt");
        string fodt = Render(Sample(name), DocumentFormat.FlatOdt, temp.Path);

        OdfReport report = OdfValidator.ValidateFlat(fodt);
        Log($"{name}.fodt: jing {report.Elapsed.TotalMilliseconds:0} ms");

        Assert.True(report.IsValid, report.ToString());
    }

    /// <summary>The .odt of the sample is a valid ODF 1.3 package: structure, content, styles, meta and manifest.</summary>
    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Odt_is_valid_ODF_1_3(string name)
    {
        using var temp = new TempDirectory("accept-odt");
        string odt = Render(Sample(name), DocumentFormat.Odt, temp.Path);

        OdfReport report = OdfValidator.ValidatePackage(odt);
        Log($"{name}.odt: structure + jing {report.Elapsed.TotalMilliseconds:0} ms");

        Assert.True(report.IsValid, report.ToString());
    }

    /// <summary>LibreOffice converts the ODF output to PDF, and the PDF text has every strategy title, lead unit and figure.</summary>
    [Theory]
    [MemberData(nameof(SampleOdfOutputs))]
    public void Pdf_contains_every_strategy_title_lead_unit_and_figure(string name, DocumentFormat format)
    {
        SampleDocument sample = Sample(name);
        SourceTexts expected = SourceTexts.Of(sample.Document, sample.Edition);
        using var temp = new TempDirectory("accept-pdf");
        string odf = Render(sample, format, temp.Path);

        PdfDocument pdf = PdfText.Convert(odf, temp.Path);
        Log($"{Path.GetFileName(odf)}: LibreOffice {pdf.ConversionTime.TotalMilliseconds:0} ms, pdftotext {pdf.ExtractionTime.TotalMilliseconds:0} ms");

        var missing = expected.All
            .Where(e => pdf.Missing(new[] { e.Text }).Count > 0)
            .Select(e => $"  {e.Kind}: {PdfText.Explain(pdf.Text, e.Text)}")
            .ToList();
        Assert.True(
            missing.Count == 0,
            $"{Path.GetFileName(odf)} → PDF lacks {missing.Count} of {expected.All.Count()} expected texts " +
            $"({expected.StrategyTitles.Count} strategy titles, {expected.LeadUnits.Count} lead units, {expected.Figures.Count} figures):" +
            Environment.NewLine + string.Join(Environment.NewLine, missing) +
            Environment.NewLine + "(set SE_KEEP_TEMP=1 to keep " + temp.Path + ")");
    }

    /// <summary>Every sample's HTML has 0 axe-core violations (one browser run for all of them).</summary>
    [Fact]
    public void Every_HTML_output_has_no_axe_violations()
    {
        using var temp = new TempDirectory("accept-html");
        string[] pages = SourceTexts.Samples().Select(s => Render(s, DocumentFormat.Html, temp.Path)).ToArray();

        AxeReport report = AxeChecker.Check(pages);
        Log($"axe on {pages.Length} page(s): {report.Elapsed.TotalMilliseconds:0} ms in all; " +
            string.Join("; ", report.Files.Select(f => $"{Path.GetFileName(f.File)} {f.Duration.TotalMilliseconds:0} ms")));

        Assert.True(report.Passed, report.Describe());
    }

    private static SampleDocument Sample(string name) => SourceTexts.Samples().Single(s => s.Name == name);

    private static string Render(SampleDocument sample, DocumentFormat format, string directory)
    {
        string extension = format switch
        {
            DocumentFormat.Markdown => ".md",
            DocumentFormat.Html => ".html",
            DocumentFormat.FlatOdt => ".fodt",
            DocumentFormat.Odt => ".odt",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        string path = Path.Combine(directory, sample.Name + extension);
        using (FileStream output = File.Create(path))
        {
            new DocumentRenderer().Render(sample.Document, sample.Edition, format, output, TestContext.Current.CancellationToken);
        }

        Assert.True(new FileInfo(path).Length > 0, $"the renderer wrote nothing for {sample.Name} as {format}");
        return path;
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}

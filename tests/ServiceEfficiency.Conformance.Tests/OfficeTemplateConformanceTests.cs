using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Templates.Office;
using ServiceEfficiency.Testing;


namespace ServiceEfficiency.Conformance.Tests;

using DocumentFormat = ServiceEfficiency.Templates.DocumentFormat;

/// <summary>
/// Issue 15's acceptance: templates made by the real programs, not by hand-written XML. The exported starter
/// (<see cref="OfficeStarter"/>) is opened and saved again by LibreOffice headless — <c>--convert-to odt</c> and
/// <c>--convert-to docx</c>, which rewrite runs, spans and styles their own way — and every sample is rendered
/// through each re-saved file. Every strategy title, lead unit and content paragraph (results, actions, method) of
/// the sample is in the output's own text (content.xml / word/document.xml) and in LibreOffice's PDF of it
/// (pdftotext); the ODT passes jing against the ODF 1.3 schemas and the DOCX passes <see cref="OpenXmlValidator"/>
/// (Office 2019) with 0 errors. With <c>CI</c> set a missing LibreOffice, jing or pdftotext fails these tests.
/// </summary>
public sealed class OfficeTemplateConformanceTests : IClassFixture<OfficeTemplateConformanceTests.ResavedStarters>
{
    private readonly ResavedStarters _starters;

    /// <summary>Takes the starters re-saved once for the class.</summary>
    /// <param name="starters">The re-saved starters.</param>
    public OfficeTemplateConformanceTests(ResavedStarters starters) => _starters = starters;

    /// <summary>Every sample with each re-saved starter: odt saved again as odt, docx as docx, and the odt saved as docx.</summary>
    public static TheoryData<string, string> SamplesAndLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (SampleDocument sample in SourceTexts.Samples())
        {
            foreach (string layout in ResavedStarters.Layouts)
            {
                data.Add(sample.Name, layout);
            }
        }

        return data;
    }

    /// <summary>Renders the sample through the re-saved layout and checks its text, its PDF and its validity.</summary>
    /// <param name="name">The sample document.</param>
    /// <param name="layoutName">The re-saved starter.</param>
    [Theory]
    [MemberData(nameof(SamplesAndLayouts))]
    public void A_sample_rendered_through_a_starter_resaved_by_LibreOffice_holds_all_its_text_and_is_valid(string name, string layoutName)
    {
        SampleDocument sample = SourceTexts.Samples().Single(s => s.Name == name);
        OfficeTemplate layout = OfficeTemplate.Load(_starters.Path(layoutName));
        using var temp = new TempDirectory("office-render");
        string output = temp.File(name + layout.Format.FileExtension);
        new DocumentRenderer(new RenderOptions { TemplateSource = layout }).RenderToFile(sample.Document, sample.Edition, layout.Format, output, TestContext.Current.CancellationToken);

        List<string> expected = Expected(sample.Document, sample.Edition).ToList();
        string text = PdfText.Normalize(PartText(output));
        List<string> missingInXml = expected.Where(e => !text.Contains(PdfText.Normalize(e), StringComparison.Ordinal)).ToList();
        Assert.True(missingInXml.Count == 0, $"{name} through {layoutName}: {missingInXml.Count} of {expected.Count} texts missing from the part's text:{Environment.NewLine}" + string.Join(Environment.NewLine, missingInXml.Take(20)));

        PdfDocument pdf = PdfText.Convert(output, temp.Path);
        IReadOnlyList<string> missingInPdf = pdf.Missing(expected);
        Assert.True(missingInPdf.Count == 0, $"{name} through {layoutName}: {missingInPdf.Count} of {expected.Count} texts missing from the PDF:{Environment.NewLine}" + string.Join(Environment.NewLine, missingInPdf.Take(20)));

        if (layout.Format.Name == "odt")
        {
            OdfReport report = OdfValidator.ValidatePackage(output);
            Assert.True(report.IsValid, report.ToString());
        }
        else
        {
            // LibreOffice 7.4's own DOCX export writes values the SDK's schemas refuse (w:cantSplit and
            // w:tblHeader w:val="true", a table's w:jc="start", a font's w:characterSet="utf-8", a list
            // level's children out of order); the layout is compiled with them spelt as the schema spells
            // the same meaning (WordSchemaRepairs), so the document has no error at all.
            int inherited = ValidateDocx(_starters.Path(layoutName)).Count;
            IReadOnlyList<string> errors = ValidateDocx(output);
            Assert.True(errors.Count == 0, $"{name} through {layoutName}: {errors.Count} OpenXmlValidator error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Take(20)));
            TestContext.Current.TestOutputHelper?.WriteLine($"{name} through {layoutName}: OpenXmlValidator: 0 errors (the re-saved layout itself has {inherited})");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{name} through {layoutName}: {expected.Count} texts found in the XML and the PDF ({pdf.ConversionTime.TotalSeconds:0.0} s to convert)");
    }

    /// <summary>The check can fail: a layout whose row loop prints no lead units misses them in the output.</summary>
    [Fact]
    public void A_layout_that_leaves_out_the_lead_units_is_caught()
    {
        SampleDocument sample = SourceTexts.Samples().Single(s => s.Name == "hualien-112-results");
        byte[] starter = File.ReadAllBytes(_starters.Path("starter.odt"));
        byte[] broken = ZipParts.Rewrite(starter, "content.xml", xml => xml.Replace("row.lead_units", "row.code", StringComparison.Ordinal));
        OfficeTemplate layout = OfficeTemplate.Load(new MemoryStream(broken), "broken.odt");
        string text = PdfText.Normalize(Encoding.UTF8.GetString(new DocumentRenderer(new RenderOptions { TemplateSource = layout }).RenderToBytes(sample.Document, sample.Edition, layout.Format, TestContext.Current.CancellationToken)));
        Assert.Contains(SourceTexts.Of(sample.Document, sample.Edition).LeadUnits, u => !text.Contains(PdfText.Normalize(u), StringComparison.Ordinal));
    }

    /// <summary>What every layout must print of a document: strategy titles, lead units, and every content paragraph of every row.</summary>
    private static IEnumerable<string> Expected(ServiceDocument document, ServiceEfficiency.Criteria.CriteriaEdition edition)
    {
        SourceTexts texts = SourceTexts.Of(document, edition);
        var paragraphs = new List<string>();
        foreach (StrategyEntry entry in document.Entries())
        {
            Flatten(entry.Results, paragraphs);
            Flatten(entry.Actions, paragraphs);
            Flatten(entry.Method, paragraphs);
        }

        return texts.StrategyTitles.Concat(texts.LeadUnits).Concat(paragraphs).Distinct(StringComparer.Ordinal);
    }

    private static void Flatten(IReadOnlyList<ContentBlock> blocks, List<string> into)
    {
        foreach (ContentBlock block in blocks)
        {
            into.Add(block.Text);
            Flatten(block.Points, into);
        }
    }

    /// <summary>The text of the output's body part, paragraph by paragraph.</summary>
    private static string PartText(string file)
    {
        using ZipArchive zip = ZipFile.OpenRead(file);
        string path = file.EndsWith(".docx", StringComparison.Ordinal) ? "word/document.xml" : "content.xml";
        using Stream stream = zip.GetEntry(path)!.Open();
        XDocument part = XDocument.Load(stream);
        return string.Join("\n", part.Descendants().Where(e => e.Name.LocalName is "p" or "h").Select(e => e.Value));
    }

    private static IReadOnlyList<string> ValidateDocx(string file)
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(file, false);
        return new OpenXmlValidator(global::DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri}: {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>The starters, exported once and saved again by LibreOffice headless, shared by the tests of the class.</summary>
    public sealed class ResavedStarters : IDisposable
    {
        /// <summary>The re-saved layouts: the ODT starter saved as .odt, the DOCX starter saved as .docx, and the ODT starter saved as .docx.</summary>
        public static readonly IReadOnlyList<string> Layouts = new[] { "resaved-odt/starter.odt", "resaved-docx/starter.docx", "odt-as-docx/starter.docx" };

        private readonly TempDirectory _directory = new("office-starters");

        /// <summary>Exports the starters and has LibreOffice save each again.</summary>
        public ResavedStarters()
        {
            File.WriteAllBytes(_directory.File("starter.odt"), OfficeStarter.Create(DocumentFormat.Odt));
            Directory.CreateDirectory(_directory.File("docx-source"));
            File.WriteAllBytes(_directory.File("docx-source/starter.docx"), OfficeStarter.Create(DocumentFormat.Docx));
            Resave(_directory.File("starter.odt"), "odt", _directory.File("resaved-odt"));
            Resave(_directory.File("docx-source/starter.docx"), "docx", _directory.File("resaved-docx"));
            Resave(_directory.File("starter.odt"), "docx", _directory.File("odt-as-docx"));
        }

        /// <summary>The path of a re-saved layout.</summary>
        /// <param name="layout">One of <see cref="Layouts"/>, or <c>starter.odt</c> for the exported one.</param>
        /// <returns>The file.</returns>
        public string Path(string layout) => _directory.File(layout);

        /// <inheritdoc/>
        public void Dispose() => _directory.Dispose();

        /// <summary>
        /// <c>soffice --headless --convert-to FORMAT</c>, with a profile of its own; the file must come out. The
        /// profile saves ODF 1.3 itself rather than "1.3 Extended" (Tools ▸ Options ▸ Load/Save ▸ ODF format
        /// version), as an agency that must hand in standard ODF sets it: Extended adds loext: attributes, which the
        /// layout's styles would carry into every document.
        /// </summary>
        private static void Resave(string source, string format, string outputDirectory)
        {
            Directory.CreateDirectory(outputDirectory);
            using var profile = new TempDirectory("lo-profile");
            Directory.CreateDirectory(System.IO.Path.Combine(profile.Path, "user"));
            File.WriteAllText(
                System.IO.Path.Combine(profile.Path, "user", "registrymodifications.xcu"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
                "<item oor:path=\"/org.openoffice.Office.Common/Save/ODF\"><prop oor:name=\"DefaultVersion\" oor:op=\"fuse\"><value>10</value></prop></item></oor:items>");
            string soffice = ExternalTool.Soffice;
            string[] arguments =
            {
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--nofirststartwizard",
                "-env:UserInstallation=" + new Uri(profile.Path + "/").AbsoluteUri,
                "--convert-to", format, "--outdir", outputDirectory, source,
            };
            ProcessResult result = ExternalTool.Run(soffice, arguments, PdfText.ConversionTimeout, outputDirectory);
            string written = System.IO.Path.Combine(outputDirectory, System.IO.Path.GetFileNameWithoutExtension(source) + "." + format);
            if (result.ExitCode != 0 || !File.Exists(written))
            {
                throw new InvalidOperationException($"LibreOffice did not save {source} as {format} (exit {result.ExitCode}).{Environment.NewLine}{ExternalTool.Describe(soffice, arguments)}{Environment.NewLine}{result.StandardOutput}{result.StandardError}");
            }
        }
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using DocumentFormat = ServiceEfficiency.Templates.DocumentFormat;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Issue 14's first DOCX acceptance check: every .docx the renderer writes — of every sample, and of the
/// documents <see cref="HostileDataTests"/> fills with markup, forbidden characters and a megabyte value —
/// opens in the Open XML SDK and passes its <see cref="OpenXmlValidator"/> for Office 2019 with no error.
/// Each is rendered with and without the figures line, so every branch of docx/_table.sbn is validated.
/// </summary>
public sealed class DocxValidationTests
{
    // By name: xunit serialises theory data, and a lone surrogate in a value would not survive that.
    private static readonly Dictionary<string, Func<(ServiceDocument Document, CriteriaEdition Edition)>> Documents = BuildDocuments();

    public static IEnumerable<object[]> Cases() =>
        from name in Documents.Keys from figures in new[] { false, true } select new object[] { name, figures };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryDocxPassesTheOpenXmlValidatorForOffice2019(string name, bool figures)
    {
        (ServiceDocument document, CriteriaEdition edition) = Documents[name]();
        RenderOptions options = TestFormats.Options();
        options.IncludeFigures = figures;
        byte[] docx = new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Docx);

        IReadOnlyList<string> errors = Validate(docx);

        Assert.True(
            errors.Count == 0,
            $"{name}.docx (figures {(figures ? "on" : "off")}): {errors.Count} Open XML validation error(s):{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors));
    }

    /// <summary>The check itself can fail: a paragraph property out of schema order is reported with its part and path.</summary>
    [Fact]
    public void TheValidatorReportsAnElementOutOfOrder()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        byte[] docx = new DocumentRenderer(TestFormats.Options()).RenderToBytes(document, edition, DocumentFormat.Docx);
        byte[] broken = Rewrite(docx, "word/document.xml", xml => xml.Replace(
            "<w:pPr><w:pStyle w:val=\"TableContents\"/></w:pPr>",
            "<w:pPr><w:jc w:val=\"left\"/><w:pStyle w:val=\"TableContents\"/></w:pPr>",
            StringComparison.Ordinal));

        IReadOnlyList<string> errors = Validate(broken);

        Assert.Contains(errors, e => e.Contains("part /word/document.xml", StringComparison.Ordinal) && e.Contains("pStyle", StringComparison.Ordinal));
    }

    /// <summary>The validator's errors, described while the package is open (a closed package cannot name its parts).</summary>
    internal static IReadOnlyList<string> Validate(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using WordprocessingDocument package = WordprocessingDocument.Open(stream, isEditable: false);
        Assert.NotNull(package.MainDocumentPart?.Document?.Body);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).Select(Describe).ToList();
    }

    private static string Describe(ValidationErrorInfo error) =>
        $"  {error.ErrorType} {error.Id}: {error.Description}{Environment.NewLine}" +
        $"    part {error.Part?.Uri}, path {error.Path?.XPath}, element {error.Node?.LocalName}";

    /// <summary>The same package with one entry's text changed (entry order and names kept).</summary>
    private static byte[] Rewrite(byte[] zip, string entryName, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, _, byte[] data) in OdfZip.Entries(zip))
            {
                byte[] bytes = data;
                if (name == entryName)
                {
                    string before = Samples.Text(data);
                    string after = change(before);
                    Assert.NotEqual(before, after);
                    bytes = System.Text.Encoding.UTF8.GetBytes(after);
                }

                using Stream entry = archive.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static Dictionary<string, Func<(ServiceDocument Document, CriteriaEdition Edition)>> BuildDocuments()
    {
        var documents = new Dictionary<string, Func<(ServiceDocument, CriteriaEdition)>>(StringComparer.Ordinal);
        foreach (string sample in Samples.Names)
        {
            documents[sample] = () => Samples.Load(sample);
        }

        documents["hostile-values"] = () => HostileDataTests.Hostile(HostileDataTests.Values);
        documents["hostile-megabyte-cell"] = () => HostileDataTests.InOneCell(HostileDataTests.Megabyte);
        for (int index = 0; index < HostileDataTests.Broken.Length; index++)
        {
            string value = HostileDataTests.Broken[index];
            string marked = "《" + value + "》";
            documents[$"hostile-broken-{index}-plan"] = () => HostileDataTests.Hostile(new[] { marked, value });
            documents[$"hostile-broken-{index}-report"] = () => HostileDataTests.HostileReport(marked);
        }

        return documents;
    }
}

using System.IO.Compression;
using System.Text;
using ServiceEfficiency.Templates.Office;

namespace ServiceEfficiency.Templates.Tests.Office;

/// <summary>
/// Small office templates written the way Writer and Word save them (namespaces, a mimetype
/// stored first, relationships), with a body given by the test: the tag shapes under test are
/// in plain sight in each test.
/// </summary>
internal static class OfficeFixtures
{
    public const string OdfNamespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " +
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " +
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" " +
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\"";

    public const string WordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    public const string OdfStyles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + OdfNamespaces + "><office:styles>" +
        "<style:style style:name=\"Standard\" style:family=\"paragraph\"><style:text-properties style:font-name=\"Liberation Serif\" fo:font-size=\"12pt\"/></style:style>" +
        "</office:styles><office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/></style:page-layout></office:automatic-styles>" +
        "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/></office:master-styles></office:document-styles>";

    /// <summary>An .odt whose <c>office:text</c> is <paramref name="body"/>.</summary>
    public static byte[] Odt(string body, string? styles = null, params (string Path, string Text)[] more)
    {
        string content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + OdfNamespaces + "><office:automatic-styles>" +
            "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles>" +
            "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        var entries = new List<(string, string)>
        {
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/><manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"),
            ("content.xml", content),
            ("styles.xml", styles ?? OdfStyles),
        };
        entries.AddRange(more);
        return Zip(entries);
    }

    /// <summary>A .docx whose <c>w:body</c> is <paramref name="body"/> followed by a section's properties.</summary>
    public static byte[] Docx(string body, string? documentRels = null, params (string Path, string Text)[] more)
    {
        string document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + WordNamespaces + "><w:body>" + body +
            "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        var entries = new List<(string, string)>
        {
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", documentRels ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"),
            ("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles " + WordNamespaces + "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:eastAsia=\"Noto Serif CJK TC\"/><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"),
        };
        entries.AddRange(more);
        return Zip(entries);
    }

    /// <summary>Word paragraphs, one run each.</summary>
    public static string WordParagraphs(params string[] texts) =>
        string.Concat(texts.Select(t => "<w:p><w:r><w:t xml:space=\"preserve\">" + t + "</w:t></w:r></w:p>"));

    /// <summary>ODF paragraphs.</summary>
    public static string OdfParagraphs(params string[] texts) => string.Concat(texts.Select(t => "<text:p>" + t + "</text:p>"));

    public static byte[] Zip(IEnumerable<(string Path, string Text)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string path, string text) in entries)
            {
                ZipArchiveEntry entry = zip.CreateEntry(path, path == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using Stream stream = entry.Open();
                byte[] bytes = new UTF8Encoding(false).GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        return buffer.ToArray();
    }

    public static OfficeTemplate Load(byte[] file, string name) => OfficeTemplate.Load(new MemoryStream(file), name);

    /// <summary>Renders a sample through an office template given as bytes.</summary>
    public static byte[] Render(byte[] file, string name, string sample)
    {
        OfficeTemplate layout = Load(file, name);
        var (document, edition) = Samples.Load(sample);
        return new DocumentRenderer(new RenderOptions { TemplateSource = layout }).RenderToBytes(document, edition, layout.Format);
    }

    /// <summary>The text of one part of a rendered package.</summary>
    public static string Part(byte[] package, string path) =>
        Samples.Text(OdfZip.Entries(package).Single(e => e.Name == path).Data);

    /// <summary>The refusal's diagnostics of loading, or of rendering a sample through, an office template.</summary>
    public static IReadOnlyList<ServiceEfficiency.Diagnostics.Diagnostic> Failure(byte[] file, string name, string sample = "hualien-112-results")
    {
        var failure = Assert.Throws<TemplateRenderException>(() => Render(file, name, sample));
        return failure.Diagnostics;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Templates;

/// <summary>
/// A format <see cref="DocumentRenderer"/> writes, described whole: its names, file extension,
/// media type, root templates, escaping and packaging. The built-in formats are the static
/// properties (<see cref="Odt"/> …), listed in <see cref="DocumentFormats.All"/>; a caller can
/// describe another one with its own templates (from <see cref="RenderOptions.TemplateSource"/>
/// or <see cref="RenderOptions.TemplateDirectory"/>).
/// </summary>
/// <remarks>
/// Compared by reference: each built-in format is one instance. The constructor checks that the
/// description is complete, so a half-described format fails when it is created, not in a render.
/// </remarks>
public sealed class DocumentFormat
{
    private const string OdfText = "application/vnd.oasis.opendocument.text";
    private const string WordprocessingDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Describes a format.</summary>
    /// <param name="name">The name templates see as <c>format</c>, such as <c>markdown</c> or <c>odt</c>.</param>
    /// <param name="cliName">The name the command-line tool takes with <c>--format</c>, such as <c>md</c>.</param>
    /// <param name="fileExtension">The file extension with its dot, such as <c>.md</c>.</param>
    /// <param name="mediaType">The media type, such as <c>text/markdown; charset=utf-8</c>.</param>
    /// <param name="rootTemplates">The templates rendered for one document, in render order.</param>
    /// <param name="escaping">How values from the data are written.</param>
    /// <param name="packaging">How the rendered root templates become one file.</param>
    /// <param name="otherExtensions">Further extensions that name the format (<c>.htm</c>), with their dots; none if null.</param>
    /// <exception cref="ArgumentException">A name or extension is missing or malformed, or the root templates do not fit the packaging.</exception>
    public DocumentFormat(string name, string cliName, string fileExtension, string mediaType, IEnumerable<string> rootTemplates, OutputEscaping escaping, OutputPackaging packaging, IEnumerable<string>? otherExtensions = null)
    {
        Name = Required(name, nameof(name));
        CliName = Required(cliName, nameof(cliName));
        FileExtension = Extension(fileExtension, nameof(fileExtension));
        MediaType = Required(mediaType, nameof(mediaType));
        RootTemplates = (rootTemplates ?? throw new ArgumentNullException(nameof(rootTemplates))).Select(t => Required(t, nameof(rootTemplates))).ToList().AsReadOnly();
        Escaping = escaping ?? throw new ArgumentNullException(nameof(escaping));
        Packaging = packaging ?? throw new ArgumentNullException(nameof(packaging));
        OtherExtensions = (otherExtensions ?? Array.Empty<string>()).Select(e => Extension(e, nameof(otherExtensions))).ToList().AsReadOnly();
        if (RootTemplates.Count == 0 || RootTemplates.Distinct(StringComparer.Ordinal).Count() != RootTemplates.Count)
        {
            throw new ArgumentException("A format needs at least one root template, each named once.", nameof(rootTemplates));
        }

        Packaging.Check(RootTemplates);
    }

    /// <summary>GitHub-flavoured Markdown (<c>.md</c>).</summary>
    public static DocumentFormat Markdown { get; } = new(
        "markdown", "md", ".md", "text/markdown; charset=utf-8", new[] { "markdown/document.sbn" }, OutputEscaping.Markdown, OutputPackaging.SingleFile, new[] { ".markdown" });

    /// <summary>Accessible HTML5 (WCAG 2.1 AA) with a print stylesheet (<c>.html</c>).</summary>
    public static DocumentFormat Html { get; } = new(
        "html", "html", ".html", "text/html; charset=utf-8", new[] { "html/document.sbn" }, OutputEscaping.Html, OutputPackaging.SingleFile, new[] { ".htm" });

    /// <summary>Flat OpenDocument text, one XML file, ODF 1.3 (<c>.fodt</c>).</summary>
    public static DocumentFormat FlatOdt { get; } = new(
        "fodt", "fodt", ".fodt", OdfText, new[] { "fodt/document.sbn" }, OutputEscaping.Xml, OutputPackaging.SingleFile);

    /// <summary>Zipped OpenDocument text, ODF 1.3 (<c>.odt</c>).</summary>
    public static DocumentFormat Odt { get; } = new(
        "odt",
        "odt",
        ".odt",
        OdfText,
        // Render order: a failure in the content is reported before one in the manifest.
        new[] { "odt/content.xml.sbn", "odt/styles.xml.sbn", "odt/meta.xml.sbn", "odt/manifest.xml.sbn" },
        OutputEscaping.Xml,
        new ZipPackaging(OdfText, new[]
        {
            new ZipPackageEntry("META-INF/manifest.xml", "odt/manifest.xml.sbn"),
            new ZipPackageEntry("content.xml", "odt/content.xml.sbn"),
            new ZipPackageEntry("styles.xml", "odt/styles.xml.sbn"),
            new ZipPackageEntry("meta.xml", "odt/meta.xml.sbn"),
        }));

    /// <summary>
    /// Word's WordprocessingML (Office Open XML, ISO/IEC 29500 transitional; <c>.docx</c>), written
    /// natively by templates: heading styles with outline levels, a header row repeated on every
    /// page, A4 portrait, a 第 N 頁，共 M 頁 footer with PAGE and NUMPAGES fields.
    /// </summary>
    public static DocumentFormat Docx { get; } = new(
        "docx",
        "docx",
        ".docx",
        WordprocessingDocument,
        // Render order: a failure in the content is reported before one in the package's plumbing.
        new[] { "docx/document.xml.sbn", "docx/styles.xml.sbn", "docx/settings.xml.sbn", "docx/footer1.xml.sbn", "docx/core.xml.sbn", "docx/content-types.xml.sbn", "docx/rels.xml.sbn", "docx/document.xml.rels.sbn" },
        OutputEscaping.Xml,
        // No mimetype entry (that is ODF's); [Content_Types].xml first, as Word writes it.
        new ZipPackaging(null, new[]
        {
            new ZipPackageEntry("[Content_Types].xml", "docx/content-types.xml.sbn"),
            new ZipPackageEntry("_rels/.rels", "docx/rels.xml.sbn"),
            new ZipPackageEntry("docProps/core.xml", "docx/core.xml.sbn"),
            new ZipPackageEntry("word/document.xml", "docx/document.xml.sbn"),
            new ZipPackageEntry("word/_rels/document.xml.rels", "docx/document.xml.rels.sbn"),
            new ZipPackageEntry("word/styles.xml", "docx/styles.xml.sbn"),
            new ZipPackageEntry("word/settings.xml", "docx/settings.xml.sbn"),
            new ZipPackageEntry("word/footer1.xml", "docx/footer1.xml.sbn"),
        }));

    /// <summary>The name templates see as <c>format</c>: <c>markdown</c>, <c>html</c>, <c>fodt</c>, <c>odt</c>, <c>docx</c>.</summary>
    public string Name { get; }

    /// <summary>The name the command-line tool takes with <c>--format</c>: <c>md</c>, <c>html</c>, <c>fodt</c>, <c>odt</c>, <c>docx</c>.</summary>
    public string CliName { get; }

    /// <summary>The file extension with its dot: <c>.md</c>, <c>.html</c>, <c>.fodt</c>, <c>.odt</c>, <c>.docx</c>.</summary>
    public string FileExtension { get; }

    /// <summary>Further extensions that name the format when read (<c>.markdown</c>, <c>.htm</c>), with their dots.</summary>
    public IReadOnlyList<string> OtherExtensions { get; }

    /// <summary>The media type: <c>text/markdown; charset=utf-8</c>, <c>text/html; charset=utf-8</c>, <c>application/vnd.oasis.opendocument.text</c> (also for .fodt).</summary>
    public string MediaType { get; }

    /// <summary>The templates rendered for one document, in render order; overrides use the same names.</summary>
    public IReadOnlyList<string> RootTemplates { get; }

    /// <summary>How values from the data are written.</summary>
    public OutputEscaping Escaping { get; }

    /// <summary>How the rendered root templates become one file.</summary>
    public OutputPackaging Packaging { get; }

    /// <summary>Whether a name the template model does not have is an error (office templates) rather than nothing.</summary>
    internal bool StrictMembers { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static string Required(string value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A value is required.", parameter) : value;

    private static string Extension(string value, string parameter) =>
        Required(value, parameter) is { Length: > 1 } e && e[0] == '.' && e.IndexOf('.', 1) < 0
            ? e
            : throw new ArgumentException($"'{value}' is not an extension with its dot, such as .md.", parameter);
}

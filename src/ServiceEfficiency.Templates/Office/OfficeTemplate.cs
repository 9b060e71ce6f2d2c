using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.IO;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// A layout made in LibreOffice Writer or Word — a <c>.odt</c>, <c>.fodt</c> or <c>.docx</c>
/// with Scriban tags typed into its text — compiled into a template that renders documents into
/// the same format, keeping everything outside the tags: styles, page setup, headers and footers,
/// images, fields.
/// </summary>
/// <remarks>
/// <para>
/// Use it as the renderer's template source and render into its <see cref="Format"/>:
/// <code>
/// OfficeTemplate layout = OfficeTemplate.Load("my-layout.odt");
/// var renderer = new DocumentRenderer(new RenderOptions { TemplateSource = layout });
/// renderer.RenderToFile(plan, edition, layout.Format, "plan.odt");
/// </code>
/// </para>
/// <para>
/// Tags may be split over runs and spans as office suites save them; autocorrect quotes are
/// straightened. A paragraph holding only block tags (<c>{{ for … }}</c>, <c>{{ if … }}</c>,
/// <c>{{ else }}</c>, <c>{{ end }}</c>) disappears, and what lies between two of them repeats or
/// is left out; a block opened in one cell of a table and ended in another repeats whole rows.
/// The same sandbox and limits as every template apply, every value is escaped into the office
/// XML, a name the template model does not have is an error (SE2002), and the template includes
/// nothing. docs/templates.md ("Layouts made in Writer or Word") explains it with examples.
/// </para>
/// <para>Immutable and thread-safe once loaded.</para>
/// </remarks>
public sealed class OfficeTemplate : ITemplateSource
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly IReadOnlyDictionary<string, CompiledPart> _parts;

    private OfficeTemplate(string name, DocumentFormat format, IReadOnlyDictionary<string, CompiledPart> parts)
    {
        Name = name;
        Format = format;
        _parts = parts;
    }

    /// <summary>The file as diagnostics show it: the path given to <see cref="Load(string)"/> (<c>layouts/my-layout.odt</c>), or the name given with the stream.</summary>
    public string Name { get; }

    /// <summary>The format documents are rendered into: named <c>odt</c>, <c>fodt</c> or <c>docx</c> like the built-in one, packaged as this file is.</summary>
    public DocumentFormat Format { get; }

    /// <summary>Loads and compiles an office template from a file.</summary>
    /// <param name="path">A <c>.odt</c>, <c>.fodt</c> or <c>.docx</c> file; its extension says which.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateRenderException">The file is refused (SE2010) or a tag is misplaced or does not parse (SE2011, SE2001); see its diagnostics, located at the paragraph or table cell.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static OfficeTemplate Load(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        // Diagnostics name the file as the caller gave it, as those of a document do.
        string name = path;
        if (File.Exists(path) && FileKind.NotRegular(path) is string kind)
        {
            throw Refusal(OfficePackage.Refused(name, Messages.SE2010NotAPackage.Format(kind)));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        return Load(stream, name);
    }

    /// <summary>Loads and compiles an office template from a stream, read to its end; the stream is not closed.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="name">The file's name, such as <c>my-layout.docx</c>: its extension says which format it is, and diagnostics show it.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateRenderException">The file is refused (SE2010) or a tag is misplaced or does not parse (SE2011, SE2001).</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static OfficeTemplate Load(Stream stream, string name)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A file name with its extension is required.", nameof(name));
        }

        try
        {
            OfficeFileKind kind = KindOf(name);
            OfficePackage package = OfficePackage.Read(stream, name, kind);
            return Compile(package);
        }
        catch (OfficeTemplateException refused)
        {
            throw Refusal(refused);
        }
    }

    /// <summary>
    /// The compiled text of one of this template's parts (the renderer asks for the
    /// <see cref="DocumentFormat.RootTemplates"/> of <see cref="Format"/>). Any other name is refused,
    /// which the renderer reports as SE2006: an office template includes nothing, and does not fall
    /// back to the embedded defaults.
    /// </summary>
    /// <param name="name">A template name.</param>
    /// <returns>The Scriban text of the part.</returns>
    public string? GetTemplate(string name)
    {
        if (name is not null && _parts.TryGetValue(name, out CompiledPart? part))
        {
            return part.Text;
        }

        // Not null: null would fall back to the override directory and the embedded defaults.
        throw new TemplateRefusedException(Messages.SE2006OfficeIncludes.Format(name));
    }

    /// <summary>A part's template as parsed when the layout was loaded, so that renderers do not parse it again; null for other names.</summary>
    internal Scriban.Template? Parsed(string name) => _parts.TryGetValue(name, out CompiledPart? part) ? part.Parsed : null;

    /// <summary>A diagnostic of a render as a place in this layout: the tag and its paragraph or cell, not a line of XML.</summary>
    internal Diagnostic Relocate(Diagnostic diagnostic)
    {
        if (diagnostic.Location.FilePath is not string template || !_parts.TryGetValue(template, out CompiledPart? part))
        {
            return diagnostic;
        }

        OfficeTag? tag = part.TagAt(diagnostic.Location.Line, diagnostic.Location.Column);
        return tag is null
            ? new Diagnostic(diagnostic.Code, diagnostic.Severity, diagnostic.Message, new SourceLocation(Name, 0, 0, "$"), diagnostic.Suggestion)
            : new Diagnostic(diagnostic.Code, diagnostic.Severity, Messages.SE2002InTag.Format(diagnostic.Message, tag.Text), new SourceLocation(Name, tag.Place), diagnostic.Suggestion);
    }

    private static TemplateRenderException Refusal(OfficeTemplateException refused) => new(new[] { refused.Diagnostic }, refused);

    private static OfficeFileKind KindOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".odt" => OfficeFileKind.Odt,
        ".fodt" => OfficeFileKind.FlatOdt,
        ".docx" => OfficeFileKind.Docx,
        string other => throw OfficePackage.Refused(name, Messages.SE2010UnknownExtension.Format(other.Length == 0 ? name : other)),
    };

    private static OfficeTemplate Compile(OfficePackage package)
    {
        IReadOnlyList<(string Path, string? Shown)> candidates = PartsToCompile(package);
        OfficeDialect dialect = package.Kind == OfficeFileKind.Docx ? WordDialect.Instance : OdfDialect.Instance;
        if (package.Kind == OfficeFileKind.Docx)
        {
            ExternalTargets.CheckWord(package);
            package = WordSchemaRepairs.Apply(package); // LibreOffice's few values outside the schema, spelt as the schema spells them
        }

        var errors = new List<Diagnostic>();
        var parts = new List<CompiledPart>();
        OutputEscaping? escaping = null;
        foreach ((string path, string? shown) in candidates)
        {
            string text = OfficeXml.Decode(package.Find(path)!, package.Name, path);
            if (text.IndexOf(OfficeTag.MarkerStart) >= 0 || text.IndexOf(OfficeTag.MarkerEnd) >= 0)
            {
                throw OfficePackage.Refused(package.Name, Messages.SE2010Noncharacter.Format(path));
            }

            XDocument document = OfficeXml.Parse(text, package.Name, path);
            if (dialect is OdfDialect)
            {
                ExternalTargets.CheckOdf(document, package.Name, path);
            }

            bool main = shown is null;
            if (!main && text.IndexOf("{{", StringComparison.Ordinal) < 0)
            {
                continue; // a header or styles part without tags is written back as it is
            }

            escaping ??= dialect.Escaping(document.Root!);
            if (OfficePartCompiler.Compile(document, dialect, package.Name, path, shown, errors) is CompiledPart part)
            {
                parts.Add(part);
            }
        }

        if (errors.Count > 0)
        {
            throw new TemplateRenderException(errors);
        }

        var byPath = parts.ToDictionary(p => p.Path, p => p.TemplateName, StringComparer.Ordinal);
        var format = new DocumentFormat(
            FormatName(package.Kind),
            FormatName(package.Kind),
            "." + FormatName(package.Kind),
            package.Kind == OfficeFileKind.Docx ? DocumentFormat.Docx.MediaType : DocumentFormat.Odt.MediaType,
            parts.Select(p => p.TemplateName),
            escaping!,
            new OfficePackaging(package, byPath))
        {
            StrictMembers = true,
        };
        return new OfficeTemplate(package.Name, format, parts.ToDictionary(p => p.TemplateName, StringComparer.Ordinal));
    }

    private static string FormatName(OfficeFileKind kind) => kind switch
    {
        OfficeFileKind.Odt => "odt",
        OfficeFileKind.FlatOdt => "fodt",
        _ => "docx",
    };

    /// <summary>The body part first (shown as null), then the parts whose headers and footers may hold tags.</summary>
    private static IReadOnlyList<(string Path, string? Shown)> PartsToCompile(OfficePackage package)
    {
        switch (package.Kind)
        {
            case OfficeFileKind.FlatOdt:
                return new[] { (OfficePackage.FlatPart, (string?)null) };
            case OfficeFileKind.Odt:
                string mimeType = package.Find("mimetype") is byte[] mime ? Encoding.ASCII.GetString(mime).Trim() : throw Missing(package, "mimetype");
                if (mimeType != DocumentFormat.Odt.MediaType)
                {
                    throw OfficePackage.Refused(package.Name, Messages.SE2010WrongMimeType.Format(mimeType));
                }

                _ = package.Find("content.xml") ?? throw Missing(package, "content.xml");
                return package.Find("styles.xml") is null
                    ? new[] { ("content.xml", (string?)null) }
                    : new[] { ("content.xml", (string?)null), ("styles.xml", "styles.xml") };
            default:
                string main = MainWordPart(package);
                var list = new List<(string, string?)> { (main, null) };
                string folder = main.IndexOf('/') >= 0 ? main.Substring(0, main.LastIndexOf('/') + 1) : string.Empty;
                foreach (OfficePackage.Entry entry in package.Entries)
                {
                    string file = entry.Path.Substring(Math.Min(entry.Path.Length, folder.Length));
                    if (entry.Path.StartsWith(folder, StringComparison.Ordinal) && file.IndexOf('/') < 0 && file.EndsWith(".xml", StringComparison.Ordinal)
                        && (file.StartsWith("header", StringComparison.Ordinal) || file.StartsWith("footer", StringComparison.Ordinal)))
                    {
                        list.Add((entry.Path, file));
                    }
                }

                return list;
        }
    }

    /// <summary>The main document part, as the package's relationships name it (<c>word/document.xml</c> as Word writes it).</summary>
    private static string MainWordPart(OfficePackage package)
    {
        _ = package.Find("[Content_Types].xml") ?? throw Missing(package, "[Content_Types].xml");
        byte[] rels = package.Find("_rels/.rels") ?? throw Missing(package, "_rels/.rels");
        XDocument document = OfficeXml.Parse(OfficeXml.Decode(rels, package.Name, "_rels/.rels"), package.Name, "_rels/.rels");
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        string? target = document.Descendants(ns + "Relationship")
            .Where(r => ((string?)r.Attribute("Type") ?? string.Empty).EndsWith("/officeDocument", StringComparison.Ordinal))
            .Select(r => ((string?)r.Attribute("Target"))?.TrimStart('/'))
            .FirstOrDefault();
        if (target is null || package.Find(target) is null)
        {
            throw Missing(package, target ?? "word/document.xml");
        }

        return target;
    }

    private static OfficeTemplateException Missing(OfficePackage package, string part) =>
        OfficePackage.Refused(package.Name, Messages.SE2010MissingPart.Format(part));
}

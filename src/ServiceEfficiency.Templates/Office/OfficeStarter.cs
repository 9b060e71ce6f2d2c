using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ServiceEfficiency.Building;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Writes a starter for a layout made in LibreOffice Writer or Word: an office file with the default
/// layout's styles, page setup, fonts and footer, whose body holds office-template tags
/// (<c>{{ document.title }}</c>, <c>{{ for row in table.rows }}</c> …) instead of data. Restyled in
/// Writer or Word, it is loaded back with <see cref="OfficeTemplate.Load(string)"/>.
/// </summary>
/// <remarks>
/// The starter is rendered through <see cref="DocumentRenderer"/> with the built-in format, and a
/// template source that answers only the body's template names (ODF: <c>odf/_body.sbn</c>, which
/// <c>odt/content.xml.sbn</c> and <c>fodt/document.sbn</c> include; DOCX: <c>docx/document.xml.sbn</c>)
/// with embedded starter bodies that write the tags as literal text. Every other part (styles, page
/// layout, fonts, footer, manifest, settings) is then the very bytes a normal render writes, with the
/// same options, and cannot drift from the defaults; a caller's own template source or directory
/// still restyles them. The starter bodies are embedded under a prefix of their own, so they are no
/// defaults: <see cref="DocumentRenderer.DefaultTemplateNames"/> and normal renders never see them.
/// The metadata parts are the starter's too (<c>odf/_meta.sbn</c>, <c>docx/core.xml.sbn</c>): no title
/// and no creator, because an office template keeps them as they are in every document rendered
/// through it, and a starter belongs to no document and no agency. A render still needs a document:
/// an empty results report with a neutral placeholder name (<see cref="PlaceholderTitle"/>), which
/// therefore appears nowhere in the starter.
/// </remarks>
public static class OfficeStarter
{
    /// <summary>The title and agency name of the placeholder document the starter is rendered with (written nowhere).</summary>
    internal const string PlaceholderTitle = "ServiceEfficiency starter";

    private const string ResourcePrefix = "ServiceEfficiency.Templates.Starter/";

    /// <summary>The formats a starter is written in: ODT, flat ODT and DOCX.</summary>
    private static readonly DocumentFormat[] Supported = { DocumentFormat.Odt, DocumentFormat.FlatOdt, DocumentFormat.Docx };

    /// <summary>Writes the starter in <paramref name="format"/>.</summary>
    /// <param name="format"><see cref="DocumentFormat.Odt"/>, <see cref="DocumentFormat.FlatOdt"/> or <see cref="DocumentFormat.Docx"/>.</param>
    /// <param name="options">Fonts, template overrides and limits, as for a render; <see langword="null"/> for the defaults. The body is the starter's whatever the options.</param>
    /// <returns>The office file's bytes; the same options give the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> is none of the supported formats.</exception>
    /// <exception cref="TemplateRenderException">An overridden template of the options fails.</exception>
    public static byte[] Create(DocumentFormat format, RenderOptions? options = null)
    {
        if (format is null)
        {
            throw new ArgumentNullException(nameof(format));
        }

        if (Array.IndexOf(Supported, format) < 0)
        {
            throw new ArgumentException($"A starter is written as odt, fodt or docx, not as {format.CliName}.", nameof(format));
        }

        RenderOptions copy = (options ?? new RenderOptions()).Snapshot();
        copy.TemplateSource = new StarterSource(copy.TemplateSource);

        CriteriaEdition edition = CriteriaEditions.All[0];
        ResultsReport placeholder = new ResultsReportBuilder(edition, 114, PlaceholderTitle, AgencyLevel.Headquarters)
            .Title(PlaceholderTitle)
            .Build();
        return new DocumentRenderer(copy).RenderToBytes(placeholder, edition, format);
    }

    /// <summary>The starter's templates first, then the caller's source (if any), then the directory and defaults.</summary>
    private sealed class StarterSource : ITemplateSource
    {
        /// <summary>The default templates the starter replaces: the bodies and the metadata.</summary>
        private static readonly string[] BodyNames = { "odf/_body.sbn", "odf/_meta.sbn", "docx/document.xml.sbn", "docx/core.xml.sbn" };
        private static readonly Lazy<Dictionary<string, string>> Bodies = new(Load);
        private readonly ITemplateSource? _next;

        public StarterSource(ITemplateSource? next) => _next = next;

        public string? GetTemplate(string name) =>
            Bodies.Value.TryGetValue(name, out string? text) ? text : _next?.GetTemplate(name);

        /// <summary>
        /// The embedded starter templates by name: the bodies and metadata under the names they replace
        /// (<c>odf/_body.sbn</c>, <c>docx/document.xml.sbn</c> …), and the bodies' includes under
        /// <c>starter/</c> (<c>starter/odf/_table.sbn</c>), a name no default has.
        /// </summary>
        private static Dictionary<string, string> Load()
        {
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            var assembly = typeof(OfficeStarter).Assembly;
            foreach (string resource in assembly.GetManifestResourceNames())
            {
                if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                string name = resource.Substring(ResourcePrefix.Length).Replace('\\', '/');
                using Stream stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
                string text = reader.ReadToEnd();
                bodies[Array.IndexOf(BodyNames, name) >= 0 ? name : "starter/" + name] = text;
            }

            return bodies;
        }
    }
}

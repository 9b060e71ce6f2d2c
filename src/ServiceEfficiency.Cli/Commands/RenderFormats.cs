using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary>
/// The formats <c>render</c> writes, by name (<c>--format</c>) and by file extension (<c>-o</c>):
/// the library's table (<see cref="DocumentFormats.All"/>) and pdf, nothing else, so a format added
/// to the table is taken here unchanged.
/// </summary>
internal static class RenderFormats
{
    /// <summary>pdf is not a format of the library: it is the odt, converted by LibreOffice.</summary>
    public const string Pdf = "pdf";

    /// <summary>The library's format that LibreOffice converts to pdf.</summary>
    public static readonly DocumentFormat PdfSource = DocumentFormat.Odt;

    private const string PdfExtension = ".pdf";

    /// <summary>
    /// Every name <c>--format</c> takes, as the tool writes them: the library's formats in the
    /// table's order, then pdf — the order of the help text and of every message that lists them.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = DocumentFormats.All.Select(f => f.CliName).Append(Pdf).ToList();

    /// <summary>The names for the English help text: "md, html, fodt, odt or pdf".</summary>
    public static string HelpList => string.Join(", ", Names.Take(Names.Count - 1)) + " or " + Names[Names.Count - 1];

    /// <summary>The names for a message, in its language ("md, html, fodt, odt or pdf"; in Chinese joined by the enumeration comma).</summary>
    public static string MessageList
    {
        get
        {
            // The separator is punctuation, not wording: a message's text must hold a Chinese character, so it cannot be one.
            string separator = Messages.Language == MessageLanguage.TraditionalChinese ? "、" : ", ";
            return Messages.CliAlternatives.Format(string.Join(separator, Names.Take(Names.Count - 1)), Names[Names.Count - 1]);
        }
    }

    /// <summary>
    /// The name as the tool writes it for a name given in any case (<c>ODT</c> → <c>odt</c>), or
    /// null for an unknown one. Names are ASCII, so the ordinal comparison is the same in every culture.
    /// </summary>
    public static string? Find(string name) => Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The format a path names by its extension, in any case (<c>plan.ODT</c> → <c>odt</c>,
    /// <c>notes.markdown</c> → <c>md</c>), or null: no extension (<c>out</c>, <c>out/</c>) or an
    /// extension of no format.
    /// </summary>
    public static string? FromPath(string path)
    {
        string extension = Path.GetExtension(path);
        if (extension.Length <= 1)
        {
            return null;
        }

        if (string.Equals(extension, PdfExtension, StringComparison.OrdinalIgnoreCase))
        {
            return Pdf;
        }

        return DocumentFormats.FromExtension(extension)?.CliName;
    }

    /// <summary>The library's format of a name from <see cref="Names"/>, or null for pdf.</summary>
    public static DocumentFormat? LibraryFormat(string name) => DocumentFormats.FromCliName(name);

    /// <summary>The extension of the file a format is written to (<c>.odt</c>, <c>.pdf</c>).</summary>
    public static string FileExtension(string name) => LibraryFormat(name)?.FileExtension ?? PdfExtension;
}

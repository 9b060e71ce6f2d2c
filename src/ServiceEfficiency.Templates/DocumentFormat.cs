using System;

namespace ServiceEfficiency.Templates;

/// <summary>The formats <see cref="DocumentRenderer"/> writes.</summary>
public enum DocumentFormat
{
    /// <summary>GitHub-flavoured Markdown (<c>.md</c>).</summary>
    Markdown,

    /// <summary>Accessible HTML5 (WCAG 2.1 AA) with a print stylesheet (<c>.html</c>).</summary>
    Html,

    /// <summary>Flat OpenDocument text, one XML file, ODF 1.3 (<c>.fodt</c>).</summary>
    FlatOdt,

    /// <summary>Zipped OpenDocument text, ODF 1.3 (<c>.odt</c>).</summary>
    Odt,
}

/// <summary>File extensions and media types of <see cref="DocumentFormat"/>.</summary>
public static class DocumentFormats
{
    /// <summary>Every format, in declaration order.</summary>
    public static DocumentFormat[] All => new[] { DocumentFormat.Markdown, DocumentFormat.Html, DocumentFormat.FlatOdt, DocumentFormat.Odt };

    /// <summary>The file extension with its dot: <c>.md</c>, <c>.html</c>, <c>.fodt</c>, <c>.odt</c>.</summary>
    public static string FileExtension(this DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => ".md",
        DocumentFormat.Html => ".html",
        DocumentFormat.FlatOdt => ".fodt",
        DocumentFormat.Odt => ".odt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The media type: <c>text/markdown</c>, <c>text/html</c>, <c>application/vnd.oasis.opendocument.text</c> (also for .fodt).</summary>
    public static string MediaType(this DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => "text/markdown; charset=utf-8",
        DocumentFormat.Html => "text/html; charset=utf-8",
        DocumentFormat.FlatOdt => "application/vnd.oasis.opendocument.text",
        DocumentFormat.Odt => "application/vnd.oasis.opendocument.text",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format of a file extension (with or without the dot, any case), or null.</summary>
    public static DocumentFormat? FromExtension(string extension)
    {
        string e = (extension ?? throw new ArgumentNullException(nameof(extension))).TrimStart('.').ToLowerInvariant();
        return e switch
        {
            "md" or "markdown" => DocumentFormat.Markdown,
            "html" or "htm" => DocumentFormat.Html,
            "fodt" => DocumentFormat.FlatOdt,
            "odt" => DocumentFormat.Odt,
            _ => null,
        };
    }
}

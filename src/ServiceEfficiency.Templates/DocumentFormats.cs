using System;
using System.Linq;

namespace ServiceEfficiency.Templates;

/// <summary>
/// The one table of built-in formats, read by <see cref="DocumentRenderer"/>, the command-line
/// tool and the tests that walk every format (golden files, hostile data, conformance).
/// </summary>
public static class DocumentFormats
{
    /// <summary>Every built-in format: Markdown, HTML, flat ODT, ODT, DOCX. A new array on each call.</summary>
    public static DocumentFormat[] All => new[] { DocumentFormat.Markdown, DocumentFormat.Html, DocumentFormat.FlatOdt, DocumentFormat.Odt, DocumentFormat.Docx };

    /// <summary>The built-in format of a file extension (with or without the dot, any case), or null.</summary>
    /// <param name="extension">An extension such as <c>.odt</c>, <c>md</c> or <c>HTM</c>.</param>
    /// <returns>The format, or null when no built-in format has that extension.</returns>
    public static DocumentFormat? FromExtension(string extension)
    {
        string e = "." + (extension ?? throw new ArgumentNullException(nameof(extension))).TrimStart('.');
        return All.FirstOrDefault(f => f.OtherExtensions.Prepend(f.FileExtension).Contains(e, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The built-in format the command-line tool names <paramref name="cliName"/> (<c>md</c>, <c>odt</c> …), or null.</summary>
    /// <param name="cliName">A name as given to <c>--format</c>, compared exactly.</param>
    /// <returns>The format, or null when no built-in format has that name.</returns>
    public static DocumentFormat? FromCliName(string cliName)
    {
        if (cliName is null)
        {
            throw new ArgumentNullException(nameof(cliName));
        }

        return All.FirstOrDefault(f => string.Equals(f.CliName, cliName, StringComparison.Ordinal));
    }
}

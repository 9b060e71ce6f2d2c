using System;

namespace ServiceEfficiency.Templates;

/// <summary>
/// How a <see cref="DocumentFormat"/> writes a value from the data into its output: every
/// expression a template prints goes through it, unless it is <see cref="RawMarkup"/> made by the
/// renderer. The set is closed (no public constructor): a format cannot opt out of escaping.
/// </summary>
public sealed class OutputEscaping
{
    private readonly Func<string, string> _escape;

    private OutputEscaping(string name, Func<string, string> escape)
    {
        Name = name;
        _escape = escape;
    }

    /// <summary>GitHub-flavoured Markdown, safe in table cells and at the start of a line.</summary>
    public static OutputEscaping Markdown { get; } = new("markdown", TextEscaping.Markdown);

    /// <summary>HTML text and attribute values.</summary>
    public static OutputEscaping Html { get; } = new("html", TextEscaping.Html);

    /// <summary>XML 1.0 text (ODF), dropping the characters XML forbids.</summary>
    public static OutputEscaping Xml { get; } = new("xml", TextEscaping.Xml);

    /// <summary>
    /// The escaping of an office template's part: XML, and the vocabulary's elements for line
    /// breaks and tabs (which depend on the part's own namespace prefixes, so each template has one).
    /// </summary>
    /// <param name="name">The escaping's name.</param>
    /// <param name="escape">XML escaping and more; it must escape everything <see cref="TextEscaping.Xml"/> does.</param>
    internal static OutputEscaping Office(string name, Func<string, string> escape) => new(name, escape);

    /// <summary>The name of the escaping: <c>markdown</c>, <c>html</c> or <c>xml</c>.</summary>
    public string Name { get; }

    /// <summary>Escapes <paramref name="text"/> as a template's output of it would be.</summary>
    /// <param name="text">A value from the data.</param>
    /// <returns>The text as it appears in the output.</returns>
    public string Escape(string text) => _escape(text ?? throw new ArgumentNullException(nameof(text)));

    /// <inheritdoc/>
    public override string ToString() => Name;
}

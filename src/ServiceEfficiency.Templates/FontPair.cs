using System;
using System.Globalization;

namespace ServiceEfficiency.Templates;

/// <summary>
/// One font choice of a document: the face for East Asian text (Chinese characters and full-width
/// punctuation) and the face for Western text (Latin letters and digits). Immutable; equal when
/// both names are equal (ordinal: a style refers to a font face by its exact name).
/// </summary>
/// <remarks>
/// <para>
/// The names are family names as the office suite and the browser know them, for example
/// <c>Noto Serif CJK TC</c> (the default body face), <c>DFKai-SB</c> — 標楷體 on Windows, whose
/// Chinese name works as well — or <c>PMingLiU</c> (新細明體). Fonts are named, not embedded: a
/// machine without the face substitutes another one.
/// </para>
/// <para>
/// A name is checked when the pair is made, so a render never meets a bad one: it must not be
/// empty, longer than <see cref="MaxNameLength"/>, or start or end with white space (readers trim it,
/// so the face would not be the one named); it must not contain control or formatting characters
/// (bidirectional controls among them), line separators, lone surrogates or U+FFFE/U+FFFF (XML
/// forbids some of them, and none belongs in a name), nor any of <c>, ; " \</c>, which separate or
/// quote the entries of the font lists of ODF, CSS and LibreOffice. An apostrophe is allowed.
/// </para>
/// </remarks>
public sealed class FontPair : IEquatable<FontPair>
{
    /// <summary>The longest name accepted, in UTF-16 code units: far beyond any real family name (Windows keeps 31).</summary>
    public const int MaxNameLength = 64;

    // ',' separates the families of svg:font-family and CSS font-family, ';' those of LibreOffice's
    // font names; '"' quotes a name with an apostrophe, and a backslash is an escape in CSS but not in LibreOffice.
    private static readonly char[] Separators = { ',', ';', '"', '\\' };

    /// <summary>Creates a pair; a <paramref name="western"/> face not given is the East Asian one (a CJK font covers Latin too).</summary>
    /// <param name="eastAsian">The face for Chinese text, for example <c>DFKai-SB</c> or <c>Noto Serif CJK TC</c>.</param>
    /// <param name="western">The face for Latin letters and digits, for example <c>Times New Roman</c>; <see langword="null"/> for <paramref name="eastAsian"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eastAsian"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is not acceptable (see the remarks of <see cref="FontPair"/>).</exception>
    public FontPair(string eastAsian, string? western = null)
    {
        EastAsian = Check(eastAsian ?? throw new ArgumentNullException(nameof(eastAsian)), nameof(eastAsian));
        Western = western is null ? EastAsian : Check(western, nameof(western));
    }

    /// <summary>The face for East Asian text: Chinese characters and full-width punctuation.</summary>
    public string EastAsian { get; }

    /// <summary>The face for Western text: Latin letters and digits (the East Asian face unless another was given).</summary>
    public string Western { get; }

    /// <summary>Whether two pairs name the same faces.</summary>
    /// <param name="left">A pair, or null.</param>
    /// <param name="right">Another pair, or null.</param>
    /// <returns>True when both are null or both name the same faces.</returns>
    public static bool operator ==(FontPair? left, FontPair? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two pairs name different faces.</summary>
    /// <param name="left">A pair, or null.</param>
    /// <param name="right">Another pair, or null.</param>
    /// <returns>True unless both are null or both name the same faces.</returns>
    public static bool operator !=(FontPair? left, FontPair? right) => !(left == right);

    /// <summary>Whether <paramref name="other"/> names the same faces.</summary>
    /// <param name="other">Another pair, or null.</param>
    /// <returns>True when both names are equal, ordinally.</returns>
    public bool Equals(FontPair? other) =>
        other is not null
        && string.Equals(EastAsian, other.EastAsian, StringComparison.Ordinal)
        && string.Equals(Western, other.Western, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a pair naming the same faces.</summary>
    /// <param name="obj">Any object, or null.</param>
    /// <returns>True for an equal <see cref="FontPair"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as FontPair);

    /// <summary>A hash code consistent with <see cref="Equals(FontPair)"/>.</summary>
    /// <returns>The hash of both names.</returns>
    public override int GetHashCode() =>
        unchecked((StringComparer.Ordinal.GetHashCode(EastAsian) * 397) ^ StringComparer.Ordinal.GetHashCode(Western));

    /// <summary>The pair as the CLI takes it: <c>EASTASIAN</c>, or <c>EASTASIAN,WESTERN</c> when they differ.</summary>
    /// <returns>For example <c>DFKai-SB,Times New Roman</c>.</returns>
    public override string ToString() =>
        string.Equals(EastAsian, Western, StringComparison.Ordinal) ? EastAsian : EastAsian + "," + Western;

    private static string Check(string name, string parameter)
    {
        if (name.Trim().Length == 0)
        {
            throw new ArgumentException("A font name must not be empty.", parameter);
        }

        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"A font name of {name.Length} characters is too long; at most {MaxNameLength} are allowed.", parameter);
        }

        // Characters first, and the messages show their code points, not the name: it may hold
        // invisible characters or ones that reverse the text after them. The later messages
        // quote the name, which is then known to be clean.
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++; // a pair: a character beyond the BMP, as a name may have
                continue;
            }

            string code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                throw new ArgumentException($"A font name contains {code}, which is not a character.", parameter);
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                throw new ArgumentException($"A font name contains the control or formatting character {code}.", parameter);
            }
        }

        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[name.Length - 1]))
        {
            throw new ArgumentException($"The font name '{name}' must not start or end with white space.", parameter);
        }

        int separator = name.IndexOfAny(Separators);
        if (separator >= 0)
        {
            throw new ArgumentException($"The font name '{name}' contains '{name[separator]}', which separates or quotes the entries of a font list; name one face.", parameter);
        }

        return name;
    }
}

using System;

namespace ServiceEfficiency.Templates;

/// <summary>
/// The faces a document is printed in (<see cref="RenderOptions.Fonts"/>): a serif pair for the body
/// text and a sans-serif pair for the title and headings. Immutable; equal when both pairs are equal.
/// </summary>
/// <remarks>
/// <para>
/// The default is Noto CJK TC (<see cref="DefaultSerifName"/>, <see cref="DefaultSansName"/>), free and
/// installable on every machine (Debian and Ubuntu <c>fonts-noto-cjk</c>), with the Taiwanese forms of
/// the characters and Latin letters of its own. Offices that print in 標楷體 name it
/// <c>new DocumentFonts(serif: new FontPair("DFKai-SB"))</c>: DFKai-SB is the family name of 標楷體,
/// installed with Windows and Microsoft Office (新細明體 is <c>PMingLiU</c>); a Western face can be added,
/// <c>new FontPair("DFKai-SB", "Times New Roman")</c>.
/// </para>
/// <para>
/// ODT and flat ODT name the faces in their styles (body text serif; title and headings sans), and the
/// HTML puts the sans faces first in its font list (it is one sans face throughout). Fonts are not
/// embedded: a machine without the face — LibreOffice converting on a server without 標楷體 — substitutes
/// another one, so install the font where the document is printed or converted.
/// </para>
/// </remarks>
public sealed class DocumentFonts : IEquatable<DocumentFonts>
{
    /// <summary>The default serif face, for body text: <c>Noto Serif CJK TC</c>.</summary>
    public const string DefaultSerifName = "Noto Serif CJK TC";

    /// <summary>The default sans-serif face, for the title and headings: <c>Noto Sans CJK TC</c>.</summary>
    public const string DefaultSansName = "Noto Sans CJK TC";

    // Above Default, whose initializer reads them: static initializers run in the order of the text.
    private static readonly FontPair DefaultSerif = new(DefaultSerifName);
    private static readonly FontPair DefaultSans = new(DefaultSansName);

    /// <summary>Creates the fonts of a document; a pair not given is the default one.</summary>
    /// <param name="serif">The faces of the body text; <see langword="null"/> for <see cref="DefaultSerifName"/>.</param>
    /// <param name="sans">The faces of the title and headings; <see langword="null"/> for <see cref="DefaultSansName"/>.</param>
    public DocumentFonts(FontPair? serif = null, FontPair? sans = null)
    {
        Serif = serif ?? DefaultSerif;
        Sans = sans ?? DefaultSans;
    }

    /// <summary>Noto Serif CJK TC for the body text and Noto Sans CJK TC for the title and headings, Chinese and Latin alike.</summary>
    public static DocumentFonts Default { get; } = new();

    /// <summary>The faces of the body text (and of the table cells).</summary>
    public FontPair Serif { get; }

    /// <summary>The faces of the title and the headings.</summary>
    public FontPair Sans { get; }

    /// <summary>Whether two sets of fonts are the same.</summary>
    /// <param name="left">Fonts, or null.</param>
    /// <param name="right">Other fonts, or null.</param>
    /// <returns>True when both are null or both pairs are equal.</returns>
    public static bool operator ==(DocumentFonts? left, DocumentFonts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two sets of fonts differ.</summary>
    /// <param name="left">Fonts, or null.</param>
    /// <param name="right">Other fonts, or null.</param>
    /// <returns>True unless both are null or both pairs are equal.</returns>
    public static bool operator !=(DocumentFonts? left, DocumentFonts? right) => !(left == right);

    /// <summary>Whether <paramref name="other"/> names the same faces.</summary>
    /// <param name="other">Other fonts, or null.</param>
    /// <returns>True when the serif and the sans pairs are equal.</returns>
    public bool Equals(DocumentFonts? other) => other is not null && Serif.Equals(other.Serif) && Sans.Equals(other.Sans);

    /// <summary>Whether <paramref name="obj"/> is fonts naming the same faces.</summary>
    /// <param name="obj">Any object, or null.</param>
    /// <returns>True for equal <see cref="DocumentFonts"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as DocumentFonts);

    /// <summary>A hash code consistent with <see cref="Equals(DocumentFonts)"/>.</summary>
    /// <returns>The hash of both pairs.</returns>
    public override int GetHashCode() => unchecked((Serif.GetHashCode() * 397) ^ Sans.GetHashCode());

    /// <summary>The fonts as the CLI options would name them.</summary>
    /// <returns>For example <c>serif DFKai-SB,Times New Roman; sans Noto Sans CJK TC</c>.</returns>
    public override string ToString() => "serif " + Serif + "; sans " + Sans;
}

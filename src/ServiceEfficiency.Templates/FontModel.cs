using System;
using System.Collections.Generic;

namespace ServiceEfficiency.Templates;

/// <summary>
/// The template model of <see cref="RenderOptions.Fonts"/>, the global <c>fonts</c>: each pair's
/// names, the pair as a CSS font list, and the distinct faces an ODF file declares.
/// </summary>
/// <remarks>docs/templates.md lists the names.</remarks>
internal static class FontModel
{
    public static ModelObject Create(DocumentFonts fonts)
    {
        // ODF declares each face once, in a fixed order (serif before sans, East Asian before
        // Western), so the same options always give the same bytes; a name used for both keeps
        // its first generic family. Ordinal: a style refers to a face by its exact style:name.
        var faces = new List<object?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Declare(string name, string generic)
        {
            if (seen.Add(name))
            {
                faces.Add(new ModelObject()
                    .With("name", name)
                    .With("generic", generic)
                    .With("family", SvgFontFamily(name))
                    .Freeze());
            }
        }

        Declare(fonts.Serif.EastAsian, "roman");
        Declare(fonts.Serif.Western, "roman");
        Declare(fonts.Sans.EastAsian, "swiss");
        Declare(fonts.Sans.Western, "swiss");
        return new ModelObject()
            .With("serif", Pair(fonts.Serif))
            .With("sans", Pair(fonts.Sans))
            .With("faces", new ModelArray(faces))
            .Freeze();
    }

    /// <summary>
    /// The value of svg:font-family: the name quoted, with '…' as LibreOffice writes it, or "…"
    /// for a name with an apostrophe. LibreOffice reads no escapes there, only the other quote
    /// (FontPair refuses '"', so one of the two always fits). The template's XML escaping then
    /// writes the quotes as &amp;apos; and &amp;quot;.
    /// </summary>
    private static string SvgFontFamily(string name) =>
        name.IndexOf('\'') >= 0 ? "\"" + name + "\"" : "'" + name + "'";

    private static ModelObject Pair(FontPair pair) => new ModelObject()
        .With("east_asian", pair.EastAsian)
        .With("western", pair.Western)
        .With("css", new RawMarkup(CssFontList(pair)))
        .Freeze();

    /// <summary>
    /// The pair as the start of a CSS font-family list, Western first: a browser takes each
    /// character from the first face that has it, so Latin letters and digits come from the
    /// Western face and Chinese from the East Asian one (a Western face has no Chinese). One
    /// entry when both are the same face. Already escaped (a <see cref="RawMarkup"/>): the
    /// HTML escaping of a value would put &amp;quot; into a &lt;style&gt; element, where it is
    /// not decoded.
    /// </summary>
    private static string CssFontList(FontPair pair) =>
        string.Equals(pair.Western, pair.EastAsian, StringComparison.Ordinal)
            ? TextEscaping.CssString(pair.EastAsian)
            : TextEscaping.CssString(pair.Western) + ", " + TextEscaping.CssString(pair.EastAsian);
}

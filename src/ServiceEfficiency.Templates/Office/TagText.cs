using System.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// What office suites do to text typed between braces, undone: autocorrect's curly quotes become
/// straight ones, soft hyphens and zero-width characters go, non-breaking and ideographic spaces
/// become spaces, and a capitalised block keyword is lower case again. Applied inside tags only; the document's own text is never changed.
/// </summary>
internal static class TagText
{
    private static readonly string[] Keywords = { "for", "if", "end", "else", "when", "while", "case", "capture", "with" };

    /// <summary>The tag as Scriban should read it.</summary>
    public static string Normalize(string tag) => LowerFirstKeyword(Straighten(tag));

    /// <summary>A block keyword autocorrect capitalised as the first word of a sentence or a cell (<c>{{ For row in …</c>), lower case again.</summary>
    private static string LowerFirstKeyword(string tag)
    {
        int i = 2;
        while (i < tag.Length && (tag[i] == ' ' || tag[i] == '-' || tag[i] == '~'))
        {
            i++;
        }

        if (i >= tag.Length || !char.IsUpper(tag[i]))
        {
            return tag;
        }

        foreach (string keyword in Keywords)
        {
            int after = i + keyword.Length;
            bool matches = string.Compare(tag, i, keyword, 0, keyword.Length, System.StringComparison.OrdinalIgnoreCase) == 0
                && (after == tag.Length || (!char.IsLetterOrDigit(tag[after]) && tag[after] != '_'));
            if (matches)
            {
                return tag.Substring(0, i) + keyword + tag.Substring(after);
            }
        }

        return tag;
    }

    private static string Straighten(string tag)
    {
        var builder = new StringBuilder(tag.Length);
        foreach (char c in tag)
        {
            switch (c)
            {
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\uFF02':
                    builder.Append('"');
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\uFF07':
                    builder.Append('\'');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break; // soft hyphen and zero-width characters: invisible, and not part of the code
                case '\u00A0' or '\u2007' or '\u202F' or '\u3000':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// Escapes data for each output format. Every escaper first <see cref="Sanitize">sanitizes</see>
/// the text, so a value can neither break the file nor change the text around it.
/// </summary>
internal static class TextEscaping
{
    /// <summary>
    /// Removes what no consumer accepts and balances what could reach outside the value: drops the
    /// characters XML 1.0 forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF and
    /// lone surrogates), and closes bidirectional embeddings, overrides and isolates the value opens
    /// (and drops closers it never opened), so a value's U+202E cannot reverse the text after it.
    /// </summary>
    public static string Sanitize(string text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        var open = new List<char>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue; // a lone high surrogate is dropped
            }

            if (char.IsLowSurrogate(c) || IsForbidden(c))
            {
                continue;
            }

            switch (c)
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068':
                    open.Add(c);
                    builder.Append(c);
                    break;
                case '\u202C':
                    // PDF closes the innermost embedding, but never one opened outside the value or across an isolate.
                    if (open.Count > 0 && IsEmbedding(open[open.Count - 1]))
                    {
                        open.RemoveAt(open.Count - 1);
                        builder.Append(c);
                    }

                    break;
                case '\u2069':
                    int isolate = open.FindLastIndex(IsIsolate);
                    if (isolate >= 0)
                    {
                        open.RemoveRange(isolate, open.Count - isolate); // PDI also ends the embeddings inside the isolate
                        builder.Append(c);
                    }

                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        for (int i = open.Count - 1; i >= 0; i--)
        {
            builder.Append(IsIsolate(open[i]) ? '\u2069' : '\u202C');
        }

        return builder.ToString();
    }

    /// <summary>HTML text and attribute values: <c>&amp; &lt; &gt; &quot; &#39;</c>, after <see cref="Sanitize"/>.</summary>
    public static string Html(string text) => EscapeMarkup(Sanitize(text), "&#39;");

    /// <summary>XML (and so ODF) text and attribute values: <c>&amp; &lt; &gt; &quot; &apos;</c>, after <see cref="Sanitize"/>.</summary>
    public static string Xml(string text) => EscapeMarkup(Sanitize(text), "&apos;");

    /// <summary>
    /// A quoted CSS string (<c>"Noto Sans CJK TC"</c>) that is inert wherever it is written: every
    /// character below U+00A0 but ASCII letters, digits, space, <c>-</c> and <c>.</c> becomes a CSS
    /// escape (<c>&lt;</c> → <c>\3c </c>), so the value can end neither the string nor a
    /// <c>&lt;style&gt;</c> element, and is no markup in HTML, XML or Markdown; so do formatting
    /// characters and line separators. Other characters (Chinese) are kept, after <see cref="Sanitize"/>.
    /// </summary>
    public static string CssString(string text)
    {
        string clean = Sanitize(text);
        var builder = new StringBuilder(clean.Length + 2).Append('"');
        foreach (char c in clean)
        {
            bool plain = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '-' or '.'
                || (c >= '\u00A0' && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator));
            if (plain)
            {
                builder.Append(c);
            }
            else
            {
                // The space ends the hexadecimal escape (CSS takes it as part of the escape), so a digit after it stays a digit.
                builder.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// GitHub-flavoured Markdown, safe inside table cells and paragraphs: HTML-significant characters
    /// become entities, inline syntax (<c>\ ` * _ [ ] | ~</c>) is backslash-escaped, block syntax at the
    /// start of the value (<c>#</c>, <c>-</c>, <c>+</c>, <c>1.</c>, and indentation of four spaces or a tab,
    /// which would start a code block) is neutralised, and line breaks become
    /// <c>&lt;br&gt;</c> so a value stays on its line (and in its table cell).
    /// </summary>
    public static string Markdown(string text)
    {
        string clean = Sanitize(text);
        var builder = new StringBuilder(clean.Length + 8);
        for (int i = 0; i < clean.Length; i++)
        {
            char c = clean[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                case '\r':
                    if (i + 1 < clean.Length && clean[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("<br>");
                    break;
                case '\n':
                    builder.Append("<br>");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return NeutraliseBlockStart(builder);
    }

    private static string NeutraliseBlockStart(StringBuilder builder)
    {
        // What starts a block only at the start of a line: the value may be placed there.
        // Four spaces or a tab there start an indented code block, so the leading run of spaces and
        // tabs becomes one space: at the start of a line Markdown shows none (nor does HTML), and
        // after other text it still separates the value from it.
        int start = 0;
        while (start < builder.Length && builder[start] is ' ' or '\t')
        {
            start++;
        }

        if (start > 1 || (start == 1 && builder[0] == '\t'))
        {
            builder.Remove(0, start).Insert(0, ' ');
            start = 1;
        }

        if (start >= builder.Length)
        {
            return builder.ToString();
        }

        char first = builder[start];
        bool followedBySpace(int at) => at >= builder.Length || builder[at] == ' ' || builder[at] == '\t';
        if (first is '#' or '=')
        {
            builder.Insert(start, '\\');
        }
        else if ((first is '-' or '+') && followedBySpace(start + 1))
        {
            builder.Insert(start, '\\');
        }
        else if (first is >= '0' and <= '9')
        {
            int end = start;
            while (end < builder.Length && builder[end] is >= '0' and <= '9')
            {
                end++;
            }

            if (end < builder.Length && builder[end] is '.' or ')' && followedBySpace(end + 1))
            {
                builder.Insert(end, '\\');
            }
        }

        return builder.ToString();
    }

    private static string EscapeMarkup(string text, string apostrophe)
    {
        int i = 0;
        while (i < text.Length && text[i] is not ('&' or '<' or '>' or '"' or '\''))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append(apostrophe); break;
                default: builder.Append(text[i]); break;
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        foreach (char c in text)
        {
            bool suspicious = c < 0x20
                ? c is not ('\t' or '\n' or '\r')
                : c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF';
            if (suspicious)
            {
                return false; // surrogates are checked for pairing on the slow path
            }
        }

        return true;
    }

    private static bool IsForbidden(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    private static bool IsEmbedding(char c) => c is '\u202A' or '\u202B' or '\u202D' or '\u202E';

    private static bool IsIsolate(char c) => c is '\u2066' or '\u2067' or '\u2068';
}

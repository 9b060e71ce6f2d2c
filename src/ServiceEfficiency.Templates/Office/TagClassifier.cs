using System.Collections.Generic;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Tells what a tag does to the structure (<see cref="TagKind"/>) from the keywords that begin its
/// statements, outside string literals: enough to match blocks across paragraphs and rows before
/// Scriban parses the whole, and to say where a block went wrong in the user's terms.
/// </summary>
internal static class TagClassifier
{
    private static readonly HashSet<string> Openers = new() { "for", "if", "while", "case", "capture", "with", "tablerow", "wrap", "func" };

    /// <summary>The kind of a tag, or null when it opens or closes more than one block (<c>{{ end; end }}</c>).</summary>
    /// <param name="tag">The whole tag, braces included: <c>{{ for row in table.rows }}</c>.</param>
    public static TagKind? Classify(string tag)
    {
        int net = 0;
        bool middleFirst = false;
        bool first = true;
        foreach (string word in StatementStarts(tag))
        {
            if (word is "else" or "when")
            {
                middleFirst |= first;
            }
            else if (word == "end")
            {
                net--;
            }
            else if (Openers.Contains(word))
            {
                net++;
            }

            first = false;
        }

        return net switch
        {
            0 => middleFirst ? TagKind.Middle : TagKind.Output,
            1 when !middleFirst => TagKind.Open,
            -1 when !middleFirst => TagKind.Close,
            _ => null,
        };
    }

    /// <summary>The first word of each statement: after the opening braces, a <c>;</c> or a line break.</summary>
    private static IEnumerable<string> StatementStarts(string tag)
    {
        int i = 0;
        int end = tag.Length;
        if (tag.StartsWith("{{", System.StringComparison.Ordinal))
        {
            i = 2;
        }

        if (tag.EndsWith("}}", System.StringComparison.Ordinal))
        {
            end -= 2;
        }

        bool atStart = true;
        while (i < end)
        {
            char c = tag[i];
            if (c is '"' or '\'' or '`')
            {
                // A string literal: skip to its closing quote (a backslash escapes in "" and '').
                char quote = c;
                i++;
                while (i < end && tag[i] != quote)
                {
                    i += tag[i] == '\\' && quote != '`' ? 2 : 1;
                }

                i++;
                atStart = false;
                continue;
            }

            if (c is ';' or '\n')
            {
                atStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || ((c is '-' or '~') && atStart))
            {
                i++; // whitespace, and the whitespace-control marks {{- and {{~
                continue;
            }

            if (IsWordChar(c))
            {
                int start = i;
                while (i < end && IsWordChar(tag[i]))
                {
                    i++;
                }

                if (atStart)
                {
                    yield return tag.Substring(start, i - start);
                }

                atStart = false;
                continue;
            }

            atStart = false;
            i++;
        }
    }

    private static bool IsWordChar(char c) => c == '_' || (c < 128 && char.IsLetterOrDigit(c));
}

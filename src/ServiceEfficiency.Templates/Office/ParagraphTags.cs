using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Finds the tags of one paragraph however the office suite split them: the paragraph's typed
/// text is read as one string across its runs and spans (a formatting change mid-tag, a revision
/// id, a proofing mark, a bookmark, a soft hyphen), each tag is found in it, and the XML is
/// rewritten so that the whole tag stands, as a marker, in the text node where it begins: the
/// other pieces lose the tag's characters, and markers inside the tag are dropped.
/// </summary>
internal sealed class ParagraphTags
{
    private readonly OfficeDialect _dialect;
    private readonly List<Piece> _pieces = new();
    private readonly List<(XElement Element, int Offset)> _markers = new();
    private readonly StringBuilder _text = new();

    private ParagraphTags(OfficeDialect dialect) => _dialect = dialect;

    /// <summary>The tags found, in order.</summary>
    public IReadOnlyList<OfficeTag> Tags { get; private set; } = Array.Empty<OfficeTag>();

    /// <summary>Whether the paragraph holds nothing but block tags (for, if, else, end): it disappears from the output.</summary>
    public bool IsControl { get; private set; }

    /// <summary>Reads and rewrites <paramref name="paragraph"/>; refusals go to <paramref name="errors"/>.</summary>
    /// <param name="paragraph">A paragraph of the part.</param>
    /// <param name="dialect">The part's vocabulary.</param>
    /// <param name="place">Where the paragraph is, in the user's terms.</param>
    /// <param name="location">Makes the location of a refusal from a place.</param>
    /// <param name="nextId">The number of the paragraph's first tag; advanced past its last.</param>
    /// <param name="errors">Where refusals go.</param>
    public static ParagraphTags Rewrite(XElement paragraph, OfficeDialect dialect, string place, Func<string, SourceLocation> location, ref int nextId, List<Diagnostic> errors)
    {
        var result = new ParagraphTags(dialect);
        result.Collect(paragraph);
        string text = result._text.ToString();
        if (text.IndexOf("{{", StringComparison.Ordinal) < 0)
        {
            return result;
        }

        var spans = new List<(int Start, int End)>();
        int from = 0;
        while (from < text.Length)
        {
            int open = text.IndexOf("{{", from, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            int close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                string begun = text.Substring(open, Math.Min(40, text.Length - open)).TrimEnd();
                errors.Add(TemplateDiagnosticCodes.TagMisplaced.Create(Messages.SE2011Unclosed.Format(begun), location(place)));
                break;
            }

            spans.Add((open, close + 2));
            from = close + 2;
        }

        var tags = new List<OfficeTag>(spans.Count);
        foreach ((int start, int end) in spans)
        {
            string tag = TagText.Normalize(text.Substring(start, end - start));
            if (TagClassifier.Classify(tag) is not TagKind kind)
            {
                errors.Add(TemplateDiagnosticCodes.TagMisplaced.Create(Messages.SE2011SeveralBlocks.Format(tag), location(place)));
                kind = TagKind.Output;
            }

            tags.Add(new OfficeTag(nextId++, tag, kind, paragraph, place));
        }

        result.Tags = tags;
        result.IsControl = tags.Count > 0 && tags.All(t => t.Kind != TagKind.Output) && IsBlankOutside(text, spans);
        result.Apply(spans, tags);
        return result;
    }

    private static bool IsBlankOutside(string text, List<(int Start, int End)> spans)
    {
        int at = 0;
        foreach ((int start, int end) in spans)
        {
            if (!IsBlank(text, at, start))
            {
                return false;
            }

            at = end;
        }

        return IsBlank(text, at, text.Length);
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '\u00AD' && text[i] != '\u200B')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the typed text in document order, not into nested paragraphs (text boxes, notes) or skipped content.</summary>
    private void Collect(XElement element)
    {
        foreach (XNode node in element.Nodes())
        {
            if (node is XText text && _dialect.HoldsText(element))
            {
                _pieces.Add(new Piece(text, null, text.Value, _text.Length));
                _text.Append(text.Value);
            }
            else if (node is XElement child)
            {
                if (_dialect.IsParagraph(child) || _dialect.IsSkipped(child))
                {
                    continue;
                }

                if (_dialect.StandsFor(child) is string stands)
                {
                    _pieces.Add(new Piece(null, child, stands, _text.Length));
                    _text.Append(stands);
                }
                else if (_dialect.IsMarker(child))
                {
                    _markers.Add((child, _text.Length));
                }
                else
                {
                    Collect(child);
                }
            }
        }
    }

    /// <summary>Puts each tag's marker where the tag begins and removes the tag's characters and inner markers everywhere else.</summary>
    private void Apply(List<(int Start, int End)> spans, List<OfficeTag> tags)
    {
        // Markers and spans are both in text order: one pass over each.
        int span = 0;
        foreach ((XElement element, int offset) in _markers)
        {
            while (span < spans.Count && spans[span].End <= offset)
            {
                span++;
            }

            if (span < spans.Count && spans[span].Start < offset)
            {
                element.Remove();
            }
        }

        var emptied = new List<XText>();
        int tag = 0;
        foreach (Piece piece in _pieces)
        {
            int pieceEnd = piece.Start + piece.Value.Length;
            while (tag < spans.Count && spans[tag].End <= piece.Start)
            {
                tag++;
            }

            if (tag == spans.Count || spans[tag].Start >= pieceEnd)
            {
                continue; // no tag touches this piece
            }

            if (piece.Element is XElement virtualPiece)
            {
                virtualPiece.Remove(); // a tab, break or run of spaces inside a tag is part of its code
                continue;
            }

            var rewritten = new StringBuilder(piece.Value.Length);
            bool receivedTag = false;
            int t = tag;
            for (int offset = piece.Start; offset < pieceEnd; offset++)
            {
                while (t < spans.Count && spans[t].End <= offset)
                {
                    t++;
                }

                if (t < spans.Count && spans[t].Start == offset)
                {
                    rewritten.Append(tags[t].Marker);
                    receivedTag = true;
                }

                if (t == spans.Count || offset < spans[t].Start)
                {
                    rewritten.Append(piece.Value[offset - piece.Start]);
                }
            }

            XText text = piece.Text!;
            text.Value = rewritten.ToString();
            if (receivedTag)
            {
                _dialect.PrepareForTag(text);
            }
            else if (text.Value.Length == 0)
            {
                emptied.Add(text);
            }
        }

        foreach (XText text in emptied)
        {
            _dialect.Tidy(text);
        }
    }

    /// <summary>A piece of the paragraph's text: a text node, or an element that stands for characters (a tab).</summary>
    private sealed class Piece
    {
        public Piece(XText? text, XElement? element, string value, int start)
        {
            Text = text;
            Element = element;
            Value = value;
            Start = start;
        }

        public XText? Text { get; }

        public XElement? Element { get; }

        public string Value { get; }

        public int Start { get; }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Matches the block tags of a part (for/if … else … end) across paragraphs and decides where each
/// one goes in the Scriban text, so that repeating or leaving out what is between them keeps the
/// XML well-formed:
/// <list type="bullet">
/// <item>all tags of a block in one paragraph: they stay in the text (inline);</item>
/// <item>control paragraphs with the same parent (the body, one cell): each control paragraph is
/// replaced by its tags, so the paragraphs and tables between them repeat;</item>
/// <item>control paragraphs in cells of one table: the opening tag goes before its row, an
/// <c>else</c> before its row, the <c>end</c> after its row, so whole rows repeat (Carbone's rule).</item>
/// </list>
/// Anything else is refused (SE2011) at the tag, in the user's terms.
/// </summary>
internal sealed class BlockLayout
{
    private readonly OfficeDialect _dialect;
    private readonly Func<string, SourceLocation> _location;
    private readonly List<Diagnostic> _errors;
    private readonly Dictionary<OfficeTag, XElement> _beforeRow = new();
    private readonly Dictionary<OfficeTag, XElement> _afterRow = new();
    private readonly Dictionary<XElement, int> _rowIndex = new();

    private BlockLayout(OfficeDialect dialect, Func<string, SourceLocation> location, List<Diagnostic> errors)
    {
        _dialect = dialect;
        _location = location;
        _errors = errors;
    }

    /// <summary>Lays out the blocks of <paramref name="paragraphs"/> and rewrites the XML; refusals go to <paramref name="errors"/>.</summary>
    /// <param name="paragraphs">Every paragraph with tags, in document order.</param>
    /// <param name="dialect">The part's vocabulary.</param>
    /// <param name="location">Makes the location of a refusal from a place.</param>
    /// <param name="errors">Where refusals go.</param>
    public static void Apply(IReadOnlyList<ParagraphTags> paragraphs, OfficeDialect dialect, Func<string, SourceLocation> location, List<Diagnostic> errors)
    {
        var layout = new BlockLayout(dialect, location, errors);
        var control = new HashSet<XElement>(paragraphs.Where(p => p.IsControl).Select(p => p.Tags[0].Paragraph));
        foreach (List<OfficeTag> block in layout.Match(paragraphs.SelectMany(p => p.Tags)))
        {
            layout.Place(block, control);
        }

        if (errors.Count == 0)
        {
            layout.Rewrite(paragraphs.Where(p => p.IsControl));
        }
    }

    /// <summary>The blocks, each as its tags (opening, middles, end), matched like brackets.</summary>
    private IEnumerable<List<OfficeTag>> Match(IEnumerable<OfficeTag> tags)
    {
        var open = new Stack<List<OfficeTag>>();
        var blocks = new List<List<OfficeTag>>();
        foreach (OfficeTag tag in tags)
        {
            switch (tag.Kind)
            {
                case TagKind.Open:
                    open.Push(new List<OfficeTag> { tag });
                    break;
                case TagKind.Middle when open.Count > 0:
                    open.Peek().Add(tag);
                    break;
                case TagKind.Close when open.Count > 0:
                    List<OfficeTag> block = open.Pop();
                    block.Add(tag);
                    blocks.Add(block);
                    break;
                case TagKind.Middle or TagKind.Close:
                    Refuse(tag, Messages.SE2011NoBlock.Format(tag.Text));
                    break;
            }
        }

        foreach (List<OfficeTag> unclosed in open.Reverse())
        {
            Refuse(unclosed[0], Messages.SE2011NoEnd.Format(unclosed[0].Text));
        }

        return blocks;
    }

    private void Place(List<OfficeTag> block, HashSet<XElement> control)
    {
        OfficeTag first = block[0];
        if (block.All(t => t.Paragraph == first.Paragraph))
        {
            return; // inline: the markers stay where they are
        }

        if (block.FirstOrDefault(t => !control.Contains(t.Paragraph)) is OfficeTag shared)
        {
            OfficeTag partner = shared == first ? block[block.Count - 1] : first;
            Refuse(shared, Messages.SE2011NotAlone.Format(shared.Text, partner.Text));
            return;
        }

        if (block.All(t => t.Paragraph.Parent == first.Paragraph.Parent))
        {
            return; // paragraphs with one parent: each control paragraph becomes its tags
        }

        // Whole rows: every tag in a cell of the same table, rows in order.
        XElement? firstRow = Row(first.Paragraph);
        int previousIndex = -1;
        for (int i = 0; i < block.Count; i++)
        {
            OfficeTag tag = block[i];
            XElement? row = Row(tag.Paragraph);
            if (firstRow is null || row is null || row.Parent != firstRow.Parent)
            {
                OfficeTag partner = i == 0 ? block[block.Count - 1] : first;
                Refuse(tag, Messages.SE2011Crosses.Format(tag.Text, partner.Text, partner.Place));
                return;
            }

            int index = IndexOf(row);
            bool isEnd = i == block.Count - 1;
            if (i > 0 && (isEnd ? index < previousIndex : index <= previousIndex))
            {
                Refuse(tag, Messages.SE2011RowOrder.Format(tag.Text, block[i - 1].Text));
                return;
            }

            if (isEnd)
            {
                _afterRow[tag] = row;
            }
            else
            {
                _beforeRow[tag] = row;
            }

            previousIndex = index;
        }
    }

    /// <summary>The position of a row among its siblings; each parent's rows are counted once.</summary>
    private int IndexOf(XElement row)
    {
        if (!_rowIndex.TryGetValue(row, out int index))
        {
            int i = 0;
            foreach (XElement sibling in row.Parent!.Elements())
            {
                _rowIndex[sibling] = i++;
            }

            index = _rowIndex[row];
        }

        return index;
    }

    /// <summary>The row of the cell <paramref name="paragraph"/> is in, or null outside tables.</summary>
    private XElement? Row(XElement paragraph)
    {
        for (XElement? e = paragraph.Parent; e is not null; e = e.Parent)
        {
            if (_dialect.IsCell(e))
            {
                return e.Parent is XElement row && _dialect.IsRow(row) ? row : null;
            }

            if (_dialect.IsParagraph(e) || _dialect.IsTable(e))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Replaces each control paragraph by its tags, or moves its tags to the row boundaries.</summary>
    private void Rewrite(IEnumerable<ParagraphTags> controls)
    {
        var after = new Dictionary<XElement, List<string>>();
        foreach (ParagraphTags control in controls)
        {
            XElement paragraph = control.Tags[0].Paragraph;
            XElement? cell = paragraph.Parent;
            string here = string.Concat(control.Tags.Where(t => !_beforeRow.ContainsKey(t) && !_afterRow.ContainsKey(t)).Select(t => t.Marker));
            foreach (OfficeTag tag in control.Tags)
            {
                if (_beforeRow.TryGetValue(tag, out XElement? row))
                {
                    row.AddBeforeSelf(new XText(tag.Marker)); // in tag order: each lands just before the row, after those before it
                }
                else if (_afterRow.TryGetValue(tag, out XElement? last))
                {
                    if (!after.TryGetValue(last, out List<string>? list))
                    {
                        after[last] = list = new List<string>();
                    }

                    list.Add(tag.Marker);
                }
            }

            if (here.Length > 0)
            {
                paragraph.AddBeforeSelf(new XText(here));
            }

            paragraph.Remove();
            if (cell is not null && _dialect.IsCell(cell) && !cell.Elements().Any(e => _dialect.IsParagraph(e) || _dialect.IsTable(e)))
            {
                cell.Add(EmptyLike(paragraph)); // a cell keeps a paragraph, in the control paragraph's style
            }
        }

        foreach (KeyValuePair<XElement, List<string>> row in after)
        {
            row.Key.AddAfterSelf(new XText(string.Concat(row.Value)));
        }
    }

    /// <summary>An empty paragraph with the style of <paramref name="paragraph"/> and none of its ids.</summary>
    private static XElement EmptyLike(XElement paragraph)
    {
        var empty = new XElement(paragraph.Name);
        foreach (XAttribute attribute in paragraph.Attributes().Where(a => a.Name.LocalName.EndsWith("style-name", StringComparison.Ordinal) || a.Name.LocalName == "class-names"))
        {
            empty.SetAttributeValue(attribute.Name, attribute.Value);
        }

        if (paragraph.Elements().FirstOrDefault() is XElement properties && properties.Name.LocalName == "pPr")
        {
            empty.Add(new XElement(properties));
        }

        return empty;
    }

    private void Refuse(OfficeTag tag, string message) =>
        _errors.Add(TemplateDiagnosticCodes.TagMisplaced.Create(message, _location(tag.Place)));
}

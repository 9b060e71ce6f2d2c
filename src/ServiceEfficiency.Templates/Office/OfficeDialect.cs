using System.Xml.Linq;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// What the compiler needs to know of one office vocabulary (ODF or WordprocessingML): which
/// elements are paragraphs, tables, rows and cells, where the text a person typed lives, which
/// empty markers an office suite scatters through it, and how a value is written into it.
/// </summary>
internal abstract class OfficeDialect
{
    /// <summary>A paragraph or heading: where tags are typed.</summary>
    public abstract bool IsParagraph(XElement element);

    /// <summary>A table.</summary>
    public abstract bool IsTable(XElement element);

    /// <summary>A table row.</summary>
    public abstract bool IsRow(XElement element);

    /// <summary>A table cell, covered (merged) cells included, so cell numbers match columns.</summary>
    public abstract bool IsCell(XElement element);

    /// <summary>Content whose text is not the document's (a comment, deleted text, a field's instructions): skipped.</summary>
    public abstract bool IsSkipped(XElement element);

    /// <summary>Whether the text nodes of this element are typed text.</summary>
    public abstract bool HoldsText(XElement element);

    /// <summary>The characters an empty element stands for (a tab, a line break, a run of spaces), or null when it stands for none.</summary>
    public abstract string? StandsFor(XElement element);

    /// <summary>An empty marker (bookmark, proofing mark, soft page break) that is dropped when it falls inside a tag.</summary>
    public abstract bool IsMarker(XElement element);

    /// <summary>Called on the text node that receives a tag: Word needs <c>xml:space="preserve"</c> on its <c>w:t</c>.</summary>
    public virtual void PrepareForTag(XText text)
    {
    }

    /// <summary>Removes what an edit left empty around <paramref name="text"/> (a Word run with no text left).</summary>
    public virtual void Tidy(XText text)
    {
    }

    /// <summary>A cell must keep a paragraph (Word) even when its control paragraphs are removed.</summary>
    public abstract bool CellNeedsParagraph { get; }

    /// <summary>How a value is written: XML-escaped, with line breaks and tabs as the vocabulary's elements.</summary>
    /// <param name="root">The part's root element, whose namespace prefixes the escaping uses.</param>
    public abstract OutputEscaping Escaping(XElement root);
}

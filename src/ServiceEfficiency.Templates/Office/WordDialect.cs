using System.Linq;
using System.Xml.Linq;

namespace ServiceEfficiency.Templates.Office;

/// <summary>WordprocessingML (Word): <c>w:p</c>, <c>w:tbl</c>, runs split by formatting and revision ids, proofing marks.</summary>
internal sealed class WordDialect : OfficeDialect
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static WordDialect Instance { get; } = new();

    public override bool CellNeedsParagraph => true;

    public override bool IsParagraph(XElement element) => element.Name == W + "p";

    public override bool IsTable(XElement element) => element.Name == W + "tbl";

    public override bool IsRow(XElement element) => element.Name == W + "tr";

    public override bool IsCell(XElement element) => element.Name == W + "tc";

    // Deleted revisions, field instructions and properties hold no typed text of the document.
    public override bool IsSkipped(XElement element) =>
        element.Name == W + "del" || element.Name == W + "moveFrom" || element.Name == W + "instrText" || element.Name == W + "delText"
        || element.Name == W + "rPr" || element.Name == W + "pPr";

    public override bool HoldsText(XElement element) => element.Name == W + "t";

    public override string? StandsFor(XElement element) =>
        element.Name == W + "tab" ? "\t"
        : element.Name == W + "br" || element.Name == W + "cr" ? "\n"
        : element.Name == W + "softHyphen" ? "\u00AD"
        : element.Name == W + "noBreakHyphen" ? "-"
        : null;

    public override bool IsMarker(XElement element) =>
        element.Name.Namespace == W && element.Name.LocalName is "proofErr" or "bookmarkStart" or "bookmarkEnd" or "permStart" or "permEnd"
            or "lastRenderedPageBreak" or "commentRangeStart" or "commentRangeEnd" or "moveFromRangeStart" or "moveFromRangeEnd"
            or "moveToRangeStart" or "moveToRangeEnd";

    public override void PrepareForTag(XText text)
    {
        // A value may begin or end with a space; Word drops those of a w:t without xml:space.
        text.Parent?.SetAttributeValue(XNamespace.Xml + "space", "preserve");
    }

    public override void Tidy(XText text)
    {
        // A run whose text went into a tag in an earlier run: remove it whole rather than leave an empty run.
        if (text.Value.Length == 0 && text.Parent is XElement t && t.Parent is XElement run && run.Name == W + "r"
            && run.Elements().All(e => e == t || e.Name == W + "rPr"))
        {
            run.Remove();
        }
    }

    public override OutputEscaping Escaping(XElement root)
    {
        string w = root.GetPrefixOfNamespace(W) ?? "w";
        // A value sits inside a w:t: a break or a tab closes the text, adds the element and opens a new text.
        string reopen = "<" + w + ":t xml:space=\"preserve\">";
        string lineBreak = "</" + w + ":t><" + w + ":br/>" + reopen;
        string tab = "</" + w + ":t><" + w + ":tab/>" + reopen;
        return OutputEscaping.Office("wordprocessingml", value => TextEscaping.Xml(value).Replace("\r\n", "\n").Replace("\r", "\n").Replace("\n", lineBreak).Replace("\t", tab));
    }
}

using System.Text;
using System.Xml.Linq;

namespace ServiceEfficiency.Templates.Office;

/// <summary>OpenDocument text (Writer): <c>text:p</c>/<c>text:h</c>, <c>table:table</c>, spans and bookmarks.</summary>
internal sealed class OdfDialect : OfficeDialect
{
    public static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    public static OdfDialect Instance { get; } = new();

    public override bool CellNeedsParagraph => false;

    public override bool IsParagraph(XElement element) => element.Name == Text + "p" || element.Name == Text + "h";

    public override bool IsTable(XElement element) => element.Name == Table + "table";

    public override bool IsRow(XElement element) => element.Name == Table + "table-row";

    public override bool IsCell(XElement element) => element.Name == Table + "table-cell" || element.Name == Table + "covered-table-cell";

    // Comments, tracked deletions and the citation numbers of notes are not the text a tag was typed in.
    public override bool IsSkipped(XElement element) =>
        element.Name == Office + "annotation" || element.Name == Office + "annotation-end" || element.Name == Text + "tracked-changes" || element.Name == Text + "note-citation";

    public override bool HoldsText(XElement element) => element.Name.Namespace == Text;

    public override string? StandsFor(XElement element)
    {
        if (element.Name == Text + "s")
        {
            int count = int.TryParse((string?)element.Attribute(Text + "c"), out int c) && c > 0 ? c : 1;
            return new string(' ', System.Math.Min(count, 1000));
        }

        return element.Name == Text + "tab" ? "\t" : element.Name == Text + "line-break" ? "\n" : null;
    }

    public override bool IsMarker(XElement element) =>
        element.Name.Namespace == Text && element.Name.LocalName is "bookmark" or "bookmark-start" or "bookmark-end" or "soft-page-break"
            or "reference-mark" or "reference-mark-start" or "reference-mark-end" or "change" or "change-start" or "change-end"
            or "alphabetical-index-mark" or "toc-mark";

    public override OutputEscaping Escaping(XElement root)
    {
        string prefix = root.GetPrefixOfNamespace(Text) ?? "text";
        string lineBreak = "<" + prefix + ":line-break/>";
        string tab = "<" + prefix + ":tab/>";
        string space = "<" + prefix + ":s/>";
        return OutputEscaping.Office("odf", value =>
        {
            string escaped = TextEscaping.Xml(value);
            var builder = new StringBuilder(escaped.Length);
            for (int i = 0; i < escaped.Length; i++)
            {
                char c = escaped[i];
                if (c == '\n')
                {
                    builder.Append(lineBreak);
                }
                else if (c == '\t')
                {
                    builder.Append(tab);
                }
                else if (c == ' ' && i > 0 && escaped[i - 1] == ' ')
                {
                    builder.Append(space); // ODF collapses a run of spaces: each one after the first is a text:s
                }
                else if (c != '\r')
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        });
    }
}

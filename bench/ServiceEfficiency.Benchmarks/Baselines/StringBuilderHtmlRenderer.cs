using System.Text;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Benchmarks.Baselines;

/// <summary>
/// The HTML renderer written by hand with a <see cref="StringBuilder"/>: the same markup as the default
/// template <c>html/document.sbn</c>, byte for byte (tests/ServiceEfficiency.Benchmarks.Tests proves it on every
/// sample and on the synthetic report), escaping values with the same <see cref="TextEscaping.Html"/>. It is the
/// floor the template engines are measured against: what rendering costs with no engine at all.
/// </summary>
public static class StringBuilderHtmlRenderer
{
    /// <summary>The stylesheet, as <c>html/_style.sbn</c> writes it (it has no expressions).</summary>
    private const string Style = """
<style>
:root { color: #1a1a1a; background: #fff; }
body { font-family: "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", "PingFang TC", sans-serif; line-height: 1.7; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; text-align: center; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; }
.issued { text-align: right; }
p.level-1 { margin-left: 2em; }
p.level-2 { margin-left: 4em; }
p.level-3 { margin-left: 6em; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #555; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef5; }
tbody th { font-weight: normal; }
td p, th p { margin: 0 0 0.3rem; }
col.col-strategy { width: 30%; }
col.col-lead_units { width: 14%; }
.group { display: block; font-weight: bold; }
.group.level-2, .group.level-3 { margin-left: 1em; }
.strategy { display: block; }
.figures { color: #333; font-size: 0.95em; }
@media print {
  @page { size: A4; margin: 2cm 1.8cm; }
  body { font-size: 11pt; line-height: 1.5; }
  main { max-width: none; padding: 0; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead th { background: none; }
}
</style>
""";

    /// <summary>Renders <paramref name="document"/> as UTF-8 HTML.</summary>
    public static byte[] RenderToBytes(ServiceDocument document, CriteriaEdition edition) =>
        Encoding.UTF8.GetBytes(Render(document, edition));

    /// <summary>Renders <paramref name="document"/> as HTML.</summary>
    public static string Render(ServiceDocument document, CriteriaEdition edition)
    {
        HtmlDocumentView view = HtmlDocumentView.Build(document, edition);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-Hant-TW\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"ServiceEfficiency\">\n<title>");
        Text(html, view.Title).Append("</title>\n").Append(Style).Append("\n\n</head>\n<body>\n<main>\n<h1>");
        Text(html, view.Title).Append("</h1>\n");
        if (view.Issued is not null)
        {
            Text(html.Append("<p class=\"issued\">"), view.Issued.Text).Append("</p>\n");
        }

        int headingLevel = view.Kind == "plan" ? 3 : 2;
        if (view.Kind == "plan")
        {
            foreach (HtmlSectionView section in view.Sections)
            {
                Text(html.Append("<section class=\"plan-section\" id=\"section-"), section.Kind).Append('"');
                if (section.Heading is not null)
                {
                    Text(html.Append(" aria-labelledby=\"section-"), section.Kind).Append("-heading\">\n");
                    Text(html.Append("<h2 id=\"section-"), section.Kind).Append("-heading\">");
                    Text(html, section.Heading).Append("</h2>\n");
                }
                else
                {
                    Text(html.Append(" aria-label=\""), section.Label).Append("\">\n");
                }

                foreach (HtmlLineView line in section.Lines)
                {
                    Paragraph(html, line).Append('\n');
                }

                foreach (HtmlTableView table in section.Tables)
                {
                    Table(html, table, headingLevel).Append('\n');
                }

                html.Append("</section>\n");
            }
        }
        else
        {
            foreach (HtmlTableView table in view.Tables)
            {
                Table(html, table, headingLevel).Append('\n');
            }
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static StringBuilder Table(StringBuilder html, HtmlTableView table, int headingLevel)
    {
        Text(html.Append("<section class=\"strategy-table\" aria-labelledby=\""), table.Id).Append("-heading\">\n");
        Text(html.Append("<h").Append(headingLevel).Append(" id=\""), table.Id).Append("-heading\">");
        Text(html, table.Heading).Append("</h").Append(headingLevel).Append(">\n");
        Text(html.Append("<table id=\""), table.Id).Append("\">\n<caption>");
        Text(html, table.Caption).Append("</caption>\n<colgroup>");
        foreach (HtmlColumnView column in table.Columns)
        {
            Text(html.Append("<col class=\"col-"), column.Role).Append("\">");
        }

        html.Append("</colgroup>\n<thead>\n<tr>");
        foreach (HtmlColumnView column in table.Columns)
        {
            Text(html.Append("<th scope=\"col\">"), column.Title).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (HtmlRowView row in table.Rows)
        {
            html.Append("<tr>\n");
            foreach (HtmlCellView cell in row.Cells)
            {
                if (cell.IsHeader)
                {
                    html.Append("<th scope=\"row\">");
                    foreach (HtmlGroupView group in cell.Groups)
                    {
                        Text(html.Append("<span class=\"group level-").Append(group.Depth).Append("\">"), group.Heading).Append("</span>");
                    }

                    Text(html.Append("<span class=\"strategy\">"), cell.Text ?? string.Empty).Append("</span></th>\n");
                }
                else if (cell.Text is not null)
                {
                    Text(html.Append("<td>"), cell.Text).Append("</td>\n");
                }
                else
                {
                    html.Append("<td>");
                    foreach (HtmlLineView line in cell.Lines)
                    {
                        Paragraph(html, line);
                    }

                    if (cell.Figures.Count > 0)
                    {
                        html.Append("<p class=\"figures\">量化成果：");
                        for (int i = 0; i < cell.Figures.Count; i++)
                        {
                            Text(i > 0 ? html.Append('、') : html, cell.Figures[i].Text);
                        }

                        html.Append("</p>");
                    }

                    html.Append("</td>\n");
                }
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static StringBuilder Paragraph(StringBuilder html, HtmlLineView line) =>
        Text(html.Append("<p class=\"level-").Append(line.Level).Append("\">"), line.Content).Append("</p>");

    private static StringBuilder Text(StringBuilder html, string value) => html.Append(TextEscaping.Html(value));
}

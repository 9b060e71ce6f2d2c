using System.Text;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates.Office;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// The three examples of docs/templates.md ("Layouts made in Writer or Word") do what the text says:
/// typed into the flat ODT starter in place of its body, they render a plan's sections, a row per
/// strategy with its lead units and results, and the inline figures line.
/// </summary>
public sealed class OfficeDocsExampleTests
{
    private const string Body = """
        <office:text>
        <text:p text:style-name="Standard">{{ for section in document.sections }}</text:p>
        <text:p text:style-name="Standard">{{ if section.heading }}</text:p>
        <text:h text:style-name="Heading_20_2" text:outline-level="2">{{ section.heading }}</text:h>
        <text:p text:style-name="Standard">{{ end }}</text:p>
        <text:p text:style-name="Standard">{{ for line in section.lines }}</text:p>
        <text:p text:style-name="Level_20_0">{{ line.content }}</text:p>
        <text:p text:style-name="Standard">{{ end }}</text:p>
        <text:p text:style-name="Standard">{{ end }}</text:p>
        <text:p text:style-name="Standard">{{ for table in document.tables }}</text:p>
        <table:table table:name="Strategies" table:style-name="StrategyTable">
        <table:table-column table:number-columns-repeated="3"/>
        <table:table-header-rows>
        <table:table-row>
        <table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Heading">策略</text:p></table:table-cell>
        <table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Heading">主辦單位</text:p></table:table-cell>
        <table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Heading">執行成果</text:p></table:table-cell>
        </table:table-row>
        </table:table-header-rows>
        <table:table-row>
        <table:table-cell office:value-type="string">
        <text:p text:style-name="Table_20_Contents">{{ for row in table.rows }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ row.strategy }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ if row.figures.size &gt; 0 }}量化成果：{{ for figure in row.figures }}{{ if !for.first }}、{{ end }}{{ figure.text }}{{ end }}{{ end }}</text:p>
        </table:table-cell>
        <table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">{{ row.lead_units | array.join "、" }}</text:p></table:table-cell>
        <table:table-cell office:value-type="string">
        <text:p text:style-name="Table_20_Contents">{{ for cell in row.cells }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ if cell.role == "results" }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ for line in cell.lines }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ line.content }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ end }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ end }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ end }}</text:p>
        <text:p text:style-name="Table_20_Contents">{{ end }}</text:p>
        </table:table-cell>
        </table:table-row>
        </table:table>
        <text:p text:style-name="Standard">{{ end }}</text:p>
        </office:text>
        """;

    [Fact]
    public void TheSectionsExampleRendersEveryHeadingAndLine()
    {
        (ServiceDocument document, var edition) = Samples.Load("bsmi-114-plan");
        string expected = OfficeStarterTests.Text(Samples.Text(new DocumentRenderer(new RenderOptions { IncludeTables = false }).RenderToBytes(document, edition, DocumentFormat.FlatOdt)));

        string rendered = Render(document, edition);

        // From the first section on (the footer, title and issued line are not in the example).
        string sections = expected.Substring(expected.IndexOf("\n壹、", StringComparison.Ordinal) + 1);
        Assert.True(sections.Split('\n').Length > 10, sections);
        foreach (string paragraph in sections.Split('\n').Where(p => p.Length > 0))
        {
            Assert.True(rendered.Contains(paragraph + "\n", StringComparison.Ordinal), "missing: " + paragraph);
        }
    }

    [Fact]
    public void TheTableExampleRendersARowPerStrategyWithItsResultsAndFigures()
    {
        (ServiceDocument document, var edition) = Samples.Load("hualien-112-results");

        string rendered = Render(document, edition);

        var entries = document.Tables.SelectMany(t => t.Entries).ToList();
        Assert.Contains(entries, e => e.Figures.Count > 0);
        foreach (StrategyEntry entry in entries)
        {
            Assert.Contains(string.Join("、", entry.LeadUnits) + "\n", rendered, StringComparison.Ordinal);
            if (entry.Figures.Count > 0)
            {
                Assert.Contains("量化成果：" + string.Join("、", entry.Figures.Select(f => f.ToString())) + "\n", rendered, StringComparison.Ordinal);
            }
        }

        // The header row once per table, the results of every entry.
        Assert.Equal(document.Tables.Count, Count(rendered, "執行成果\n"));
        Assert.Equal(entries.Count, Count(rendered, "量化成果：") + entries.Count(e => e.Figures.Count == 0));
    }

    private static string Render(ServiceDocument document, Criteria.CriteriaEdition edition)
    {
        string starter = Samples.Text(OfficeStarter.Create(DocumentFormat.FlatOdt));
        int start = starter.IndexOf("<office:text>", StringComparison.Ordinal);
        int end = starter.IndexOf("</office:text>", StringComparison.Ordinal) + "</office:text>".Length;
        string layout = starter.Substring(0, start) + Body + starter.Substring(end);

        OfficeTemplate template = OfficeTemplate.Load(new MemoryStream(Encoding.UTF8.GetBytes(layout)), "example.fodt");
        byte[] output = new DocumentRenderer(new RenderOptions { TemplateSource = template }).RenderToBytes(document, edition, template.Format);
        return OfficeStarterTests.Text(Samples.Text(output));
    }

    private static int Count(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

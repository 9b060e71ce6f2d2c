using System.Text;
using System.Text.RegularExpressions;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Data is not trusted either: markup, entities, CDATA ends, quotes, forbidden XML characters, a
/// lone surrogate, bidi overrides and a 1 MB value must come out as text — no live markup in
/// HTML, well-formed XML, nothing truncated.
/// </summary>
public sealed class HostileDataTests
{
    private const string Script = "<script>alert('x')</script>";
    private static readonly string Megabyte = new string('長', 1024 * 1024);

    private static readonly string[] Values =
    {
        Script,
        "<img src=x onerror=alert(1)>",
        "A & B &amp; &#x3C;",
        "]]> <![CDATA[ x ]]>",
        "\"double\" 'single' `back`",
        "control\u0001char",
        "nonchar\uFFFE\uFFFF",
        "lone\uD800surrogate",
        "bidi\u202Eevil\u202Dx\u2067y",
        "| pipe | and\nnew line\r\nand # hash",
        "- list\n1. item\n> quote\n[link](javascript:alert(1)) ![i](x) *em* _u_ ~s~",
        "{{ document.title }} {% raw %}",
        "    indented like code",
        "\ttabbed like code",
    };

    /// <summary>Values no consumer accepts: noncharacters and lone surrogates, alone, inside text and at its ends.</summary>
    private static readonly string[] Broken =
    {
        "\uFFFE",
        "\uFFFF",
        "\uD800",
        "\uDFFF",
        "x\uFFFEy\uFFFFz",
        "高\uD83D",
        "\uDE00低",
        "\uDE00\uD83D",
        "\uFFFF\uFFFE\uDBFF\uDC00\uD800",
    };

    private static readonly DocumentRenderer Renderer = new(TestFormats.Options());

    // By name: xunit serialises theory data. The registered formats and the test-only plain one.
    public static IEnumerable<object[]> Formats() => TestFormats.All.Select(f => new object[] { f.Name });

    private static DocumentFormat Format(string name) => TestFormats.All.Single(f => f.Name == name);

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryHostileValueArrivesAsText(string formatName)
    {
        DocumentFormat format = Format(formatName);
        (ServiceDocument document, CriteriaEdition edition) = Hostile(Values);

        string output = Output(format, Renderer.RenderToBytes(document, edition, format));

        foreach (string value in Values)
        {
            string expected = format.Escaping.Escape(value);
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HtmlHasNoLiveMarkupFromData()
    {
        (ServiceDocument document, CriteriaEdition edition) = Hostile(Values);

        string html = Samples.Text(Renderer.RenderToBytes(document, edition, DocumentFormat.Html));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<![CDATA[", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);

        // Every element in the output is one the template writes.
        string[] allowed = { "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "section", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "span" };
        foreach (Match tag in Regex.Matches(html, @"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)"))
        {
            Assert.Contains(tag.Groups[1].Value.ToLowerInvariant(), allowed);
        }
    }

    [Fact]
    public void HtmlAttributesCannotBeBrokenOutOf()
    {
        (ServiceDocument document, CriteriaEdition edition) = Hostile(Values);

        string html = Samples.Text(Renderer.RenderToBytes(document, edition, DocumentFormat.Html));

        Assert.DoesNotContain("\"double\"", html, StringComparison.Ordinal);

        // Every attribute is one the template writes, with a quoted value: data cannot add onerror=.
        string[] allowed = { "lang", "charset", "name", "content", "id", "class", "scope", "aria-labelledby", "aria-label" };
        foreach (Match tag in Regex.Matches(html, @"<[A-Za-z][A-Za-z0-9]*([^>]*)>"))
        {
            string attributes = tag.Groups[1].Value.TrimEnd('/');
            MatchCollection parsed = Regex.Matches(attributes, "\\s+([a-z-]+)=\"[^\"<>]*\"");
            Assert.Equal(attributes.TrimEnd(), string.Concat(parsed.Select(m => m.Value)));
            Assert.All(parsed, m => Assert.Contains(m.Groups[1].Value, allowed));
        }
    }

    [Fact]
    public void EveryXmlOutputIsWellFormedAndFreeOfForbiddenCharacters()
    {
        (ServiceDocument document, CriteriaEdition edition) = Hostile(Values);

        byte[] fodt = Renderer.RenderToBytes(document, edition, DocumentFormat.FlatOdt);
        // Every XML format, zipped or not (.fodt, .odt, .docx): each file and each entry but the mimetype parses.
        foreach (DocumentFormat format in DocumentFormats.All.Where(f => f.Escaping == OutputEscaping.Xml))
        {
            AssertEveryXmlPartWellFormed(format, Renderer.RenderToBytes(document, edition, format));
        }

        string text = Samples.Text(fodt);
        Assert.DoesNotContain('\u0001', text);
        Assert.DoesNotContain('\uFFFE', text);
        Assert.Contains("controlchar", text, StringComparison.Ordinal);
        Assert.Contains("lonesurrogate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BidiControlsAreClosedInsideTheValue()
    {
        Assert.Equal("bidi\u202Eevil\u202Dx\u2067y\u2069\u202C\u202C", TextEscaping.Sanitize("bidi\u202Eevil\u202Dx\u2067y"));
        Assert.Equal("ab", TextEscaping.Sanitize("a\u202Cb\u2069"));
        Assert.Equal("\u2067a\u202Eb\u2069c", TextEscaping.Sanitize("\u2067a\u202Eb\u2069c"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AMegabyteValueIsNotTruncated(string formatName)
    {
        DocumentFormat format = Format(formatName);
        (ServiceDocument document, CriteriaEdition edition) = InOneCell(Megabyte);

        string output = Output(format, Renderer.RenderToBytes(document, edition, format));

        Assert.Contains(Megabyte, output, StringComparison.Ordinal);
        Assert.DoesNotContain("長...", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownTableCellsStayInTheirCells()
    {
        (ServiceDocument document, CriteriaEdition edition) = Hostile(Values);

        string markdown = Samples.Text(Renderer.RenderToBytes(document, edition, DocumentFormat.Markdown));

        List<string> rows = markdown.Split('\n').Where(line => line.StartsWith("|", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        foreach (string row in rows)
        {
            int pipes = Regex.Matches(row, @"(?<!\\)\|").Count;
            Assert.Equal(4, pipes); // three columns
        }

        Assert.DoesNotContain("\n# ", markdown.Replace("\n# 花蓮", string.Empty), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
    }

    // By index: xunit serialises theory data, and a lone surrogate does not survive that (it arrives as U+FFFD).
    public static IEnumerable<object[]> BrokenValues() =>
        from format in TestFormats.All from index in Enumerable.Range(0, Broken.Length) select new object[] { format.Name, index };

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public void NoncharactersAndLoneSurrogatesInEveryPositionAreDropped(string formatName, int index)
    {
        DocumentFormat format = Format(formatName);
        string value = Broken[index];
        // Titles, agency and unit names, section labels and titles, results, figures, references, column titles: all of them at once.
        RenderOptions options = TestFormats.Options();
        options.ColumnTitles[ColumnRole.Results] = "成果" + value;
        var renderer = new DocumentRenderer(options);
        string marked = "《" + value + "》";

        foreach ((ServiceDocument document, CriteriaEdition edition) in new[] { Hostile(new[] { marked, value }), HostileReport(marked) })
        {
            byte[] bytes = renderer.RenderToBytes(document, edition, format);

            string output = Output(format, bytes);
            Assert.DoesNotContain('\uFFFE', output);
            Assert.DoesNotContain('\uFFFF', output);
            Assert.DoesNotContain('\uFFFD', output); // nothing reached the UTF-8 encoder unpaired
            Assert.Contains("《" + TextEscaping.Sanitize(value) + "》", output, StringComparison.Ordinal);
            if (format.Escaping == OutputEscaping.Xml)
            {
                AssertEveryXmlPartWellFormed(format, bytes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AValueCannotStartAMarkdownCodeBlock(string formatName)
    {
        DocumentFormat format = Format(formatName);
        (ServiceDocument document, CriteriaEdition edition) = Hostile(new[] { "    程式碼區塊？", "\t定位字元" });

        string output = Output(format, Renderer.RenderToBytes(document, edition, format));

        if (format.Escaping == OutputEscaping.Markdown)
        {
            Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith("\t", StringComparison.Ordinal));
            Assert.Contains("\n 程式碼區塊？", output, StringComparison.Ordinal);
        }
        else
        {
            // Other formats keep the value as it is: indentation has no meaning there.
            Assert.Contains("    程式碼區塊？", output, StringComparison.Ordinal);
        }
    }

    /// <summary>The Hualien results with <paramref name="value"/> in its title, agency, units, table titles, column titles, results and figures.</summary>
    private static (ServiceDocument Document, CriteriaEdition Edition) HostileReport(string value)
    {
        (ServiceDocument sample, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        var tables = sample.Tables.Select(t => new StrategyTable(
            value,
            t.Criterion,
            t.Columns.Select(c => new TableColumn(c.Role, c.Title + value)).ToList(),
            t.Entries.Select(e => new StrategyEntry(
                e.Criterion,
                value + e.Strategy,
                e.LeadUnits.Select(u => u + value).ToList(),
                e.Method,
                e.Actions,
                new[] { new ContentBlock(value, value, new[] { new ContentBlock(value, value) }) },
                new[] { new Figure(49633, value, value) })).ToList())).ToList();
        var agency = new Agency(value, value, sample.Agency.Level, new[] { new OrganizationUnit(value, value) });
        var report = new ResultsReport(sample.EditionId, sample.Year, value, agency, new DocumentReference(value, value, new RocDate(112, 1, 9), value, value), tables);
        return (report, edition);
    }

    private static string Output(DocumentFormat format, byte[] bytes) => TestFormats.Output(format, bytes);

    /// <summary>The Hualien results with <paramref name="value"/> as the results of its first row.</summary>
    private static (ServiceDocument Document, CriteriaEdition Edition) InOneCell(string value)
    {
        (ServiceDocument sample, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        StrategyTable first = sample.Tables[0];
        StrategyEntry entry = first.Entries[0];
        var changed = new StrategyEntry(entry.Criterion, entry.Strategy, entry.LeadUnits, entry.Method, entry.Actions, new[] { new ContentBlock(value) }, entry.Figures);
        var table = new StrategyTable(first.Title, first.Criterion, first.Columns, new[] { changed }.Concat(first.Entries.Skip(1)).ToList());
        var report = new ResultsReport(sample.EditionId, sample.Year, sample.Title, sample.Agency, sample.Issued, new[] { table }.Concat(sample.Tables.Skip(1)).ToList());
        return (report, edition);
    }

    /// <summary>A plan whose every text field carries the hostile values.</summary>
    internal static (ServiceDocument Document, CriteriaEdition Edition) Hostile(IReadOnlyList<string> values)
    {
        (ServiceDocument sample, CriteriaEdition edition) = Samples.Load("tainan-111-plan");
        string all = string.Join(" ", values);
        var blocks = values.Select(v => new ContentBlock(v, v, new[] { new ContentBlock(v, "(1)") })).ToList();
        var entries = new List<StrategyEntry>();
        foreach (Criterion leaf in edition.AllNodes().Where(n => n.IsLeaf && n.Root.Position == 1).Take(2))
        {
            entries.Add(new StrategyEntry(leaf.KeyPath, all, values, Array.Empty<ContentBlock>(), blocks, blocks, values.Select(v => new Figure(49633, v, v)).ToList()));
        }

        var table = new StrategyTable(all, edition.Nodes[0].KeyPath, new[]
        {
            new TableColumn(ColumnRole.Strategy, "執行策略 " + values[0]),
            new TableColumn(ColumnRole.LeadUnits, "主辦單位"),
            new TableColumn(ColumnRole.Results, "執行績效與成果"),
        }, entries);
        var agency = new Agency("花蓮" + all, all, AgencyLevel.Branch, values.Select(v => new OrganizationUnit(v)).ToList());
        var reference = new DocumentReference("一、", all, new RocDate(112, 1, 9), all, all);
        var sections = new PlanSections(
            basis: new BasisSection("壹、", all, new[] { reference }),
            goals: new PlanSection("貳、", all, blocks),
            strategies: new PlanSection("肆、", "執行策略及具體推動作法", blocks),
            closing: new PlanSection(all, null, blocks));
        var plan = new ImplementationPlan(sample.EditionId, sample.Year, "花蓮" + all, agency, reference, sections, new[] { table });
        return (plan, edition);
    }

    /// <summary>A single XML file parses; in a zip, every entry but ODF's <c>mimetype</c> does (.xml and .rels alike).</summary>
    private static void AssertEveryXmlPartWellFormed(DocumentFormat format, byte[] bytes)
    {
        if (format.Packaging is not ZipPackaging)
        {
            GoldenTests.AssertWellFormed(bytes);
            return;
        }

        List<(string Name, bool Stored, byte[] Data)> entries = OdfZip.Entries(bytes).ToList();
        Assert.NotEmpty(entries);
        foreach ((string name, _, byte[] data) in entries.Where(e => e.Name != "mimetype"))
        {
            try
            {
                GoldenTests.AssertWellFormed(data);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new Xunit.Sdk.XunitException($"{format.Name}: entry {name} is not well-formed XML: {e.Message}");
            }
        }
    }
}

using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>Template overrides: a directory and a custom source replace defaults by name and fall back to them.</summary>
public sealed class OverrideTests : IDisposable
{
    private readonly TemplateSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void ADirectoryOverridesADefaultAndIncludesFallBackToTheDefaults()
    {
        string root = Path.Combine(_sandbox.Directory, "templates");
        Directory.CreateDirectory(Path.Combine(root, "html"));
        File.WriteAllText(Path.Combine(root, "html", "document.sbn"), "<h1>{{ document.title }}</h1>{{ include 'html/_style.sbn' }}");
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        string html = Samples.Text(new DocumentRenderer(new RenderOptions { TemplateDirectory = root }).RenderToBytes(document, edition, DocumentFormat.Html));

        Assert.StartsWith("<h1>經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果</h1><style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverrideOfAPartialChangesEveryFormatThatIncludesIt()
    {
        string root = Path.Combine(_sandbox.Directory, "templates");
        Directory.CreateDirectory(Path.Combine(root, "odf"));
        File.WriteAllText(Path.Combine(root, "odf", "_meta.sbn"), "<office:meta><dc:title>{{ document.title }}（覆寫）</dc:title></office:meta>");
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");
        var renderer = new DocumentRenderer(new RenderOptions { TemplateDirectory = root });

        string fodt = Samples.Text(renderer.RenderToBytes(document, edition, DocumentFormat.FlatOdt));
        string odt = OdfZip.Describe(renderer.RenderToBytes(document, edition, DocumentFormat.Odt));

        Assert.Contains("（覆寫）</dc:title>", fodt, StringComparison.Ordinal);
        Assert.Contains("（覆寫）</dc:title>", odt, StringComparison.Ordinal);
    }

    // Word is overridden like every format: a custom source replaces docx/footer1.xml.sbn, and every other part is the default's.
    [Fact]
    public void ADocxPartIsOverriddenByNameAndTheOtherPartsStayTheDefaults()
    {
        const string footer = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:r><w:t>{{ document.agency.name }}</w:t></w:r></w:p></w:ftr>";
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        byte[] defaults = new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Docx);
        byte[] overridden = new DocumentRenderer(new RenderOptions { TemplateSource = new MemoryTemplates(("docx/footer1.xml.sbn", footer)) })
            .RenderToBytes(document, edition, DocumentFormat.Docx);

        Dictionary<string, byte[]> before = OdfZip.Entries(defaults).ToDictionary(e => e.Name, e => e.Data);
        Dictionary<string, byte[]> after = OdfZip.Entries(overridden).ToDictionary(e => e.Name, e => e.Data);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal(Samples.Text(before["word/document.xml"]), Samples.Text(after["word/document.xml"]));
        Assert.Contains("<w:t>經濟部標準檢驗局花蓮分局</w:t>", Samples.Text(after["word/footer1.xml"]), StringComparison.Ordinal);
        Assert.DoesNotContain("NUMPAGES", Samples.Text(after["word/footer1.xml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void ACustomSourceComesFirst()
    {
        string root = Path.Combine(_sandbox.Directory, "templates");
        Directory.CreateDirectory(Path.Combine(root, "markdown"));
        File.WriteAllText(Path.Combine(root, "markdown", "document.sbn"), "from the directory");
        var source = new MemoryTemplates(("markdown/document.sbn", "from the source: {{ document.year }}"));
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("tainan-111-plan");

        byte[] bytes = new DocumentRenderer(new RenderOptions { TemplateDirectory = root, TemplateSource = source }).RenderToBytes(document, edition, DocumentFormat.Markdown);

        Assert.Equal("from the source: 111", Samples.Text(bytes));
    }

    [Fact]
    public void ALinkInTheDirectoryThatLeadsOutsideIsRefused()
    {
        string outside = Path.Combine(_sandbox.Directory, "secret.txt");
        File.WriteAllText(outside, "secret");
        string root = Path.Combine(_sandbox.Directory, "templates");
        Directory.CreateDirectory(Path.Combine(root, "html"));
        File.CreateSymbolicLink(Path.Combine(root, "html", "secret.sbn"), outside);
        File.WriteAllText(Path.Combine(root, "html", "document.sbn"), "{{ include 'html/secret.sbn' }}");
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        var ex = Assert.Throws<TemplateRenderException>(() => new DocumentRenderer(new RenderOptions { TemplateDirectory = root }).RenderToBytes(document, edition, DocumentFormat.Html));

        Diagnostic error = Assert.Single(ex.Diagnostics);
        Assert.Equal("SE2006", error.Code);
        Assert.DoesNotContain("secret\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkThatStaysInsideTheDirectoryIsFollowed()
    {
        string root = Path.Combine(_sandbox.Directory, "templates");
        Directory.CreateDirectory(Path.Combine(root, "html"));
        File.WriteAllText(Path.Combine(root, "shared.sbn"), "shared {{ document.year }}");
        File.CreateSymbolicLink(Path.Combine(root, "html", "document.sbn"), Path.Combine(root, "shared.sbn"));
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        byte[] bytes = new DocumentRenderer(new RenderOptions { TemplateDirectory = root }).RenderToBytes(document, edition, DocumentFormat.Html);

        Assert.Equal("shared 112", Samples.Text(bytes));
    }

    [Fact]
    public void AMissingRootTemplateIsSE2000()
    {
        var source = new MemoryTemplates();
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        var options = new RenderOptions { TemplateSource = source, TemplateDirectory = Path.Combine(_sandbox.Directory, "none") };

        // The defaults still answer: overriding is optional.
        Assert.NotEmpty(new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Markdown));
        Assert.Contains("markdown/document.sbn", source.Requested);
    }

    [Fact]
    public void TheDefaultsCanBeListedAndRead()
    {
        Assert.Contains("html/document.sbn", DocumentRenderer.DefaultTemplateNames);
        Assert.Contains("odt/content.xml.sbn", DocumentRenderer.DefaultTemplateNames);
        Assert.StartsWith("{{~ ## Accessible HTML", DocumentRenderer.GetDefaultTemplate("html/document.sbn"), StringComparison.Ordinal);
        Assert.Null(DocumentRenderer.GetDefaultTemplate("html/none.sbn"));
    }
}

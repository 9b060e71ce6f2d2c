using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// The format table: every registered format is described whole and findable by each of its
/// names, a half-described format cannot be created, and a format the library does not know —
/// its description and its templates — renders with no change to the library.
/// </summary>
public sealed class DocumentFormatTests
{
    [Fact]
    public void EveryRegisteredFormatIsDescribedWhole()
    {
        IReadOnlyCollection<string> defaults = DocumentRenderer.DefaultTemplateNames;
        DocumentFormat[] all = DocumentFormats.All;

        Assert.Equal(all.Length, all.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Length, all.Select(f => f.CliName).Distinct(StringComparer.Ordinal).Count());
        string[] extensions = all.SelectMany(f => f.OtherExtensions.Prepend(f.FileExtension)).ToArray();
        Assert.Equal(extensions.Length, extensions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (DocumentFormat format in all)
        {
            Assert.All(format.RootTemplates, t => Assert.Contains(t, defaults));
            Assert.Equal(format.RootTemplates, DocumentRenderer.RootTemplates[format]);
            Assert.Same(format, DocumentFormats.FromCliName(format.CliName));
            Assert.All(format.OtherExtensions.Prepend(format.FileExtension), e => Assert.Same(format, DocumentFormats.FromExtension(e.ToUpperInvariant())));
            Assert.False(string.IsNullOrWhiteSpace(format.MediaType));
            foreach (string sample in Samples.Names)
            {
                Assert.True(File.Exists(TestFormats.GoldenFile(sample, format)), $"{format} has no golden file for {sample}.");
            }
        }
    }

    [Fact]
    public void AnUnknownNameFindsNoFormat()
    {
        Assert.Null(DocumentFormats.FromExtension(".txt"));
        Assert.Null(DocumentFormats.FromCliName("pdf"));
        Assert.Null(DocumentFormats.FromCliName("MD"));
    }

    [Fact]
    public void AHalfDescribedFormatCannotBeCreated()
    {
        string[] one = { "plain/document.sbn" };
        Assert.Throws<ArgumentException>(() => Plain(".txt", new[] { "a.sbn", "b.sbn" }, OutputPackaging.SingleFile));
        Assert.Throws<ArgumentException>(() => Plain(".txt", Array.Empty<string>(), OutputPackaging.SingleFile));
        Assert.Throws<ArgumentException>(() => Plain("txt", one, OutputPackaging.SingleFile));
        Assert.Throws<ArgumentException>(() => Plain(".t.xt", one, OutputPackaging.SingleFile));
        Assert.Throws<ArgumentException>(() => Plain(".txt", new[] { "a.sbn", "a.sbn" }, new ZipPackaging(null, new[] { new ZipPackageEntry("a", "a.sbn"), new ZipPackageEntry("b", "a.sbn") })));
        // A zip entry with no root template, and a root template with no entry.
        Assert.Throws<ArgumentException>(() => Plain(".zip", new[] { "a.sbn" }, new ZipPackaging(null, new[] { new ZipPackageEntry("a", "a.sbn"), new ZipPackageEntry("b", "b.sbn") })));
        Assert.Throws<ArgumentException>(() => Plain(".zip", new[] { "a.sbn", "b.sbn" }, new ZipPackaging(null, new[] { new ZipPackageEntry("a", "a.sbn") })));
        Assert.Throws<ArgumentException>(() => new ZipPackaging("x", new[] { new ZipPackageEntry("mimetype", "a.sbn") }));
    }

    [Fact]
    public void AFormatOfTheCallersOwnRendersFromItsTemplateSource()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        var source = new Templates(new Dictionary<string, string> { ["title/only.sbn"] = "{{ format }}|{{ document.title }}" });
        DocumentFormat title = Plain(".title", new[] { "title/only.sbn" }, OutputPackaging.SingleFile);

        string text = Samples.Text(new DocumentRenderer(new RenderOptions { TemplateSource = source }).RenderToBytes(document, edition, title));

        Assert.Equal("plain|經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", text);
    }

    [Fact]
    public void AZipFormatOfTheCallersOwnHasItsEntriesInItsOrder()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        var source = new Templates(new Dictionary<string, string>
        {
            ["pair/a.sbn"] = "{{ document.title }}",
            ["pair/b.sbn"] = "<b>{{ document.title }}</b>",
        });
        var packaging = new ZipPackaging("application/x-pair", new[] { new ZipPackageEntry("second/b.xml", "pair/b.sbn"), new ZipPackageEntry("a.txt", "pair/a.sbn") });
        var pair = new DocumentFormat("pair", "pair", ".pair", "application/x-pair", new[] { "pair/a.sbn", "pair/b.sbn" }, OutputEscaping.Xml, packaging);

        byte[] zip = new DocumentRenderer(new RenderOptions { TemplateSource = source }).RenderToBytes(document, edition, pair);

        IReadOnlyList<(string Name, bool Stored, byte[] Data)> entries = OdfZip.Entries(zip);
        Assert.Equal(new[] { "mimetype", "second/b.xml", "a.txt" }, entries.Select(e => e.Name));
        Assert.Equal(new[] { true, false, false }, entries.Select(e => e.Stored));
        Assert.Equal("application/x-pair", Samples.Text(entries[0].Data));
        Assert.Equal("<b>經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果</b>", Samples.Text(entries[1].Data));
    }

    [Fact]
    public void AFormatWithoutItsTemplatesFailsAsAMissingTemplate()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        var ex = Assert.Throws<TemplateRenderException>(() => new DocumentRenderer().RenderToBytes(document, edition, TestFormats.Plain));

        Assert.Equal("SE2000", Assert.Single(ex.Diagnostics).Code);
    }

    private static DocumentFormat Plain(string extension, IEnumerable<string> roots, OutputPackaging packaging) =>
        new("plain", "plain", extension, "text/plain", roots, OutputEscaping.Markdown, packaging);

    private sealed class Templates : ITemplateSource
    {
        private readonly IReadOnlyDictionary<string, string> _templates;

        public Templates(IReadOnlyDictionary<string, string> templates) => _templates = templates;

        public string? GetTemplate(string name) => _templates.TryGetValue(name, out string? text) ? text : null;
    }
}

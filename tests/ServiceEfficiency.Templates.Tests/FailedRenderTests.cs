using System.Runtime.InteropServices;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// A render that fails for any reason leaves no file (not even an empty one) and no temporary
/// file, keeps an existing file as it was, and writes nothing to a stream — through every way
/// of rendering.
/// </summary>
[Collection(nameof(MemoryLimitTests))] // alone: a failing render allocates hundreds of MB of garbage, and the heap it is measured on is shared
public sealed class FailedRenderTests : IDisposable
{
    private readonly TemplateSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string, string, string> Failures() => new()
    {
        { "SE2007", "timeout", string.Concat(System.Linq.Enumerable.Repeat("{{ for i in 1..999999 }}{{ end }}", 2000)) },
        { "SE2003", "loop limit", "{{ while true }}{{ end }}" },
        // 5,000 strings of 50,000 characters: 500 MB if nothing stopped it.
        { "SE2009", "memory limit", "{{ a = []\n for i in 1..5000\n a[i] = ('' | string.pad_left 50000) + i\n end }}" },
        { "SE2005", "output limit", "{{ for i in 1..100000 }}0123456789{{ end }}" },
        { "SE2002", "run-time error", "ok so far {{ no_such_function 1 }}" },
        { "SE2001", "syntax error", "{{ if }}" },
        { "SE2004", "recursion", "{{ func down(n)\n down(n + 1)\nend\ndown 0 }}" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task NoFileIsLeftAndAnExistingOneIsUntouched(string code, string what, string template)
    {
        var renderer = Renderer(template, code);
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        string fresh = Path.Combine(_sandbox.Directory, "fresh.html");
        string existing = Path.Combine(_sandbox.Directory, "existing.html");
        File.WriteAllText(existing, "previous");

        AssertCode(code, what, Assert.Throws<TemplateRenderException>(() => renderer.RenderToFile(document, edition, DocumentFormat.Html, fresh)));
        AssertCode(code, what, await Assert.ThrowsAsync<TemplateRenderException>(() => renderer.RenderToFileAsync(document, edition, DocumentFormat.Html, fresh)));
        AssertCode(code, what, Assert.Throws<TemplateRenderException>(() => renderer.RenderToFile(document, edition, DocumentFormat.Html, existing)));
        AssertCode(code, what, await Assert.ThrowsAsync<TemplateRenderException>(() => renderer.RenderToFileAsync(document, edition, DocumentFormat.Html, existing)));

        Assert.False(File.Exists(fresh), $"{what}: {fresh} was left behind.");
        Assert.Equal("previous", File.ReadAllText(existing));
        Assert.Single(_sandbox.Files); // the existing file, no temporary file
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task NothingIsWrittenToAStream(string code, string what, string template)
    {
        var renderer = Renderer(template, code);
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        using var stream = new MemoryStream();

        AssertCode(code, what, Assert.Throws<TemplateRenderException>(() => renderer.Render(document, edition, DocumentFormat.Html, stream)));
        AssertCode(code, what, await Assert.ThrowsAsync<TemplateRenderException>(() => renderer.RenderAsync(document, edition, DocumentFormat.Html, stream)));

        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void AnOdtWhoseLastPartFailsLeavesNoFile()
    {
        var source = new MemoryTemplates(("odt/manifest.xml.sbn", "{{ while true }}{{ end }}"));
        var renderer = new DocumentRenderer(new RenderOptions { TemplateSource = source });
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");
        string path = Path.Combine(_sandbox.Directory, "plan.odt");

        Assert.Throws<TemplateRenderException>(() => renderer.RenderToFile(document, edition, DocumentFormat.Odt, path));

        Assert.Empty(_sandbox.Files);
    }

    [Fact]
    public void ALongTargetNameStillGetsATemporaryFile()
    {
        // 243 bytes: the name fits the 255-byte limit, a temporary name with 38 more bytes would not.
        string path = Path.Combine(_sandbox.Directory, new string('a', 238) + ".html");
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        new DocumentRenderer().RenderToFile(document, edition, DocumentFormat.Html, path);

        Assert.True(new FileInfo(path).Length > 0);
        Assert.Single(_sandbox.Files);
    }

    [Fact]
    public void ADeviceTargetIsWrittenIntoNotReplaced()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || !File.Exists("/dev/null"))
        {
            return;
        }

        // Through a link in the sandbox: the link's target is a device, so the link is not renamed over either.
        string link = Path.Combine(_sandbox.Directory, "out.html");
        File.CreateSymbolicLink(link, "/dev/null");
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        new DocumentRenderer().RenderToFile(document, edition, DocumentFormat.Html, link);

        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
        Assert.Single(_sandbox.Files);
    }

    private static DocumentRenderer Renderer(string template, string code) => new(new RenderOptions
    {
        TemplateSource = new MemoryTemplates(("html/document.sbn", template)),

        // Short for the timeout case only: the others must fail for their own reason, even on a busy machine.
        Timeout = code == "SE2007" ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(60),
        OutputLimit = 100_000,
        // Low for the memory case only: the heap is shared with the tests running beside this one.
        MemoryLimit = code == "SE2009" ? 32 * 1024 * 1024 : null,
    });

    private static void AssertCode(string code, string what, TemplateRenderException error) =>
        Assert.True(error.Diagnostics[0].Code == code, $"{what}: expected {code}, got {error.Diagnostics[0]}");
}

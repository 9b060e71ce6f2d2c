using System.Diagnostics;
using System.Runtime.InteropServices;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// A template directory may hold what is not a regular file: a FIFO (opening it blocks until a
/// writer comes), a link to <c>/dev/zero</c> (never ends), a huge sparse file. Each is refused
/// (SE2006) without hanging and without reading it whole. Unix only (Windows has no FIFOs in
/// the file system).
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TemplateSandbox _sandbox = new();
    private readonly string _root;

    public SpecialFileTests()
    {
        _root = Path.Combine(_sandbox.Directory, "templates");
        Directory.CreateDirectory(Path.Combine(_root, "html"));
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void AFifoAsTheRootTemplateIsRefused()
    {
        if (!Unix())
        {
            return;
        }

        string fifo = MakeFifo(Path.Combine(_root, "html", "document.sbn"));

        TemplateRenderException error = RenderWithin(fifo);

        Diagnostic first = error.Diagnostics[0];
        Assert.Equal("SE2006", first.Code);
        Assert.Equal("html/document.sbn", first.Location.FilePath);
        Assert.Contains("html/document.sbn", first.Message, StringComparison.Ordinal);
        Assert.Contains("FIFO", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFifoAsAnIncludedTemplateIsRefusedAtTheInclude()
    {
        if (!Unix())
        {
            return;
        }

        File.WriteAllText(Path.Combine(_root, "html", "document.sbn"), "first line\n  {{ include 'html/_part.sbn' }}");
        string fifo = MakeFifo(Path.Combine(_root, "html", "_part.sbn"));

        TemplateRenderException error = RenderWithin(fifo);

        Diagnostic first = error.Diagnostics[0];
        Assert.Equal("SE2006", first.Code);
        Assert.Equal("html/document.sbn", first.Location.FilePath);
        Assert.Equal(2, first.Location.Line);
        Assert.Contains("html/_part.sbn", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkInsideTheDirectoryToAFifoInsideItIsRefused()
    {
        if (!Unix())
        {
            return;
        }

        string fifo = MakeFifo(Path.Combine(_root, "html", "pipe"));
        File.CreateSymbolicLink(Path.Combine(_root, "html", "document.sbn"), fifo);

        TemplateRenderException error = RenderWithin(fifo);

        Assert.Equal("SE2006", error.Diagnostics[0].Code);
        Assert.Contains("FIFO", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void ALinkToACharacterDeviceIsRefused(string device)
    {
        if (!Unix() || !File.Exists(device))
        {
            return;
        }

        File.CreateSymbolicLink(Path.Combine(_root, "html", "document.sbn"), device);

        TemplateRenderException error = RenderWithin(fifo: null);

        Assert.Equal("SE2006", error.Diagnostics[0].Code);
        Assert.Equal("html/document.sbn", error.Diagnostics[0].Location.FilePath);
    }

    [Fact]
    public void AHugeSparseTemplateIsRefusedWithoutBeingRead()
    {
        using (var file = new FileStream(Path.Combine(_root, "html", "document.sbn"), FileMode.CreateNew))
        {
            file.SetLength(3L * 1024 * 1024 * 1024);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        TemplateRenderException error = RenderWithin(fifo: null);

        Assert.Equal("SE2006", error.Diagnostics[0].Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024 * 1024);
    }

    [Fact]
    public void ATemplateJustUnderTheSizeLimitIsRead()
    {
        File.WriteAllText(Path.Combine(_root, "html", "document.sbn"), new string('字', 1000));
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        byte[] html = new DocumentRenderer(new RenderOptions { TemplateDirectory = _root, MaxTemplateLength = 1000 }).RenderToBytes(document, edition, DocumentFormat.Html);

        Assert.Equal(new string('字', 1000), Samples.Text(html));
    }

    private static bool Unix() => !RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    private static string MakeFifo(string path)
    {
        using Process mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Renders with the directory; if the render hangs on <paramref name="fifo"/>, writes to it so the test ends (and fails).</summary>
    private TemplateRenderException RenderWithin(string? fifo)
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        var renderer = new DocumentRenderer(new RenderOptions { TemplateDirectory = _root });
        Task<byte[]> render = Task.Run(() => renderer.RenderToBytes(document, edition, DocumentFormat.Html));
        bool finished = Task.WhenAny(render, Task.Delay(TimeSpan.FromSeconds(10))).GetAwaiter().GetResult() == render;
        if (!finished && fifo is not null)
        {
            File.WriteAllText(fifo, "released"); // a reader is blocked in open(): this lets it go
            Assert.Fail("The render blocked on the FIFO.");
        }

        return Assert.Throws<TemplateRenderException>(() => render.GetAwaiter().GetResult());
    }
}

using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Templates from other systems are not trusted: each attack stops with a clear SE2xxx error that
/// names the template, line and column, and leaves no output file behind.
/// </summary>
public sealed class HostileTemplateTests : IDisposable
{
    private readonly TemplateSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void AnInfiniteLoopHitsTheLoopLimit()
    {
        Diagnostic error = _sandbox.Fails("<p>\n{{ while true }}x{{ end }}");

        Assert.Equal("SE2003", error.Code);
        Assert.Equal("html/document.sbn", error.Location.FilePath);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void NestedLoopsCountTogether()
    {
        Diagnostic error = _sandbox.Fails("{{ for i in 1..2000 }}{{ for j in 1..2000 }}{{ end }}{{ end }}");

        Assert.Equal("SE2003", error.Code);
    }

    [Fact]
    public void DeepRecursionHitsTheRecursionLimit()
    {
        Diagnostic error = _sandbox.Fails("{{ func down(n)\n  down(n + 1)\nend\ndown 0 }}");

        Assert.Equal("SE2004", error.Code);
        Assert.True(error.Location.Line > 0);
    }

    [Fact]
    public void ATemplateThatIncludesItselfHitsTheRecursionLimit()
    {
        Diagnostic error = _sandbox.Fails("again {{ include 'html/document.sbn' }}");

        Assert.Equal("SE2004", error.Code);
    }

    [Theory]
    [InlineData("{{ object.eval '1 + 1' }}", "eval")]
    [InlineData("{{ object.eval_template '{{ 1 + 1 }}' }}", "eval_template")]
    [InlineData("{{ x = object.eval; x '1' }}", "x")]
    [InlineData("{{ object['eval'] '1' }}", "")]
    public void ObjectEvalIsNotAvailable(string template, string named)
    {
        Diagnostic error = _sandbox.Fails(template);

        Assert.Equal("SE2002", error.Code);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeJoinIsNotAvailable()
    {
        Assert.Equal("SE2002", _sandbox.Fails("{{ include_join ['a'] '' }}").Code);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("html/../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("..\\..\\etc\\passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public void IncludesCannotLeaveTheTemplateRoot(string name)
    {
        Diagnostic error = _sandbox.Fails("line one\n{{ include '" + name.Replace("\\", "\\\\") + "' }}");

        Assert.Equal("SE2006", error.Code);
        Assert.Equal("html/document.sbn", error.Location.FilePath);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(4, error.Location.Column);
    }

    [Theory]
    [InlineData("{{ document.title = 'forged' }}")]
    [InlineData("{{ document.agency.name = 'forged' }}")]
    [InlineData("{{ document.tables[0].heading = 'forged' }}")]
    [InlineData("{{ document.tables[0] = 'forged' }}")]
    [InlineData("{{ array.clear document.tables }}")]
    [InlineData("{{ document.tables[0].rows[0].cells[0].text = 'forged' }}")]
    [InlineData("{{ document = 'forged' }}")]
    [InlineData("{{ fonts.serif.east_asian = 'forged' }}")]
    [InlineData("{{ array.clear fonts.faces }}")]
    [InlineData("{{ fonts = 'forged' }}")]
    public void TheModelCannotBeChanged(string template)
    {
        Diagnostic error = _sandbox.Fails(template);

        Assert.Contains(error.Code, new[] { "SE2008", "SE2002" });
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void AssigningToAModelPropertyReportsTheModelIsReadOnly()
    {
        Diagnostic error = _sandbox.Fails("ok\n  {{ document.title = 'forged' }}");

        Assert.Equal("SE2008", error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HundredMegabytesOfOutputHitTheOutputLimitInsteadOfBeingTruncated()
    {
        Diagnostic error = _sandbox.Fails("{{ for i in 1..100000 }}{{ '' | string.pad_right 1000 }}{{ end }}");

        Assert.Equal("SE2005", error.Code);
    }

    [Fact]
    public void LiteralOutputCountsTowardsTheLimit()
    {
        var options = new RenderOptions { OutputLimit = 10_000 };

        Diagnostic error = _sandbox.Fails("{{ for i in 1..100000 }}literal text{{ end }}", options);

        Assert.Equal("SE2005", error.Code);
    }

    [Fact]
    public void OutputJustUnderTheLimitIsComplete()
    {
        var options = new RenderOptions { OutputLimit = 10_000 };

        string html = _sandbox.Renders("{{ for i in 1..999 }}0123456789{{ end }}", options);

        Assert.Equal(9_990, html.Length);
    }

    [Fact]
    public void ASyntaxErrorIsLocated()
    {
        Diagnostic error = _sandbox.Fails("<p>\n<p>{{ if }}</p>");

        Assert.Equal("SE2001", error.Code);
        Assert.Equal("html/document.sbn", error.Location.FilePath);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void ASyntaxErrorInAnIncludedTemplateIsLocatedInThatTemplate()
    {
        var source = new MemoryTemplates(("html/document.sbn", "{{ include 'html/broken.sbn' }}"), ("html/broken.sbn", "a\nb {{ for }}"));

        Diagnostic error = _sandbox.Fails(string.Empty, new RenderOptions { TemplateSource = source });

        Assert.Equal("SE2001", error.Code);
        Assert.Equal("html/broken.sbn", error.Location.FilePath);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void AMissingIncludeIsReportedAtTheInclude()
    {
        Diagnostic error = _sandbox.Fails("\n\n  {{ include 'html/missing.sbn' }}");

        Assert.Equal("SE2000", error.Code);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("html/missing.sbn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownVariableIsAnError()
    {
        Diagnostic error = _sandbox.Fails("{{ documnet.title }}");

        Assert.Equal("SE2002", error.Code);
        Assert.Contains("documnet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunawayTemplateTimesOut()
    {
        var options = new RenderOptions { Timeout = TimeSpan.FromMilliseconds(200), LoopLimit = int.MaxValue };

        Diagnostic error = _sandbox.Fails("{{ while true }}{{ end }}", options);

        Assert.Equal("SE2007", error.Code);
    }

    [Fact]
    public void CancellingStopsTheRenderWithOperationCanceled()
    {
        var options = new RenderOptions { LoopLimit = int.MaxValue, TemplateSource = new MemoryTemplates(("html/document.sbn", "{{ while true }}{{ end }}")) };
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        string path = Path.Combine(_sandbox.Directory, "out.html");

        Assert.ThrowsAny<OperationCanceledException>(() => new DocumentRenderer(options).RenderToFile(document, edition, DocumentFormat.Html, path, cts.Token));
        Assert.Empty(_sandbox.Files);
    }

    [Fact]
    public async System.Threading.Tasks.Task AnAlreadyCancelledTokenStopsAsyncRenders()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        string path = Path.Combine(_sandbox.Directory, "out.odt");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DocumentRenderer().RenderToFileAsync(document, edition, DocumentFormat.Odt, path, cts.Token));
        Assert.Empty(_sandbox.Files);
    }

    [Fact]
    public void AFailedRenderKeepsAnExistingFileUnchanged()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        string path = Path.Combine(_sandbox.Directory, "out.html");
        File.WriteAllText(path, "previous");
        var options = new RenderOptions { TemplateSource = new MemoryTemplates(("html/document.sbn", "{{ while true }}x{{ end }}")) };

        Assert.Throws<TemplateRenderException>(() => new DocumentRenderer(options).RenderToFile(document, edition, DocumentFormat.Html, path));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(_sandbox.Files);
    }

    [Fact]
    public void LimitsCannotBeSwitchedOff()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentRenderer(new RenderOptions { OutputLimit = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentRenderer(new RenderOptions { LoopLimit = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentRenderer(new RenderOptions { Timeout = TimeSpan.Zero }));
    }

    [Fact]
    public void DiagnosticsPrintCompilerStyle()
    {
        Diagnostic error = _sandbox.Fails("\n{{ include '../x' }}");

        Assert.StartsWith("html/document.sbn(2,4): error SE2006: ", error.ToString(), StringComparison.Ordinal);
    }
}

using System.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// The timeout holds whatever the template spends its time on: many loops one after another
/// (each under the loop limit), nested loops, long built-in calls, recursion. Each template here
/// would run for minutes; the elapsed-time bound is only a guard against a hang, far above the
/// one-second timeout.
/// </summary>
[Collection(nameof(MemoryLimitTests))] // alone: long loops allocate hundreds of MB of garbage, and the memory limit is measured on the shared heap
public sealed class TimeoutTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(15);

    private readonly TemplateSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string, string> Templates() => new()
    {
        // 2,000 loops of 999,999 steps: each stays under LoopLimit, which counts per outermost loop.
        { "sequential loops", string.Concat(Enumerable.Repeat("{{ for i in 1..999999 }}{{ end }}", 2000)) },
        { "sequential loops in one code block", "{{ " + string.Concat(Enumerable.Repeat("for i in 1..999999; end; ", 2000)) + "}}" },
        { "nested loops", "{{ for i in 1..999999 }}{{ for j in 1..999999 }}{{ x = j }}{{ end }}{{ end }}" },
        { "loops inside functions", "{{ func spin\n for i in 1..999999; end\nend\n" + string.Concat(Enumerable.Repeat("spin\n", 2000)) + "}}" },
        { "long string built-ins", "{{ s = '' | string.pad_left 16000000\n for i in 1..100000\n t = s | string.replace ' ' 'ab' | string.size\n end }}" },
        { "sorting big arrays", "{{ for i in 1..100000\n a = (1..999999) | array.sort\n end }}" },
        { "recursion", "{{ func fork(n)\n if n < 60\n fork(n + 1)\n fork(n + 1)\n end\nend\nfork 0 }}" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void TheTimeoutStopsTheRender(string what, string template)
    {
        // No loop limit: on a quiet machine some of these reach 1,000,000 iterations before the second
        // is up (SE2003), on a busy one they do not; only the timeout may stop them here.
        var options = new RenderOptions { Timeout = TimeSpan.FromSeconds(1), LoopLimit = int.MaxValue };
        var clock = Stopwatch.StartNew();

        Diagnostic error = _sandbox.Fails(template, options);

        Assert.Equal("SE2007", error.Code);
        Assert.Equal("html/document.sbn", error.Location.FilePath);
        Assert.True(error.Location.Line > 0, what);
        Assert.True(clock.Elapsed < HangGuard, $"{what}: stopped after {clock.Elapsed}.");
    }

    [Fact]
    public void TheClockStopsTheRenderEvenWhenTheTimerHasNotFired()
    {
        // A token nobody cancels: only the guard's own reading of the clock can stop the render.
        using var neverCancelled = new CancellationTokenSource();
        var options = new RenderOptions();
        var guard = new RenderGuard(TimeSpan.FromMilliseconds(20), options.EffectiveMemoryLimit, neverCancelled);
        var context = new SafeTemplateContext(new TemplateStore(null, null, 1024), options, OutputEscaping.Html, guard, neverCancelled.Token);
        Thread.Sleep(50);

        Assert.ThrowsAny<ScriptRuntimeException>(() => guard.Check(context, default(SourceSpan)));
        Assert.True(neverCancelled.IsCancellationRequested);
    }

    [Fact]
    public void ATimeoutTooLongForATimerIsAccepted()
    {
        // CancellationTokenSource.CancelAfter refuses more than about 24.8 days; the render does not.
        var options = new RenderOptions { Timeout = TimeSpan.FromDays(365) };

        string html = _sandbox.Renders("{{ 'ok' }}", options);

        Assert.Equal("ok", html);
    }
}

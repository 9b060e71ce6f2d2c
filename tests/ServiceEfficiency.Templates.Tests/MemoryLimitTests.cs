using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Templates that build big values are stopped (SE2009) before the heap grows much past the
/// memory limit. Each template below would hold gigabytes if it ran to its end; the tests assert
/// what this thread allocated, so a regression fails the test instead of exhausting the machine
/// (the templates are bounded too: the largest would stop at a few GiB, not run away).
/// They run alone (the limit is measured on the process's heap, which parallel tests share) and
/// start from a collected heap, so garbage of earlier tests gives the limit no slack.
/// </summary>
[Collection(nameof(MemoryLimitTests))]
public sealed class MemoryLimitTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly TemplateSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    // 200 distinct strings of 8 Mi characters in an array: 3.2 GiB.
    [InlineData("{{ big = '' | string.pad_left 8388608\n a = []\n for i in 1..200\n a = a | array.add (big + i)\n end }}")]
    // The same in an object.
    [InlineData("{{ big = '' | string.pad_left 8388608\n o = {}\n for i in 1..200\n o['k' + i] = big + i\n end }}")]
    // Doubling a string held in an array, each step kept: 2 + 4 + … characters.
    [InlineData("{{ s = 'x' | string.pad_left 1048576\n keep = []\n for i in 1..200\n s = s + (i | string.pad_left 1048576)\n keep = keep | array.add s\n end }}")]
    // An array grown by index in a for loop: 500,000 strings of 2,000 characters, 2 GiB.
    [InlineData("{{ a = []\n for i in 1..500000\n a[i] = i | string.pad_left 2000\n end }}")]
    public void ATemplateBuildingBigValuesIsStoppedNearTheDefaultLimit(string template)
    {
        GC.Collect();
        long? residentBefore = PeakResident.Reset();
        long before = GC.GetAllocatedBytesForCurrentThread();

        Diagnostic error = _sandbox.Fails(template);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("SE2009", error.Code);
        Assert.Equal("html/document.sbn", error.Location.FilePath);
        Assert.True(error.Location.Line > 0);

        // Allocation counts garbage too (each concatenation copies): well under the 2-3 GiB the template asks for.
        Assert.True(allocated < 1536 * MiB, $"The render allocated {allocated / MiB} MiB before it was stopped.");
        if (residentBefore is long resident && PeakResident.Read() is long peak)
        {
            Assert.True(peak - resident < 512 * MiB, $"The peak resident set grew by {(peak - resident) / MiB} MiB.");
        }
    }

    [Fact]
    public void ALowerLimitStopsSooner()
    {
        var options = new RenderOptions { MemoryLimit = 32 * MiB };
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();

        Diagnostic error = _sandbox.Fails("{{ a = []\n for i in 1..100\n a = a | array.add (('' | string.pad_left 1048576) + i)\n end }}", options);

        Assert.Equal("SE2009", error.Code);
        Assert.Equal(3, error.Location.Line);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 128 * MiB);
        Assert.Contains("32 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GarbageIsNotCounted()
    {
        // 400 MiB allocated in all, never more than 2 MiB alive: a legitimate render may allocate much more than the limit.
        var options = new RenderOptions { MemoryLimit = 32 * MiB };

        string html = _sandbox.Renders("{{ for i in 1..200\n s = ('' | string.pad_left 1048576) + i\n end }}done", options);

        Assert.Equal("done", html);
    }

    [Fact]
    public void TheDefaultLimitGrowsWithTheOutputLimit()
    {
        Assert.Equal(256 * MiB, new RenderOptions().EffectiveMemoryLimit);
        Assert.Equal(1024 * MiB, new RenderOptions { OutputLimit = 128 * 1024 * 1024 }.EffectiveMemoryLimit);
        Assert.Equal(64 * MiB, new RenderOptions { OutputLimit = 128 * 1024 * 1024, MemoryLimit = 64 * MiB }.EffectiveMemoryLimit);
    }

    [Fact]
    public void TheMemoryLimitCannotBeSwitchedOff()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentRenderer(new RenderOptions { MemoryLimit = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentRenderer(new RenderOptions { MemoryLimit = -1 }));
    }

    [Fact]
    public void TheSamplesRenderUnderTheDefaultLimit()
    {
        foreach (string name in Samples.Names)
        {
            (var document, var edition) = Samples.Load(name);
            foreach (DocumentFormat format in DocumentFormats.All)
            {
                Assert.NotEmpty(new DocumentRenderer(new RenderOptions { MemoryLimit = 32 * MiB }).RenderToBytes(document, edition, format));
            }
        }
    }
}

/// <summary>Tests that run alone because the memory limit is measured on the heap all tests share: the memory tests, and the big or garbage-heavy renders (output limit, failed renders, timeouts), which a concurrent test could push over it.</summary>
[CollectionDefinition(nameof(MemoryLimitTests), DisableParallelization = true)]
public sealed class MemoryLimitTestsCollection
{
}

/// <summary>The peak resident set of this process (Linux: VmHWM, which writing 5 to clear_refs resets).</summary>
internal static class PeakResident
{
    /// <summary>Resets the peak to the current resident set and returns it; null where this is not Linux or not allowed.</summary>
    public static long? Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return Field("VmRSS:");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The peak resident set since the last reset, in bytes, or null.</summary>
    public static long? Read() => Field("VmHWM:");

    private static long? Field(string name)
    {
        string? line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) : null;
        return line is null ? null : long.Parse(line.Substring(name.Length).Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}

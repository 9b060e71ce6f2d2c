using System.Diagnostics;
using Xunit.Sdk;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>The CI rule and the process runner.</summary>
public sealed class ExternalToolTests
{
    private const string NoSuchProgram = "se-conformance-no-such-program-7f3a";

    /// <summary>With CI set, a missing program fails the test, naming the package and .ci/install-tools.</summary>
    [Fact]
    public void Missing_program_fails_in_CI()
    {
        FailException failure = Assert.Throws<FailException>(() => ExternalTool.Require(inCi: true, "frobnicator", "Debian package 'frobnicator'", NoSuchProgram));
        Assert.Contains("Debian package 'frobnicator'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(".ci/install-tools", failure.Message, StringComparison.Ordinal);
        Assert.Contains("CI is set", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Outside CI, a missing program skips the test with the reason.</summary>
    [Fact]
    public void Missing_program_skips_outside_CI()
    {
        // Assert.Throws lets xunit's skip exception through (the test would just be skipped), so catch it by hand.
        Exception? thrown = null;
        try
        {
            ExternalTool.Require(inCi: false, "frobnicator", "Debian package 'frobnicator'", NoSuchProgram);
        }
        catch (Exception e)
        {
            thrown = e;
        }

        SkipException skip = Assert.IsType<SkipException>(thrown);
        Assert.Contains("frobnicator not found", skip.Message, StringComparison.Ordinal);
        Assert.Contains(".ci/install-tools", skip.Message, StringComparison.Ordinal);
    }

    /// <summary>A program that is there is found in either mode.</summary>
    [Fact]
    public void Present_program_is_found()
    {
        Assert.Equal("/bin/sh", ExternalTool.Require(inCi: true, "sh", "Debian package 'dash'", "/bin/sh"));
        Assert.NotNull(ExternalTool.Find(NoSuchProgram, "sh"));
        Assert.Null(ExternalTool.Find(NoSuchProgram));
    }

    /// <summary>What counts as "CI is set".</summary>
    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("", false)]
    [InlineData(" ", false)]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    public void CI_values(string? value, bool inCi) => Assert.Equal(inCi, ExternalTool.IsCiValue(value));

    /// <summary>Output is captured as UTF-8, with the exit code, and arguments reach the program unsplit.</summary>
    [Fact]
    public void Run_captures_UTF8_output_and_exit_code()
    {
        ProcessResult result = ExternalTool.Run("/bin/sh", new[] { "-c", "printf '%s' \"$1\"; printf 'err' >&2; exit 3", "sh", "構面一：基礎服務（200分） 49,633 件" }, TimeSpan.FromSeconds(30));
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("構面一：基礎服務（200分） 49,633 件", result.StandardOutput);
        Assert.Equal("err", result.StandardError);
    }

    /// <summary>A program that overruns its timeout is killed, and the caller is told.</summary>
    [Fact]
    public void Run_kills_at_the_timeout()
    {
        var watch = Stopwatch.StartNew();
        TimeoutException timeout = Assert.Throws<TimeoutException>(() => ExternalTool.Run("/bin/sh", new[] { "-c", "echo started; sleep 60" }, TimeSpan.FromMilliseconds(500)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Contains("killed", timeout.Message, StringComparison.Ordinal);
    }
}

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>Proves that the axe check passes an accessible page and reports the defects of inaccessible ones.</summary>
public sealed class AxeCheckerTests
{
    /// <summary>A page with lang, title, main landmark, caption and th scope has 0 violations.</summary>
    [Fact]
    public void Accessible_page_has_no_violations()
    {
        AxeReport report = AxeChecker.Check(Fixtures.File("accessible.html"));
        Log(report);

        Assert.True(report.Passed, report.Describe());
        Assert.Equal(AxeChecker.Tags, report.Tags);
        Assert.Equal("4.14.1", report.AxeVersion);
        Assert.True(report.Files.Single().Passes > 10, "axe ran almost no rules");
    }

    /// <summary>Missing lang, an image without alt, no landmarks and a table faked with td/b are all reported.</summary>
    [Fact]
    public void Inaccessible_page_has_its_violations_reported()
    {
        AxeReport report = AxeChecker.Check(Fixtures.File("inaccessible.html"));
        Log(report);

        Assert.False(report.Passed);
        string[] ids = report.Files.Single().Violations.Select(v => v.Id).ToArray();
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("image-alt", ids);
        Assert.Contains("td-has-header", ids);
        Assert.Contains("landmark-one-main", ids);
        string described = report.Describe();
        Assert.Contains("image-alt", described, StringComparison.Ordinal);
        Assert.Contains("<img", described, StringComparison.Ordinal);
    }

    /// <summary>
    /// A table faked with &lt;td&gt;&lt;b&gt; on an otherwise good page is caught only by td-has-header, an experimental
    /// rule: this proves the experimental tag is on.
    /// </summary>
    [Fact]
    public void Faked_table_header_is_caught_by_an_experimental_rule()
    {
        AxeReport report = AxeChecker.Check(Fixtures.File("faked-table-header.html"));
        Log(report);

        AxeViolation violation = Assert.Single(report.Files.Single().Violations);
        Assert.Equal("td-has-header", violation.Id);
        Assert.Contains("experimental", violation.Tags);
    }

    /// <summary>Several files in one run: one result per file, in order, and the run fails if any file fails.</summary>
    [Fact]
    public void Several_files_are_reported_in_order()
    {
        string[] files = { Fixtures.File("accessible.html"), Fixtures.File("faked-table-header.html") };
        AxeReport report = AxeChecker.Check(files);
        Log(report);

        Assert.Equal(files.Select(Path.GetFullPath), report.Files.Select(f => f.File));
        Assert.Empty(report.Files[0].Violations);
        Assert.NotEmpty(report.Files[1].Violations);
        Assert.False(report.Passed);
    }

    /// <summary>A file that does not exist is a usage error, not a pass.</summary>
    [Fact]
    public void Missing_file_is_an_error()
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => AxeChecker.Check(Fixtures.File("no-such-page.html")));
        Assert.Contains("exit code 2", e.Message, StringComparison.Ordinal);
    }

    private static void Log(AxeReport report)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"axe run: {report.Elapsed.TotalMilliseconds:0} ms in all; " +
            string.Join("; ", report.Files.Select(f => $"{Path.GetFileName(f.File)} {f.Duration.TotalMilliseconds:0} ms, {f.Violations.Count} violation(s)")));
        TestContext.Current.TestOutputHelper?.WriteLine(report.Describe());
    }
}

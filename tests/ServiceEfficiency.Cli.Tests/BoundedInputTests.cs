namespace ServiceEfficiency.Cli.Tests;

/// <summary>
/// Input over the loader's 16 MiB limit is refused with SE1003 after reading at most the limit and
/// one byte, whatever the input is: a file whose length says so, a sparse file of 1.5 GiB, an endless
/// device, an endless standard input. (Before, the tool read the whole input into memory first, and
/// /dev/zero grew it until the machine ended it.) How many bytes the loader reads is counted in the
/// Model's LoadingTests; here the tool must finish with the located diagnostic.
/// </summary>
public class BoundedInputTests
{
    private static readonly string Editions = Tool.Sample("criteria");

    [Fact]
    public void A_sparse_file_of_one_and_a_half_GiB_is_refused()
    {
        using var temp = new TempDirectory();
        string huge = temp.File("huge.json");
        using (var file = new FileStream(huge, FileMode.CreateNew))
        {
            file.SetLength(1536L * 1024 * 1024);
        }

        ToolResult result = Tool.Run("validate", huge, "--edition", Editions);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(huge + "(1,1): error SE1003:", result.Output);
    }

    [Fact]
    public void An_endless_device_is_refused_after_the_limit()
    {
        ToolResult result = Tool.Run("validate", "/dev/zero", "--edition", Editions);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("/dev/zero(1,1): error SE1003:", result.Output);
    }

    [Fact]
    public void An_endless_standard_input_is_refused_after_the_limit()
    {
        ToolResult result = Tool.Run(new ToolRun { StandardInputFile = "/dev/zero" }, "validate", "-", "--edition", Editions);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("<stdin>(1,1): error SE1003:", result.Output);
    }

    [Fact]
    public void A_people_list_from_an_endless_standard_input_is_refused()
    {
        ToolResult result = Tool.Run(
            new ToolRun { StandardInputFile = "/dev/zero" },
            "commend", "-p", Tool.Sample("data/bsmi-114-plan.json"), "--people", "-", "--outcome", "award");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("<stdin>: cannot read: larger than 16,777,216 bytes", result.Error);
    }
}

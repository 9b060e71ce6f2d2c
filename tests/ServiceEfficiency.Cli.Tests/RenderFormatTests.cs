using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>
/// render's format and output rules (docs/cli.md, "render"): the format named by -o's extension
/// when --format is absent, format names in any case, several outputs only into a directory, and a
/// misspelt option that is not taken for an input. Formats come from the library's table, so a
/// format added there is tested here unchanged.
/// </summary>
public class RenderFormatTests
{
    private static readonly string Bsmi = Tool.Sample("data/bsmi-114-plan.json");
    private static readonly string Hualien = Tool.Sample("data/hualien-112-results.json");

    /// <summary>Every extension of every format of the table, the main one in upper case: (extension, format's CLI name).</summary>
    public static TheoryData<string, string> Extensions()
    {
        var data = new TheoryData<string, string>();
        foreach (DocumentFormat format in DocumentFormats.All)
        {
            data.Add(format.FileExtension.ToUpperInvariant(), format.CliName);
            foreach (string other in format.OtherExtensions)
            {
                data.Add(other, format.CliName);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Without_format_the_extension_of_o_names_it(string extension, string cliName)
    {
        using var temp = new TempDirectory();
        string target = temp.File("plan" + extension);

        ToolResult result = Tool.Run("render", Bsmi, "-o", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Rendered(Bsmi, DocumentFormats.FromCliName(cliName)!).SequenceEqual(File.ReadAllBytes(target)), target + " is not the " + cliName + " rendering");
        Assert.Equal(new[] { target }, Directory.GetFileSystemEntries(temp.Path));
    }

    // pdf is no format of the library: its extension is the tool's own. Without LibreOffice the
    // run stops at the check that only pdf makes, which shows that pdf was chosen.
    [Theory]
    [InlineData("plan.pdf")]
    [InlineData("PLAN.PDF")]
    public void Without_format_a_pdf_extension_names_pdf(string name)
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.RunWithEnvironment("SERVICE_EFFICIENCY_SOFFICE", temp.File("no-soffice"), "render", Bsmi, "-o", temp.File(name));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("LibreOffice is needed for --format pdf", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("-", "give --format ({0}): standard output (-o -) has no extension to name one")]
    [InlineData("existing", "give --format ({0}): -o 'existing' is a directory, which names no format")]
    [InlineData("out/", "give --format ({0}): -o 'out/' names no format by its extension")]
    [InlineData("out", "give --format ({0}): -o 'out' names no format by its extension")]
    [InlineData("plan.txt", "give --format ({0}): -o 'plan.txt' names no format by its extension")]
    [InlineData("plan.odt/", "give --format ({0}): -o 'plan.odt/' names no format by its extension")]
    public void Without_format_an_o_that_names_none_is_a_usage_error(string output, string expected)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("existing"));

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", Bsmi, "-o", output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, FormatList()), result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(new[] { temp.File("existing") }, Directory.GetFileSystemEntries(temp.Path));
        Assert.Empty(Directory.GetFileSystemEntries(temp.File("existing")));
    }

    [Fact]
    public void Without_format_or_o_the_message_asks_for_both_and_names_the_formats()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", Bsmi);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: give -o PATH, and --format (" + FormatList() + ") unless the extension of PATH names it", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Format_names_are_taken_in_any_case()
    {
        using var temp = new TempDirectory();
        DocumentFormat[] formats = DocumentFormats.All;
        string output = temp.File("out");

        ToolResult result = Tool.Run("render", Bsmi, "-f", string.Join(",", formats.Select(f => f.CliName.ToUpperInvariant())), "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (DocumentFormat format in formats)
        {
            // Named as the tool names the format, whatever case it was given in.
            string written = Path.Combine(output, "bsmi-114-plan" + format.FileExtension);
            Assert.True(Rendered(Bsmi, format).SequenceEqual(File.ReadAllBytes(written)), written);
        }

        Assert.Equal(formats.Length, Directory.GetFiles(output).Length);
    }

    // md, MD and Md are one format: one output, so -o is that file and not a directory.
    [Fact]
    public void A_format_named_twice_in_different_cases_counts_once()
    {
        using var temp = new TempDirectory();
        string target = temp.File("plan.md");

        ToolResult result = Tool.Run("render", Bsmi, "-f", "md,MD", "-f", "Md", "-o", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(target), result.ToString());
        Assert.True(Rendered(Bsmi, DocumentFormat.Markdown).SequenceEqual(File.ReadAllBytes(target)));
    }

    // --format wins over the extension, as pandoc's -t does, with a warning: the file is what was asked for.
    [Fact]
    public void Format_and_a_different_extension_write_the_format_with_a_warning()
    {
        using var temp = new TempDirectory();
        string target = temp.File("plan.odt");

        ToolResult result = Tool.Run("render", Bsmi, "-f", "md", "-o", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning: -o '" + target + "': written as md, as --format says, though its extension is that of odt", result.Error);
        Assert.True(Rendered(Bsmi, DocumentFormat.Markdown).SequenceEqual(File.ReadAllBytes(target)));
    }

    [Fact]
    public void Format_and_its_own_extension_in_another_case_give_no_warning()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Bsmi, "-f", "odt", "-o", temp.File("PLAN.ODT"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("warning:", result.Error);
    }

    [Theory]
    [InlineData("x.odt", false, "2 document(s) in 1 format(s) give 2 outputs")]
    [InlineData("x.PDF", false, "2 document(s) in 1 format(s) give 2 outputs")]
    [InlineData("x.markdown", true, "1 document(s) in 2 format(s) give 2 outputs")]
    public void Several_outputs_into_a_file_name_are_a_usage_error(string name, bool severalFormats, string counts)
    {
        using var temp = new TempDirectory();
        string output = temp.File(name);
        string[] inputs = severalFormats ? new[] { Bsmi, "-f", "md,html" } : new[] { Bsmi, Hualien, "-f", "md" };

        ToolResult result = Tool.Run(new[] { "render" }.Concat(inputs).Concat(new[] { "-o", output }).ToArray());

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: " + counts + ": -o must be a directory, and '" + output + "' names a file by its extension", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    // Before the rule, two inputs with -o x.odt made a directory named x.odt; one that already exists is used.
    [Theory]
    [InlineData("x.odt", true)]
    [InlineData("x.odt/", false)]
    [InlineData("out", false)]
    [InlineData("out/", false)]
    public void Several_outputs_go_into_a_directory_that_exists_or_names_no_format(string name, bool exists)
    {
        using var temp = new TempDirectory();
        string output = Path.Combine(temp.Path, name);
        if (exists)
        {
            Directory.CreateDirectory(output);
        }

        ToolResult result = Tool.Run("render", Bsmi, Hualien, "-f", "md", "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "bsmi-114-plan.md")), result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "hualien-112-results.md")), result.ToString());
    }

    [Theory]
    [InlineData("--figure")]
    [InlineData("--fromat")]
    [InlineData("-x")]
    public void A_misspelt_option_is_not_taken_for_an_input(string misspelt)
    {
        using var temp = new TempDirectory();
        string output = temp.File("out");

        ToolResult result = Tool.Run("render", Bsmi, misspelt, "-f", "md", "-o", output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: Unknown option '" + misspelt + "' (nor is it an existing document)", result.Error);
        Assert.DoesNotContain("cannot read", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    // validate takes a list of documents too: the same rule, or --severty would be read as a missing document.
    [Fact]
    public void Validate_does_not_take_a_misspelt_option_for_a_document()
    {
        ToolResult result = Tool.Run("validate", Bsmi, "--severty", "info");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: Unknown option '--severty' (nor is it an existing document)", result.Error);
        Assert.DoesNotContain("cannot read", result.Error);
    }

    // A misspelt option without -f would otherwise be reported as the missing format; the option comes first.
    [Fact]
    public void A_misspelt_option_is_reported_before_the_format_it_hides()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", Bsmi, "--fromat", "md", "-o", "out/");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: Unknown option '--fromat'", result.Error);
        Assert.DoesNotContain("give --format", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_existing_file_whose_name_starts_with_dashes_is_an_input()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("criteria"));
        File.Copy(Tool.Sample("criteria/service-upgrade-program.criteria.json"), temp.File("criteria/service-upgrade-program.criteria.json"));
        File.Copy(Bsmi, temp.File("--plan.json"));

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", "--plan.json", "-o", "plan.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Rendered(Bsmi, DocumentFormat.Markdown).SequenceEqual(File.ReadAllBytes(temp.File("plan.md"))));
    }

    // After --, every argument is a path by the user's own say: a missing one cannot be read.
    [Fact]
    public void After_a_double_dash_an_input_starting_with_dashes_is_a_path()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", "-f", "md", "-o", "plan.md", "--", "--missing.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--missing.json: cannot read: no such file", result.Error);
        Assert.DoesNotContain("Unknown option", result.Error);
    }

    [Fact]
    public void A_lone_dash_is_still_standard_input()
    {
        using var temp = new TempDirectory();
        string target = temp.File("plan.md");

        ToolResult result = Tool.RunWithInput(File.ReadAllBytes(Bsmi), "render", "-", "-o", target, "--edition", Tool.Sample("criteria"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Rendered(Bsmi, DocumentFormat.Markdown).SequenceEqual(File.ReadAllBytes(target)));
    }

    /// <summary>The formats as the English messages list them: the table's names, then pdf.</summary>
    private static string FormatList()
    {
        string[] names = DocumentFormats.All.Select(f => f.CliName).ToArray();
        return string.Join(", ", names) + " or pdf";
    }

    private static byte[] Rendered(string path, DocumentFormat format)
    {
        ServiceDocument document = DocumentLoader.LoadFile(path).Value!;
        CriteriaEdition edition = CriteriaEditionLoader.LoadFile(Tool.Sample($"criteria/{document.EditionId}.criteria.json")).Value!;
        return new DocumentRenderer().RenderToBytes(document, edition, format);
    }
}

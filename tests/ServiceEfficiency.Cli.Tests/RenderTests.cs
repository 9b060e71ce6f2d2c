using System.Text;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Cli.Tests;

public class RenderTests
{
    private static readonly string[] Documents = { "bsmi-114-plan", "hualien-112-results", "tainan-111-plan" };

    [Fact]
    public void All_samples_in_every_format_match_what_the_library_renders()
    {
        using var temp = new TempDirectory();
        string[] inputs = Documents.Select(d => Tool.Sample($"data/{d}.json")).ToArray();

        // Every format of the library's table, named both ways: two after one --format with a comma, the others each with -f.
        DocumentFormat[] formats = DocumentFormats.All;
        string[] formatArguments = new[] { "--format", formats[0].CliName + "," + formats[1].CliName }
            .Concat(formats.Skip(2).SelectMany(f => new[] { "-f", f.CliName })).ToArray();
        ToolResult result = Tool.Run(new[] { "render" }.Concat(inputs).Concat(formatArguments).Concat(new[] { "-o", temp.Path }).ToArray());

        // Tainan's real errors are reported, and it is rendered all the same: exit 1, "rendered, but
        // the input has errors" (docs/cli.md), with every output written.
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("tainan-111-plan.json: 6 error(s)", result.Error);
        Assert.Contains("rendered as it is", result.Error);
        Assert.Equal(Documents.Length * formats.Length, Directory.GetFiles(temp.Path).Length);
        var renderer = new DocumentRenderer();
        foreach (string name in Documents)
        {
            ServiceDocument document = DocumentLoader.LoadFile(Tool.Sample($"data/{name}.json")).Value!;
            CriteriaEdition edition = CriteriaEditionLoader.LoadFile(Tool.Sample($"criteria/{document.EditionId}.criteria.json")).Value!;
            foreach (DocumentFormat format in formats)
            {
                byte[] expected = renderer.RenderToBytes(document, edition, format);
                Assert.True(expected.SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Path, name + format.FileExtension))), name + format.FileExtension);
            }
        }
    }

    [Fact]
    public void One_document_to_standard_output()
    {
        ToolResult result = Tool.Run("render", Tool.Sample("data/hualien-112-results.json"), "--format", "html", "-o", "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("lang=\"zh-Hant-TW\"", result.Output);
        Assert.Contains("經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", result.Output);
    }

    [Fact]
    public void Strict_refuses_a_document_with_errors_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        string target = temp.File("tainan.odt");

        ToolResult result = Tool.Run("render", Tool.Sample("data/tainan-111-plan.json"), "--format", "odt", "-o", target, "--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SE1014", result.Error);
        Assert.Contains("not rendered", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    // The tool is a separate process, so a test cannot hand it a format; instead these prove it has
    // no format list of its own: --format takes exactly the library's table (and pdf), and names
    // each of them in its help and in its refusal of an unknown one.
    [Fact]
    public void The_formats_the_tool_takes_are_the_library_table_and_pdf()
    {
        ToolResult help = Tool.Run("render", "--help");
        ToolResult unknown = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), "--format", "rtf", "-o", "-");

        Assert.Equal(0, help.ExitCode);
        string line = help.Output.Split('\n').Single(l => l.TrimStart().StartsWith("-f, --format", StringComparison.Ordinal));
        string expected = string.Join(", ", DocumentFormats.All.Select(f => f.CliName)) + " or pdf;";
        Assert.Contains(expected, line);
        Assert.Equal(2, unknown.ExitCode);
        Assert.All(DocumentFormats.All, f => Assert.Contains(f.CliName, unknown.Error.Substring(unknown.Error.IndexOf("Unknown format", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("doc")]
    [InlineData("md,rtf")]
    public void An_unknown_format_is_a_usage_error(string format)
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), "--format", format, "-o", temp.File("x"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown format", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_unwritable_output_path_exits_2_and_leaves_nothing()
    {
        using var temp = new TempDirectory();
        string blocker = temp.File("a-file");
        File.WriteAllText(blocker, "x");

        ToolResult intoMissing = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), "--format", "odt", "-o", Path.Combine(temp.Path, "missing", "plan.odt"));
        ToolResult underAFile = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), Tool.Sample("data/hualien-112-results.json"), "--format", "odt", "-o", Path.Combine(blocker, "out"));

        Assert.Equal(2, intoMissing.ExitCode);
        Assert.Contains("does not exist", intoMissing.Error);
        Assert.Equal(2, underAFile.ExitCode);
        Assert.Contains("cannot create the output directory", underAFile.Error);
        Assert.Equal(new[] { blocker }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_hostile_override_template_is_stopped_with_SE2xxx_and_no_file()
    {
        using var temp = new TempDirectory();
        string templates = Path.Combine(temp.Path, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "html"));
        File.WriteAllText(Path.Combine(templates, "html", "document.sbn"), "{{ while true }}x{{ end }}", new UTF8Encoding(false));
        string target = temp.File("plan.html");

        ToolResult result = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), "--format", "html", "-o", target, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"html/document\.sbn\(1,\d+\): error SE2\d{3}: ", result.Error);
        Assert.False(File.Exists(target));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Pdf_without_LibreOffice_says_how_to_install_it()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.RunWithEnvironment("SERVICE_EFFICIENCY_SOFFICE", temp.File("no-soffice"),
            "render", Tool.Sample("data/bsmi-114-plan.json"), "--format", "pdf", "-o", temp.File("plan.pdf"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("apt-get install libreoffice-writer-nogui", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_missing_input_among_several_is_exit_2()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), "missing.json", "--format", "md", "-o", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.json: cannot read: no such file", result.Error);
    }
}

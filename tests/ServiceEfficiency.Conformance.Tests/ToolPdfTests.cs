using System.Reflection;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>
/// <c>service-efficiency render --format pdf</c> with LibreOffice really installed (the tool's own
/// tests cover the message when it is not): the PDF is written whole and holds the document.
/// </summary>
public sealed class ToolPdfTests
{
    private static readonly string ToolPath = RepositoryRoot.Combine(
        "src", "ServiceEfficiency.Cli", "bin",
        typeof(ToolPdfTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
        "net8.0", "service-efficiency.dll");

    /// <summary>The BSMI 114 plan as PDF: every strategy title, lead unit and figure, and the title.</summary>
    [Fact]
    public void The_tool_renders_a_pdf_with_every_strategy_title_lead_unit_and_figure()
    {
        _ = ExternalTool.Soffice;
        _ = ExternalTool.PdfToText;
        SampleDocument sample = SourceTexts.Samples().Single(s => s.Name == "bsmi-114-plan");
        using var temp = new TempDirectory("tool-pdf");
        string pdf = temp.File("bsmi-114-plan.pdf");

        ProcessResult result = ExternalTool.Run("dotnet", new[] { ToolPath, "render", sample.Path, "--format", "pdf", "-o", pdf, "--figures" }, TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.StandardError}");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5));
        // Nothing but the PDF: LibreOffice's profile and the intermediate .odt live elsewhere and are gone.
        Assert.Equal(new[] { pdf }, Directory.GetFileSystemEntries(temp.Path));
        string text = PdfText.ExtractText(pdf);
        SourceTexts expected = SourceTexts.Of(sample.Document, sample.Edition);
        Assert.Empty(PdfText.Missing(text, expected.All.Select(e => e.Text)));
        Assert.Empty(PdfText.Missing(text, new[] { sample.Document.Title }));
    }
}

using ServiceEfficiency.Templates;
using ServiceEfficiency.Templates.Office;

namespace ServiceEfficiency.Conformance.Tests;

// Inside the namespace: the Open XML SDK's root namespace DocumentFormat would hide the renderer's type otherwise.
using DocumentFormat = ServiceEfficiency.Templates.DocumentFormat;

/// <summary>
/// Issue 15's starter (<see cref="OfficeStarter"/>) is valid ODF 1.3 (jing -i, as every ODF output), as a
/// file and once each sample is rendered through it as an office template.
/// </summary>
public sealed class StarterConformanceTests
{
    /// <summary>The ODF formats a starter is written in.</summary>
    public static TheoryData<string> Formats() => new() { "odt", "fodt" };

    /// <summary>Every sample document with each ODF format of the starter.</summary>
    public static TheoryData<string, string> SamplesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (SampleDocument sample in SourceTexts.Samples())
        {
            data.Add(sample.Name, "odt");
            data.Add(sample.Name, "fodt");
        }

        return data;
    }

    /// <summary>The starter itself: a package's structure and parts, or the flat file, pass jing.</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void The_starter_is_valid_ODF_1_3(string formatName)
    {
        DocumentFormat format = DocumentFormats.FromCliName(formatName)!;
        using var temp = new TempDirectory("starter-" + formatName);
        string path = temp.File("starter" + format.FileExtension);
        File.WriteAllBytes(path, OfficeStarter.Create(format));

        OdfReport report = format.Packaging is ZipPackaging ? OdfValidator.ValidatePackage(path) : OdfValidator.ValidateFlat(path);

        Assert.True(report.IsValid, report.ToString());
    }

    /// <summary>Each sample rendered through the starter, loaded back as an office template, passes jing.</summary>
    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void A_sample_rendered_through_the_starter_is_valid_ODF_1_3(string name, string formatName)
    {
        DocumentFormat format = DocumentFormats.FromCliName(formatName)!;
        SampleDocument sample = SourceTexts.Samples().Single(s => s.Name == name);
        OfficeTemplate layout = OfficeTemplate.Load(new MemoryStream(OfficeStarter.Create(format)), "starter" + format.FileExtension);
        using var temp = new TempDirectory("starter-render-" + formatName);
        string path = temp.File(name + format.FileExtension);
        new DocumentRenderer(new RenderOptions { TemplateSource = layout, IncludeFigures = true }).RenderToFile(sample.Document, sample.Edition, layout.Format, path, TestContext.Current.CancellationToken);

        OdfReport report = formatName == "odt" ? OdfValidator.ValidatePackage(path) : OdfValidator.ValidateFlat(path);

        Assert.True(report.IsValid, report.ToString());
    }
}

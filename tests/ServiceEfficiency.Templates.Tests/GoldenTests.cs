using System.Globalization;
using System.Xml;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Every sample in every format against a golden file under Golden/. On a difference the test
/// writes NAME.received beside the golden file and fails; set SE_UPDATE_GOLDEN=1 to accept the
/// new output after reviewing it. A zip (.odt) is compared by its uncompressed entries. The
/// formats are the registered ones and the test-only plain format (<see cref="TestFormats"/>).
/// </summary>
public sealed class GoldenTests
{
    private static readonly DocumentRenderer Renderer = new(TestFormats.Options());

    // By name: xunit serialises theory data, and a format is not serialisable.
    public static IEnumerable<object[]> Cases() =>
        from name in Samples.Names
        from format in TestFormats.All
        select new object[] { name, format.Name };

    private static DocumentFormat Format(string name) => TestFormats.All.Single(f => f.Name == name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void OutputMatchesGoldenFile(string name, string formatName)
    {
        DocumentFormat format = Format(formatName);
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load(name);
        byte[] bytes = Renderer.RenderToBytes(document, edition, format);
        string actual = TestFormats.Output(format, bytes);
        string golden = TestFormats.GoldenFile(name, format);
        string received = golden + ".received";

        if (Environment.GetEnvironmentVariable("SE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}; run with SE_UPDATE_GOLDEN=1 to create it.");
        string expected = File.ReadAllText(golden);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(received, actual);
            int at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i]);
            Assert.Fail($"{name}{format.FileExtension} differs from {golden} at character {at}; the output is in {received}.");
        }

        File.Delete(received);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void OutputIsDeterministic(string name, string formatName)
    {
        DocumentFormat format = Format(formatName);
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load(name);

        byte[] first = Renderer.RenderToBytes(document, edition, format);
        byte[] second = new DocumentRenderer(TestFormats.Options()).RenderToBytes(document, edition, format);
        Assert.Equal(first, second);

        // The thread's cultures are not the render's: a decimal comma, other digits' groups or another
        // UI language on the caller's thread change no byte (RenderOptions.Culture is what templates see).
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            foreach (string other in new[] { "fi-FI", "ar-SA" })
            {
                CultureInfo.CurrentCulture = TestCultures.RealOrLookAlike(other);
                CultureInfo.CurrentUICulture = TestCultures.RealOrLookAlike(other);
                Assert.Equal(first, new DocumentRenderer(TestFormats.Options()).RenderToBytes(document, edition, format));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames.Names), MemberType = typeof(SampleNames))]
    public void EveryXmlOutputIsWellFormed(string name)
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load(name);

        // Every format that escapes as XML: the file itself, or each .xml entry of its zip.
        foreach (DocumentFormat format in TestFormats.All.Where(f => f.Escaping == OutputEscaping.Xml))
        {
            byte[] bytes = Renderer.RenderToBytes(document, edition, format);
            if (format.Packaging is ZipPackaging)
            {
                foreach ((string entry, _, byte[] data) in OdfZip.Entries(bytes))
                {
                    if (entry.EndsWith(".xml", StringComparison.Ordinal))
                    {
                        AssertWellFormed(data);
                    }
                }
            }
            else
            {
                AssertWellFormed(bytes);
            }
        }
    }

    internal static void AssertWellFormed(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true };
        using XmlReader reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
    }
}

/// <summary>Sample names as xUnit member data.</summary>
public static class SampleNames
{
    /// <summary>One row per sample.</summary>
    public static IEnumerable<object[]> Names => Samples.Names.Select(n => new object[] { n });
}

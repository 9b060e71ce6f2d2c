namespace ServiceEfficiency.Conformance.Tests;

/// <summary>Proves that <see cref="OdfValidator"/> accepts valid ODF 1.3 and rejects what real consumers reject.</summary>
public sealed class OdfValidatorTests
{
    private const string ContentWithoutVersion = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
          <office:body><office:text><text:p>無版本</text:p></office:text></office:body>
        </office:document-content>
        """;

    /// <summary>The hand-written flat document is valid.</summary>
    [Fact]
    public void Minimal_fodt_is_valid()
    {
        OdfReport report = OdfValidator.ValidateFlat(Fixtures.MinimalFodt);
        TestContext.Current.TestOutputHelper?.WriteLine($"jing on minimal.fodt: {report.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(report.IsValid, report.ToString());
    }

    /// <summary>Each broken flat document is rejected by jing, and the message says why.</summary>
    [Theory]
    [InlineData("no-version", " office:version=\"1.3\"", "", "office:version")]
    [InlineData("unknown-element", "<text:h text:outline-level=\"2\">構面一：基礎服務（200分）</text:h>", "<text:heading>構面一：基礎服務（200分）</text:heading>", "text:heading")]
    [InlineData("misplaced-attribute", "<table:table table:name=\"構面一\">", "<table:table table:name=\"構面一\" text:outline-level=\"2\">", "text:outline-level")]
    [InlineData("not-well-formed", "</office:text>", "", "office:text")]
    public void Broken_fodt_is_rejected(string name, string find, string replace, string expected)
    {
        using var temp = new TempDirectory("fodt");
        string original = File.ReadAllText(Fixtures.MinimalFodt);
        Assert.Contains(find, original, StringComparison.Ordinal);
        string broken = temp.File(name + ".fodt");
        File.WriteAllText(broken, original.Replace(find, replace, StringComparison.Ordinal));

        OdfReport report = OdfValidator.ValidateFlat(broken);

        Assert.False(report.IsValid, $"jing accepted {name}");
        Assert.Contains(report.Errors, e => e.Contains(expected, StringComparison.Ordinal) && e.StartsWith(broken, StringComparison.Ordinal));
    }

    /// <summary>A package built as DESIGN §6 says (MemoryStream, mimetype first and stored) passes every check.</summary>
    [Fact]
    public void Minimal_odt_is_valid()
    {
        using var temp = new TempDirectory("odt");
        string odt = temp.File("minimal.odt");
        OdtPackage.Write(Fixtures.MinimalOdtParts, odt);

        Assert.Empty(OdfValidator.CheckPackage(odt));
        OdfReport report = OdfValidator.ValidatePackage(odt);
        TestContext.Current.TestOutputHelper?.WriteLine($"jing on minimal.odt (4 parts, 2 runs): {report.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(report.IsValid, report.ToString());
    }

    /// <summary>Each package defect is reported.</summary>
    [Theory]
    [MemberData(nameof(PackageDefects))]
    public void Package_defect_is_reported(string name, OdtPackageOptions options, string expected)
    {
        using var temp = new TempDirectory("odt");
        string odt = temp.File(name + ".odt");
        OdtPackage.Write(Fixtures.MinimalOdtParts, odt, options);

        IReadOnlyList<string> problems = OdfValidator.CheckPackage(odt);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.False(OdfValidator.ValidatePackage(odt).IsValid);
    }

    /// <summary>The package defects of <see cref="Package_defect_is_reported"/>.</summary>
    public static TheoryData<string, OdtPackageOptions, string> PackageDefects() => new()
    {
        { "compressed-mimetype", new OdtPackageOptions { CompressMimetype = true }, "'mimetype' is compressed" },
        { "mimetype-last", new OdtPackageOptions { MimetypeLast = true }, "not 'mimetype'" },
        { "data-descriptor", new OdtPackageOptions { NonSeekable = true }, "data descriptor" },
        { "wrong-media-type", new OdtPackageOptions { MediaType = "application/vnd.oasis.opendocument.spreadsheet" }, "expected 'application/vnd.oasis.opendocument.text'" },
        { "unlisted-entry", new OdtPackageOptions { Extra = new Dictionary<string, string> { ["Thumbnails/notes.txt"] = "x" } }, "'Thumbnails/notes.txt' is not listed" },
        { "missing-styles", new OdtPackageOptions { Omit = new[] { "styles.xml" } }, "required entry 'styles.xml' is missing" },
        { "listed-but-absent", new OdtPackageOptions { Omit = new[] { "meta.xml" } }, "lists 'meta.xml', which is not in the package" },
        { "no-manifest", new OdtPackageOptions { Omit = new[] { "META-INF/manifest.xml" } }, "required entry 'META-INF/manifest.xml' is missing" },
    };

    /// <summary>A schema error inside an .odt is reported with the part it is in.</summary>
    [Fact]
    public void Invalid_content_xml_is_rejected_naming_the_part()
    {
        using var temp = new TempDirectory("odt");
        string odt = temp.File("bad-content.odt");
        OdtPackage.Write(Fixtures.MinimalOdtParts, odt, new OdtPackageOptions { Replace = new Dictionary<string, string> { ["content.xml"] = ContentWithoutVersion } });

        Assert.Empty(OdfValidator.CheckPackage(odt));
        OdfReport report = OdfValidator.ValidatePackage(odt);

        Assert.False(report.IsValid);
        Assert.Contains(report.Errors, e => e.StartsWith(odt + "!content.xml:", StringComparison.Ordinal) && e.Contains("office:version", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Errors, e => e.Contains("styles.xml", StringComparison.Ordinal) || e.Contains("meta.xml", StringComparison.Ordinal));
    }

    /// <summary>The manifest is validated against the manifest schema, not skipped.</summary>
    [Fact]
    public void Invalid_manifest_is_rejected_naming_the_part()
    {
        using var temp = new TempDirectory("odt");
        string manifest = File.ReadAllText(Path.Combine(Fixtures.MinimalOdtParts, "META-INF", "manifest.xml"))
            .Replace("manifest:full-path=\"meta.xml\"", "manifest:full-path=\"meta.xml\" manifest:compressed=\"no\"", StringComparison.Ordinal);
        string odt = temp.File("bad-manifest.odt");
        OdtPackage.Write(Fixtures.MinimalOdtParts, odt, new OdtPackageOptions { Replace = new Dictionary<string, string> { ["META-INF/manifest.xml"] = manifest } });

        Assert.Empty(OdfValidator.CheckPackage(odt));
        OdfReport report = OdfValidator.ValidatePackage(odt);

        Assert.False(report.IsValid);
        Assert.Contains(report.Errors, e => e.StartsWith(odt + "!META-INF/manifest.xml:", StringComparison.Ordinal) && e.Contains("manifest:compressed", StringComparison.Ordinal));
    }

    /// <summary>Something that is not a zip at all.</summary>
    [Fact]
    public void Not_a_zip_is_rejected()
    {
        using var temp = new TempDirectory("odt");
        string odt = temp.File("text.odt");
        File.WriteAllText(odt, "經濟部標準檢驗局 not a zip");

        Assert.Contains(OdfValidator.CheckPackage(odt), p => p.Contains("zip", StringComparison.Ordinal));
        Assert.False(OdfValidator.ValidatePackage(odt).IsValid);
        Assert.True(OdfValidator.XmlParts.SequenceEqual(new[] { "content.xml", "styles.xml", "meta.xml" }));
    }
}

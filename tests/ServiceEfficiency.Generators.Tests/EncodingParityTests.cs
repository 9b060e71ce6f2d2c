extern alias Model;

using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Model::ServiceEfficiency.Criteria;
using Model::ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// A criteria file that is not UTF-8 (UTF-16 with or without a BOM, Big5, a stray byte) is refused by
/// the generator and the run-time loader, both with SE0001, at the same line and column, in the same
/// words (one message form, which names the offset, not the byte) — whichever way the compiler decoded it: by its BOM, with a one-byte-per-character code page
/// (the command-line compiler's fallback), or as UTF-8 with U+FFFD.
/// </summary>
public sealed class EncodingParityTests
{
    public static TheoryData<string> Files => new() { "utf16-le-with-bom", "utf16-be-with-bom", "utf16-le-without-bom", "big5", "invalid-utf8-in-title" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Decoded_as_a_stream_the_generator_refuses_it_where_the_loader_does(string name)
    {
        string path = Harness.TestFile("Broken", name + ".criteria.json");
        Model::ServiceEfficiency.Diagnostics.Diagnostic loader = Assert.Single(CriteriaEditionLoader.LoadFile(path).Diagnostics);
        Diagnostic generator = Single(Harness.Run(new[] { InMemoryText.FromFile(path) }));

        Assert.Equal("SE0001", loader.Code);
        Assert.Equal((loader.Location.Line, loader.Location.Column), Position(generator));
        Assert.Empty(Harness.Run(new[] { InMemoryText.FromFile(path) }).Run.GeneratedSources);

        // Whether the compiler kept the bytes (a BOM) or replaced them with U+FFFD, the generator says what the loader says.
        Assert.Equal(loader.Message, generator.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("Malformed JSON: The file is not valid UTF-8: the bytes at offset ", loader.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Decoded_with_a_code_page_the_generator_says_what_the_loader_says(string name)
    {
        string path = Harness.TestFile("Broken", name + ".criteria.json");
        byte[] bytes = File.ReadAllBytes(path);
        Model::ServiceEfficiency.Diagnostics.Diagnostic loader = Assert.Single(CriteriaEditionLoader.Load(bytes, path).Diagnostics);

        // What the compiler does when strict UTF-8 fails and it falls back to a code page: one
        // character per byte (Latin-1 keeps every byte, as Windows-1252 keeps the defined ones).
        bool bom = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
        SourceText text = bom ? SourceText.From(new MemoryStream(bytes)) : SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);
        Diagnostic generator = Single(Harness.Run(new[] { new InMemoryText(path, text) }));

        Assert.Equal((loader.Location.Line, loader.Location.Column), Position(generator));
        Assert.Equal(loader.Message, generator.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_valid_UTF8_file_with_a_BOM_still_generates()
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(Harness.SampleCriteria("service-award-overall"))).ToArray();
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/src/service-award-overall.criteria.json", SourceText.From(new MemoryStream(bytes))) });

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(outcome.Run.GeneratedSources);
    }

    private static Diagnostic Single(Outcome outcome)
    {
        Assert.Null(outcome.Run.Exception);
        return Assert.Single(outcome.Diagnostics, d => d.Id == "SE0001");
    }

    private static (int Line, int Column) Position(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}

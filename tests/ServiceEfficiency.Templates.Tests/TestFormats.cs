namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// The formats the loops walk (golden files, determinism, hostile data): every registered format,
/// and <see cref="Plain"/>, a format that exists only here, with its templates under FakeFormat/.
/// If a loop needed a switch to handle a format, the plain format would fail it.
/// </summary>
internal static class TestFormats
{
    /// <summary>Plain text, Markdown-escaped, one file: described whole, rendered from the test's own templates.</summary>
    public static DocumentFormat Plain { get; } = new(
        "plain", "txt", ".txt", "text/plain; charset=utf-8", new[] { "plain/document.sbn" }, OutputEscaping.Markdown, OutputPackaging.SingleFile);

    /// <summary>The directory that holds the plain format's templates.</summary>
    public static string TemplateDirectory => Path.Combine(Samples.TestDirectory, "FakeFormat");

    /// <summary>Every registered format, then <see cref="Plain"/>.</summary>
    public static IReadOnlyList<DocumentFormat> All => DocumentFormats.All.Append(Plain).ToList();

    /// <summary>Options that find the plain format's templates; the registered formats render as with no options.</summary>
    public static RenderOptions Options() => new() { TemplateDirectory = TemplateDirectory };

    /// <summary>What a test compares: the text of a single file, or the entries of a zip.</summary>
    public static string Output(DocumentFormat format, byte[] bytes) =>
        format.Packaging is ZipPackaging ? OdfZip.Describe(bytes) : Samples.Text(bytes);

    /// <summary>The golden file of a sample in a format: NAME.EXT, and NAME.EXT.txt for a zip (compared by its entries).</summary>
    public static string GoldenFile(string name, DocumentFormat format) =>
        Path.Combine(Samples.TestDirectory, "Golden", name + format.FileExtension + (format.Packaging is ZipPackaging ? ".txt" : string.Empty));
}

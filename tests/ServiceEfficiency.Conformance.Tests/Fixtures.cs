namespace ServiceEfficiency.Conformance.Tests;

/// <summary>The hand-written fixtures copied next to the test binaries.</summary>
public static class Fixtures
{
    /// <summary>The fixture directory.</summary>
    public static string Directory => Path.Combine(System.AppContext.BaseDirectory, "Fixtures");

    /// <summary>A fixture file.</summary>
    public static string File(string name) => Path.Combine(Directory, name);

    /// <summary>A valid flat ODF 1.3 text document with Chinese text, a table with a header row, and a page footer.</summary>
    public static string MinimalFodt => File("minimal.fodt");

    /// <summary>The parts of a valid .odt (content.xml, styles.xml, meta.xml, META-INF/manifest.xml).</summary>
    public static string MinimalOdtParts => File("minimal-odt");

    /// <summary>The python-docx script that prints a .docx's tables (captions and cell texts) as JSON.</summary>
    public static string ReadDocxTables => File("read-docx-tables.py");
}

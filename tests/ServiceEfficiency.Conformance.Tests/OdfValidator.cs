using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>The outcome of validating one ODF file.</summary>
/// <param name="File">The file validated (a .fodt or an .odt).</param>
/// <param name="Errors">What is wrong, one message per problem (jing's errors, with the package part named for an .odt; structural problems).</param>
/// <param name="Elapsed">Time spent, jing included.</param>
public sealed record OdfReport(string File, IReadOnlyList<string> Errors, TimeSpan Elapsed)
{
    /// <summary>Whether the file is valid.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The errors as one readable block.</summary>
    public override string ToString() =>
        IsValid ? $"{File}: valid ODF 1.3" : $"{File}: {Errors.Count} problem(s){Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", Errors);
}

/// <summary>
/// Validates ODF 1.3 text documents the way CI requires: <c>jing -i</c> against the OASIS RELAX NG schemas in
/// <c>schemas/odf1.3/</c> — a flat <c>.fodt</c> as a whole; of an <c>.odt</c> the <c>content.xml</c>,
/// <c>styles.xml</c>, <c>meta.xml</c> and <c>META-INF/manifest.xml</c> — plus the package rules jing cannot see
/// (the <c>mimetype</c> entry first, stored, without extra field or data descriptor; a manifest listing every entry).
/// </summary>
public static class OdfValidator
{
    /// <summary>The media type of an ODF text document.</summary>
    public const string TextMediaType = "application/vnd.oasis.opendocument.text";

    /// <summary>The parts of an .odt that must be present and are validated against the main schema.</summary>
    public static readonly IReadOnlyList<string> XmlParts = new[] { "content.xml", "styles.xml", "meta.xml" };

    private const string ManifestPart = "META-INF/manifest.xml";
    private static readonly XNamespace Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static readonly TimeSpan JingTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The main ODF 1.3 schema in the repository.</summary>
    public static string Schema => RepositoryRoot.Combine("schemas", "odf1.3", "OpenDocument-v1.3-schema.rng");

    /// <summary>The ODF 1.3 manifest schema in the repository.</summary>
    public static string ManifestSchema => RepositoryRoot.Combine("schemas", "odf1.3", "OpenDocument-v1.3-manifest-schema.rng");

    /// <summary>Validates a flat ODF document (.fodt) with jing.</summary>
    public static OdfReport ValidateFlat(string fodt)
    {
        var watch = Stopwatch.StartNew();
        IReadOnlyList<string> errors = Jing(Schema, new[] { fodt }, new Dictionary<string, string> { [Path.GetFullPath(fodt)] = fodt });
        return new OdfReport(fodt, errors, watch.Elapsed);
    }

    /// <summary>
    /// Validates an ODF package (.odt): its structure (<see cref="CheckPackage"/>), then its content, styles and meta
    /// against the main schema and its manifest against the manifest schema, with jing.
    /// </summary>
    public static OdfReport ValidatePackage(string odt)
    {
        var watch = Stopwatch.StartNew();
        var errors = new List<string>(CheckPackage(odt));
        using var temp = new TempDirectory("odt-parts");
        Dictionary<string, string> extracted;
        try
        {
            extracted = Extract(odt, temp.Path, errors);
        }
        catch (InvalidDataException e)
        {
            errors.Add("not a readable zip file: " + e.Message);
            return new OdfReport(odt, errors, watch.Elapsed);
        }

        string[] main = XmlParts.Where(p => extracted.ContainsKey(p)).Select(p => extracted[p]).ToArray();
        var names = extracted.ToDictionary(kv => Path.GetFullPath(kv.Value), kv => $"{odt}!{kv.Key}");
        if (main.Length > 0)
        {
            errors.AddRange(Jing(Schema, main, names));
        }

        if (extracted.TryGetValue(ManifestPart, out string? manifest))
        {
            errors.AddRange(Jing(ManifestSchema, new[] { manifest }, names));
        }

        return new OdfReport(odt, errors, watch.Elapsed);
    }

    /// <summary>
    /// The package rules of ODF 1.3 part 2 that a schema cannot check: <c>mimetype</c> is the first entry, stored
    /// (not compressed), with no extra field and no data descriptor, and holds exactly the text media type;
    /// content, styles, meta and manifest are present; the manifest (version 1.3) lists the root with that media type
    /// and every entry but <c>mimetype</c> and <c>META-INF/*</c>, and lists nothing that is not in the package.
    /// </summary>
    public static IReadOnlyList<string> CheckPackage(string odt)
    {
        var errors = new List<string>();
        byte[] bytes = File.ReadAllBytes(odt);
        CheckFirstEntry(bytes, errors);

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            errors.Add("not a readable zip file: " + e.Message);
            return errors;
        }

        using (zip)
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            foreach (string duplicate in entries.GroupBy(e => e, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                errors.Add($"entry '{duplicate}' occurs more than once");
            }

            foreach (string required in XmlParts.Append(ManifestPart))
            {
                if (!entries.Contains(required, StringComparer.Ordinal))
                {
                    errors.Add($"required entry '{required}' is missing");
                }
            }

            ZipArchiveEntry? manifestEntry = zip.GetEntry(ManifestPart);
            if (manifestEntry is null)
            {
                return errors;
            }

            XDocument manifest;
            try
            {
                using Stream stream = manifestEntry.Open();
                manifest = XDocument.Load(stream);
            }
            catch (XmlException e)
            {
                errors.Add($"{ManifestPart} is not well-formed XML: {e.Message}");
                return errors;
            }

            XElement? root = manifest.Root;
            if (root?.Name != Manifest + "manifest")
            {
                errors.Add($"{ManifestPart}: root element is not manifest:manifest");
                return errors;
            }

            if ((string?)root.Attribute(Manifest + "version") != "1.3")
            {
                errors.Add($"{ManifestPart}: manifest:version is '{(string?)root.Attribute(Manifest + "version")}', expected '1.3'");
            }

            var listed = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (XElement entry in root.Elements(Manifest + "file-entry"))
            {
                string path = (string?)entry.Attribute(Manifest + "full-path") ?? string.Empty;
                if (!listed.TryAdd(path, (string?)entry.Attribute(Manifest + "media-type")))
                {
                    errors.Add($"{ManifestPart} lists '{path}' more than once");
                }
            }

            if (!listed.TryGetValue("/", out string? rootType))
            {
                errors.Add($"{ManifestPart} has no file-entry for '/'");
            }
            else if (rootType != TextMediaType)
            {
                errors.Add($"{ManifestPart}: the media type of '/' is '{rootType}', expected '{TextMediaType}'");
            }

            foreach (string entry in entries)
            {
                bool exempt = entry == "mimetype" || entry.StartsWith("META-INF/", StringComparison.Ordinal) || entry.EndsWith("/", StringComparison.Ordinal);
                if (!exempt && !listed.ContainsKey(entry))
                {
                    errors.Add($"entry '{entry}' is not listed in {ManifestPart}");
                }
            }

            foreach (string path in listed.Keys.Where(p => p != "/" && !p.EndsWith("/", StringComparison.Ordinal)))
            {
                if (!entries.Contains(path, StringComparer.Ordinal))
                {
                    errors.Add($"{ManifestPart} lists '{path}', which is not in the package");
                }
            }
        }

        return errors;
    }

    /// <summary>Checks the raw local file header of the first entry (ZipArchive hides the details that matter).</summary>
    private static void CheckFirstEntry(byte[] zip, List<string> errors)
    {
        const int header = 30;
        if (zip.Length < header || BitConverter.ToUInt32(zip, 0) != 0x04034b50)
        {
            errors.Add("does not start with a zip local file header");
            return;
        }

        ushort flags = BitConverter.ToUInt16(zip, 6);
        ushort method = BitConverter.ToUInt16(zip, 8);
        uint compressedSize = BitConverter.ToUInt32(zip, 18);
        uint size = BitConverter.ToUInt32(zip, 22);
        ushort nameLength = BitConverter.ToUInt16(zip, 26);
        ushort extraLength = BitConverter.ToUInt16(zip, 28);
        if (zip.Length < header + nameLength)
        {
            errors.Add("the first zip entry is truncated");
            return;
        }

        string name = Encoding.UTF8.GetString(zip, header, nameLength);
        if (name != "mimetype")
        {
            errors.Add($"the first zip entry is '{name}', not 'mimetype'");
            return;
        }

        if (method != 0)
        {
            errors.Add($"'mimetype' is compressed (method {method}); it must be stored");
        }

        if ((flags & 0x0008) != 0)
        {
            errors.Add("'mimetype' uses a data descriptor (general purpose flag bit 3; the zip was written to a non-seekable stream)");
        }

        if ((flags & 0x0001) != 0)
        {
            errors.Add("'mimetype' is encrypted");
        }

        if (extraLength != 0)
        {
            errors.Add($"'mimetype' has an extra field ({extraLength} bytes); it must have none");
        }

        if (method == 0 && (flags & 0x0008) == 0)
        {
            if (compressedSize != size)
            {
                errors.Add($"'mimetype' is stored but its sizes differ ({compressedSize} vs {size})");
            }

            int start = header + nameLength + extraLength;
            string content = zip.Length >= start + size ? Encoding.ASCII.GetString(zip, start, (int)size) : string.Empty;
            if (content != TextMediaType)
            {
                errors.Add($"'mimetype' holds '{content}', expected '{TextMediaType}'");
            }
        }
    }

    private static Dictionary<string, string> Extract(string odt, string directory, List<string> errors)
    {
        var extracted = new Dictionary<string, string>(StringComparer.Ordinal);
        using ZipArchive zip = ZipFile.OpenRead(odt);
        foreach (string part in XmlParts.Append(ManifestPart))
        {
            ZipArchiveEntry? entry = zip.GetEntry(part);
            if (entry is null)
            {
                continue; // Reported by CheckPackage.
            }

            string target = Path.Combine(directory, part.Replace('/', '_'));
            entry.ExtractToFile(target, overwrite: true);
            extracted[part] = target;
        }

        if (extracted.Count == 0)
        {
            errors.Add("none of content.xml, styles.xml, meta.xml, META-INF/manifest.xml could be extracted");
        }

        return extracted;
    }

    /// <summary>
    /// Runs <c>jing -i SCHEMA FILE…</c> and returns its errors ("file:line:col: error: …"), with the file names mapped
    /// through <paramref name="names"/>. jing's warnings about optional jars it cannot find are ignored; a non-zero exit
    /// without a recognisable error line is reported with jing's whole output.
    /// </summary>
    private static IReadOnlyList<string> Jing(string schema, IReadOnlyList<string> files, IReadOnlyDictionary<string, string> names)
    {
        string jing = ExternalTool.Jing;
        if (!File.Exists(schema))
        {
            throw new FileNotFoundException("ODF schema missing from the repository", schema);
        }

        ProcessResult result = ExternalTool.Run(jing, new[] { "-i", schema }.Concat(files.Select(Path.GetFullPath)), JingTimeout);
        var errors = new List<string>();
        foreach (string line in (result.StandardOutput + "\n" + result.StandardError).Split('\n'))
        {
            string trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || (trimmed.StartsWith("[warning]", StringComparison.Ordinal) && trimmed.Contains("Unable to locate", StringComparison.Ordinal)))
            {
                continue;
            }

            string mapped = trimmed;
            foreach (KeyValuePair<string, string> name in names)
            {
                if (mapped.StartsWith(name.Key + ":", StringComparison.Ordinal))
                {
                    mapped = name.Value + mapped.Substring(name.Key.Length);
                    break;
                }
            }

            errors.Add(mapped);
        }

        if (result.ExitCode == 0 && !errors.Any(e => e.Contains("error:", StringComparison.Ordinal) || e.Contains("fatal:", StringComparison.Ordinal)))
        {
            return Array.Empty<string>(); // Anything left was informational.
        }

        if (errors.Count == 0)
        {
            errors.Add($"jing exited with {result.ExitCode} without a message");
        }

        return errors;
    }
}

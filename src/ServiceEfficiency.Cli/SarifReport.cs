using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Cli;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log (OASIS, <c>schemas/sarif/</c>), which CI systems and editors
/// show as findings: one run, the SE1xxx descriptors as rules, each diagnostic as a result with
/// its file, line and column and its JSON path as the logical location.
/// </summary>
internal static class SarifReport
{
    /// <summary>Where the rules are explained.</summary>
    public const string HelpUri = "https://github.com/serviceefficiency/ServiceEfficiency/blob/main/docs/diagnostics.md#codes";

    private const string InformationUri = "https://github.com/serviceefficiency/ServiceEfficiency/blob/main/docs/cli.md";
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    /// <summary>The SARIF log of <paramref name="diagnostics"/>, file paths relative to <paramref name="currentDirectory"/>.</summary>
    public static string ToSarif(IEnumerable<Diagnostic> diagnostics, string currentDirectory)
    {
        IReadOnlyList<DiagnosticDescriptor> rules = DiagnosticCodes.All;
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory));
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "service-efficiency");
            w.WriteString("version", Version());
            w.WriteString("informationUri", InformationUri);
            w.WriteStartArray("rules");
            foreach (DiagnosticDescriptor rule in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.Code);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", rule.Title);
                w.WriteEndObject();
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(rule.Severity));
                w.WriteEndObject();
                w.WriteString("helpUri", HelpUri);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(SourceRoot);
            w.WriteString("uri", new Uri(root + Path.DirectorySeparatorChar).AbsoluteUri);
            w.WriteEndObject();
            w.WriteEndObject();
            // Our columns count UTF-16 code units, SARIF's default; said explicitly all the same.
            w.WriteString("columnKind", "utf16CodeUnits");

            w.WriteStartArray("results");
            foreach (Diagnostic d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.Code);
                int index = IndexOf(rules, d.Code);
                if (index >= 0)
                {
                    w.WriteNumber("ruleIndex", index);
                }

                w.WriteString("level", Level(d.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", d.Suggestion is null ? d.Message : d.Message + " (" + d.Suggestion + ")");
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                if (ArtifactUri(d.Location.FilePath, root) is (string uri, bool relative))
                {
                    w.WriteStartObject("physicalLocation");
                    w.WriteStartObject("artifactLocation");
                    w.WriteString("uri", uri);
                    if (relative)
                    {
                        w.WriteString("uriBaseId", SourceRoot);
                    }

                    w.WriteEndObject();
                    if (d.Location.Line > 0)
                    {
                        w.WriteStartObject("region");
                        w.WriteNumber("startLine", d.Location.Line);
                        if (d.Location.Column > 0)
                        {
                            w.WriteNumber("startColumn", d.Location.Column);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                }

                if (d.Location.Place is string place)
                {
                    // A layout made in Writer or Word has no useful lines: its place is a logical location.
                    w.WriteStartArray("logicalLocations");
                    w.WriteStartObject();
                    w.WriteString("name", place);
                    w.WriteString("kind", "element");
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                else if (!string.IsNullOrEmpty(d.Location.JsonPath))
                {
                    w.WriteStartArray("logicalLocations");
                    w.WriteStartObject();
                    w.WriteString("fullyQualifiedName", d.Location.JsonPath);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }

                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static int IndexOf(IReadOnlyList<DiagnosticDescriptor> rules, string code)
    {
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    // A file below the current directory as a relative URI reference (percent-encoded, / separated)
    // against %SRCROOT%; another file as an absolute file: URI; standard input has no artifact.
    private static (string Uri, bool Relative)? ArtifactUri(string? path, string root)
    {
        if (string.IsNullOrEmpty(path) || path.StartsWith('<'))
        {
            return null;
        }

        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(root, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return (new Uri(full).AbsoluteUri, false);
        }

        return (string.Join("/", relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)), true);
    }

    private static string Version()
    {
        string version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // The commit SourceLink appends (+abc123…) is not a version.
        int plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}

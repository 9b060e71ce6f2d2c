using System.Text;
using System.Text.Json;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>One element an axe rule found at fault.</summary>
/// <param name="Target">axe's CSS selector path to the element.</param>
/// <param name="Html">The element's opening markup.</param>
/// <param name="FailureSummary">What to fix.</param>
public sealed record AxeNode(string Target, string Html, string? FailureSummary);

/// <summary>An axe rule violated by a page.</summary>
/// <param name="Id">The rule (td-has-header, html-has-lang …).</param>
/// <param name="Impact">minor, moderate, serious or critical.</param>
/// <param name="Help">The rule's one-line description.</param>
/// <param name="HelpUrl">Deque's page about the rule.</param>
/// <param name="Tags">The rule's tags (wcag2a, experimental …).</param>
/// <param name="Nodes">The elements at fault.</param>
public sealed record AxeViolation(string Id, string? Impact, string Help, string? HelpUrl, IReadOnlyList<string> Tags, IReadOnlyList<AxeNode> Nodes);

/// <summary>axe's verdict on one HTML file.</summary>
/// <param name="File">The file as given to the checker.</param>
/// <param name="Violations">The violations (empty when the page passes).</param>
/// <param name="Passes">How many rules passed.</param>
/// <param name="Incomplete">Rules axe could not decide (need a human review; not failures).</param>
/// <param name="Duration">Load plus axe run in the browser.</param>
public sealed record AxeFileResult(string File, IReadOnlyList<AxeViolation> Violations, int Passes, IReadOnlyList<string> Incomplete, TimeSpan Duration);

/// <summary>The whole report of one run of tools/axe/check-html.mjs.</summary>
/// <param name="AxeVersion">axe-core's version.</param>
/// <param name="Browser">Chromium's version.</param>
/// <param name="Tags">The rule tags run.</param>
/// <param name="Files">One result per file, in the order given.</param>
/// <param name="Elapsed">The whole run, browser start included.</param>
public sealed record AxeReport(string AxeVersion, string? Browser, IReadOnlyList<string> Tags, IReadOnlyList<AxeFileResult> Files, TimeSpan Elapsed)
{
    /// <summary>Whether every file has 0 violations.</summary>
    public bool Passed => Files.All(f => f.Violations.Count == 0);

    /// <summary>A readable list of every violation: file, rule, impact, help, and each element.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append($"axe-core {AxeVersion} in Chromium {Browser}, tags {string.Join(", ", Tags)}").AppendLine();
        foreach (AxeFileResult file in Files)
        {
            text.Append($"{file.File}: {file.Violations.Count} violation(s)").AppendLine();
            foreach (AxeViolation violation in file.Violations)
            {
                text.Append($"  [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})").AppendLine();
                foreach (AxeNode node in violation.Nodes)
                {
                    text.Append($"    at {node.Target}: {node.Html}").AppendLine();
                    if (!string.IsNullOrWhiteSpace(node.FailureSummary))
                    {
                        text.Append("      ").Append(node.FailureSummary!.Replace("\n", "\n      ", StringComparison.Ordinal)).AppendLine();
                    }
                }
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// Runs axe-core over HTML files in Debian's Chromium through <c>tools/axe/check-html.mjs</c> (rule tags wcag2a,
/// wcag2aa, wcag21a, wcag21aa, best-practice and experimental) and parses its JSON report.
/// </summary>
public static class AxeChecker
{
    /// <summary>The rule tags CI requires, as check-html.mjs runs them.</summary>
    public static readonly IReadOnlyList<string> Tags = new[] { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice", "experimental" };

    /// <summary>Checks <paramref name="htmlFiles"/> in one browser session.</summary>
    /// <exception cref="InvalidOperationException">check-html.mjs could not check the files (exit code 2, or no report).</exception>
    public static AxeReport Check(params string[] htmlFiles)
    {
        if (htmlFiles.Length == 0)
        {
            throw new ArgumentException("no HTML file to check", nameof(htmlFiles));
        }

        string script = ExternalTool.AxeScript;
        string node = ExternalTool.Node;
        string chromium = ExternalTool.Chromium;
        TimeSpan timeout = TimeSpan.FromSeconds(60 + (30 * htmlFiles.Length));
        string[] arguments = new[] { script, "--chromium", chromium }.Concat(htmlFiles.Select(Path.GetFullPath)).ToArray();
        ProcessResult result = ExternalTool.Run(node, arguments, timeout, Path.GetDirectoryName(script));
        if (result.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException(
                $"check-html.mjs could not check the files (exit code {result.ExitCode}).{Environment.NewLine}{result.StandardError}{result.StandardOutput}");
        }

        AxeReport report = Parse(result.StandardOutput, result.Elapsed);
        if (report.Files.Count != htmlFiles.Length)
        {
            throw new InvalidOperationException($"check-html.mjs reported {report.Files.Count} file(s) for {htmlFiles.Length}");
        }

        if (report.Passed != (result.ExitCode == 0))
        {
            throw new InvalidOperationException($"check-html.mjs exited with {result.ExitCode} but its report says passed={report.Passed}");
        }

        if (!report.Tags.SequenceEqual(Tags))
        {
            throw new InvalidOperationException($"check-html.mjs ran the tags {string.Join(", ", report.Tags)}, not {string.Join(", ", Tags)}");
        }

        return report;
    }

    /// <summary>Parses the JSON report check-html.mjs prints.</summary>
    public static AxeReport Parse(string json, TimeSpan elapsed)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        var files = new List<AxeFileResult>();
        foreach (JsonElement file in root.GetProperty("files").EnumerateArray())
        {
            if (file.TryGetProperty("error", out JsonElement error))
            {
                throw new InvalidOperationException($"check-html.mjs could not check {file.GetProperty("file").GetString()}: {error.GetString()}");
            }

            var violations = file.GetProperty("violations").EnumerateArray().Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                Optional(v, "impact"),
                v.GetProperty("help").GetString()!,
                Optional(v, "helpUrl"),
                v.TryGetProperty("tags", out JsonElement tags) ? tags.EnumerateArray().Select(t => t.GetString()!).ToList() : new List<string>(),
                v.GetProperty("nodes").EnumerateArray().Select(n => new AxeNode(
                    string.Join(" ", n.GetProperty("target").EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : t.ToString())),
                    Optional(n, "html") ?? string.Empty,
                    Optional(n, "failureSummary"))).ToList())).ToList();
            files.Add(new AxeFileResult(
                file.GetProperty("file").GetString()!,
                violations,
                file.TryGetProperty("passes", out JsonElement passes) ? passes.GetInt32() : 0,
                file.TryGetProperty("incomplete", out JsonElement incomplete) ? incomplete.EnumerateArray().Select(i => i.GetString()!).ToList() : new List<string>(),
                TimeSpan.FromMilliseconds(file.GetProperty("durationMs").GetDouble())));
        }

        return new AxeReport(
            root.GetProperty("axe").GetString()!,
            Optional(root, "browser"),
            root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList(),
            files,
            elapsed);
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

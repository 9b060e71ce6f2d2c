using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>docs/diagnostics.md and docs/generator.md document every SE0xxx the generator has, with what it really says.</summary>
public sealed class DocsTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in Descriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeIsInTheDiagnosticsTableWithItsSeverityAndTitle(string code)
    {
        DiagnosticDescriptor descriptor = Descriptors.All.Single(d => d.Id == code);
        string[]? cells = File.ReadAllLines(Path.Combine(Harness.Root, "docs", "diagnostics.md"))
            .Where(l => l.StartsWith("| [" + code + "]", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .SingleOrDefault();

        Assert.True(cells is not null, $"docs/diagnostics.md has no row for {code}");
        Assert.Equal($"[{code}](generator.md#diagnostics)", cells![0]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[1]);
        Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), cells[2]);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasASectionWithAnExampleInTheGeneratorGuide(string code)
    {
        string guide = File.ReadAllText(Path.Combine(Harness.Root, "docs", "generator.md"));

        Assert.Contains("\n### " + code + " ", guide, StringComparison.Ordinal);
        string section = guide.Substring(guide.IndexOf("\n### " + code + " ", StringComparison.Ordinal) + 1);
        int next = section.IndexOf("\n### ", StringComparison.Ordinal);
        section = next < 0 ? section : section.Substring(0, next);
        Assert.Contains(": " + Descriptors.All.Single(d => d.Id == code).DefaultSeverity.ToString().ToLowerInvariant() + " " + code + ": ", section, StringComparison.Ordinal);
    }

    [Fact]
    public void ExamplesMadeFromTheBrokenFilesAreWhatTheGeneratorSays()
    {
        string guide = File.ReadAllText(Path.Combine(Harness.Root, "docs", "generator.md"));
        var missing = new List<string>();
        foreach (string name in Directory.GetFiles(Harness.TestFile("Broken"), "*.criteria.json").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!)
        {
            string relative = "Broken/" + name;
            if (!guide.Contains(relative + "(", StringComparison.Ordinal))
            {
                continue;
            }

            Outcome outcome = Harness.Run(new[] { InMemoryText.FromFile(Harness.TestFile("Broken", name!), relative) });
            foreach (Diagnostic d in outcome.Diagnostics)
            {
                string line = d.ToString();
                if (!guide.Contains(line, StringComparison.Ordinal))
                {
                    missing.Add(line);
                }
            }
        }

        Assert.True(missing.Count == 0, "docs/generator.md quotes these files but not what the generator says about them:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheGuideQuotesAnExampleOfEachInputCodeFromABrokenFile()
    {
        string guide = File.ReadAllText(Path.Combine(Harness.Root, "docs", "generator.md"));

        foreach (string code in new[] { "SE0001", "SE0002", "SE0003", "SE0004", "SE0005", "SE0006", "SE0007", "SE0008", "SE0009", "SE0010", "SE0011" })
        {
            Assert.Matches(@"Broken/[a-z-]+\.criteria\.json\(\d+,\d+\): error " + code + ": ", guide);
        }
    }
}

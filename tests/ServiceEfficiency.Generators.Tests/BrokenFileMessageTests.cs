using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization;
using ModelDiagnostic = ServiceEfficiency.Diagnostics.Diagnostic;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// The generator and the run-time loader on the same hand-written broken files (Broken/*.criteria.json):
/// the loader's code is the one the generator's code maps to, at the same line and column, with the same
/// English text. Every file where that does not hold yet is listed below with the reason, so a new
/// difference fails and a fixed one fails too (remove it from the list).
/// </summary>
public sealed class BrokenFileMessageTests
{
    /// <summary>SE0xxx (build time) → SE1xxx (run time) for the same problem.</summary>
    private static readonly Dictionary<string, string> CodeMap = new(StringComparer.Ordinal)
    {
        ["SE0001"] = "SE1001", // malformed JSON
        ["SE0002"] = "SE1002", // missing property
        ["SE0003"] = "SE1002", // wrong type
        ["SE0004"] = "SE1002", // unknown property
        ["SE0005"] = "SE1002", // duplicate property
        ["SE0006"] = "SE1004", // duplicate sibling key
        ["SE0007"] = "SE1004", // key not an identifier
        ["SE0009"] = "SE1018", // points
        ["SE0010"] = "SE1002", // unknown numbering style (an unknown choice)
        ["SE0011"] = "SE1004", // invalid value
    };

    /// <summary>Files whose run-time code is not the map's, and why.</summary>
    private static readonly Dictionary<string, string> CodeExceptions = new(StringComparer.Ordinal)
    {
        ["nested-too-deep"] = "SE1003", // at run time nesting is a limit of JsonLoadOptions (SE1003), at build time a syntax error
        ["deadline-without-date-or-period"] = "SE1002", // a missing pair of properties is structure at run time
        ["unknown-agency-level"] = "SE1002", // an unknown choice at run time; SE0011 in the generator
        ["unknown-plan-section"] = "SE1002",
    };

    /// <summary>Files only the generator refuses: the keys are valid, they only clash with generated member names.</summary>
    private static readonly HashSet<string> GeneratorOnly = new(StringComparer.Ordinal)
    {
        "key-collides-with-edition-member", "key-collides-with-node-member", "key-same-as-parent",
    };

    /// <summary>Files where the two point at different characters of the same token.</summary>
    private static readonly Dictionary<string, string> PositionDiffers = new(StringComparer.Ordinal)
    {
        ["duplicate-property"] = "System.Text.Json points after the second name, the generator at it",
        ["escaped-lone-surrogate"] = "System.Text.Json points at the start of the escape's string part, the generator at the missing low surrogate",
        ["invalid-escape"] = "System.Text.Json points at the escaped character, the generator at the backslash",
        ["truncated-file"] = "System.Text.Json points at the last character read, the generator after it",
        ["unterminated-string"] = "System.Text.Json points at the end of the data, the generator at the opening quote",
    };

    private const string Syntax = "syntax: each JSON reader (System.Text.Json at run time, the generator's own) explains a syntax error in its own words";
    private const string Encoding = "encoding: the same check, but the generator says it under SE0001's 'Malformed JSON: ' and (without the bytes) from the text the compiler decoded";
    private const string Structure = "structure: the generator names the place and what was expected; the loader's messages come from the generic mapping (MappingContext)";

    /// <summary>Files whose message texts differ, and why.</summary>
    private static readonly Dictionary<string, string> TextDiffers = new(StringComparer.Ordinal)
    {
        ["trailing-comma-in-array"] = Syntax, ["trailing-comma-in-object"] = Syntax, ["missing-comma-between-properties"] = Syntax,
        ["comment"] = Syntax, ["unterminated-string"] = Syntax, ["truncated-file"] = Syntax, ["single-quotes"] = Syntax,
        ["line-break-inside-string"] = Syntax, ["invalid-escape"] = Syntax, ["leading-zero"] = Syntax, ["bare-word"] = Syntax,
        ["escaped-lone-surrogate"] = Syntax, ["content-after-root"] = Syntax, ["missing-colon"] = Syntax, ["uppercase-literal"] = Syntax,
        ["empty-file"] = Syntax + " (same words, under 'Malformed JSON: ')",
        ["nested-too-deep"] = Syntax + " (same words, under 'Malformed JSON: ')",
        ["utf16-le-with-bom"] = Encoding, ["utf16-be-with-bom"] = Encoding, ["utf16-le-without-bom"] = Encoding,
        ["big5"] = Encoding, ["invalid-utf8-in-title"] = Encoding,
        ["root-is-array"] = Structure, ["missing-id"] = Structure, ["missing-node-title"] = Structure, ["id-is-a-number"] = Structure,
        ["years-is-a-string"] = Structure, ["points-not-integer"] = Structure, ["points-overflow"] = Structure,
        ["children-is-an-object"] = Structure, ["numbering-is-a-number"] = Structure, ["null-node"] = Structure,
        ["misspelt-property"] = Structure, ["astral-characters-before-error"] = Structure, ["duplicate-property"] = Structure,
        ["duplicate-sibling-key"] = "the generator names the sibling by its title, the loader by its JSON path",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string[] row in Manifest())
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratorAndLoaderReportTheSameCodeLineColumnAndMessage(string name, string code)
    {
        string path = Harness.TestFile("Broken", name + ".criteria.json");
        Diagnostic generated = Harness.Run(new[] { InMemoryText.FromFile(path) }).Diagnostics.First(d => d.Id == code);
        FileLinePositionSpan span = generated.Location.GetLineSpan();
        (int Line, int Column) generatorAt = (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.LoadFile(path);

        if (GeneratorOnly.Contains(name))
        {
            Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError || d.Code == "SE1018");
            return;
        }

        string expectedCode = CodeExceptions.TryGetValue(name, out string? exception) ? exception : CodeMap[code];
        ModelDiagnostic? run = loaded.Diagnostics.FirstOrDefault(d => d.Code == expectedCode);
        Assert.True(run is not null, $"{name}: no {expectedCode} from the loader, but: {string.Join(" | ", loaded.Diagnostics)}");

        if (PositionDiffers.ContainsKey(name))
        {
            Assert.NotEqual(generatorAt, (run!.Location.Line, run.Location.Column));
        }
        else
        {
            Assert.Equal(generatorAt, (run!.Location.Line, run.Location.Column));
        }

        string generatorText = generated.GetMessage(CultureInfo.InvariantCulture);
        if (TextDiffers.ContainsKey(name))
        {
            Assert.NotEqual(run.Message, generatorText);
        }
        else
        {
            Assert.Equal(run.Message, generatorText);
        }
    }

    [Fact]
    public void TheListsNameOnlyFilesThatExist()
    {
        var files = Manifest().Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(CodeExceptions.Keys.Concat(GeneratorOnly).Concat(PositionDiffers.Keys).Concat(TextDiffers.Keys), f => Assert.Contains(f, files));
    }

    private static IEnumerable<string[]> Manifest() =>
        File.ReadAllLines(Harness.TestFile("Broken", "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
}

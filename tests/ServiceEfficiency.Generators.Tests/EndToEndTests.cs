using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a consumer project set up as a package consumer would be: the
/// Model's buildTransitive props imported, the generator as an analyzer. Slow (two builds), so
/// kept to this one test.
/// </summary>
public sealed class EndToEndTests
{
    private const string Good = "{ \"id\": \"good\", \"title\": \"好的版本\", \"years\": [114], \"levels\": [ { \"name\": \"執行策略\", \"numbering\": \"chinese-comma\" } ], \"nodes\": [ { \"key\": \"Basic\", \"title\": \"完備基礎服務\" } ] }\n";

    // Line 3 has Chinese before the error, so a byte-counted column would be wrong.
    private const string Broken = "{\n  \"id\": \"broken\",\n  \"title\": \"端對端測試\" \"years\": [114],\n  \"levels\": [], \"nodes\": []\n}\n";

    [Fact]
    public void DotnetBuildPrintsLocatedSEErrorsAndHonoursTheOptOut()
    {
        string dir = Path.Combine(Path.GetTempPath(), "se-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "criteria"));
        try
        {
            string src = Path.Combine(Harness.Root, "src");
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{src}/ServiceEfficiency.Model/buildTransitive/ServiceEfficiency.Model.props" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>Consumer</RootNamespace>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{src}/ServiceEfficiency.Model/ServiceEfficiency.Model.csproj" />
                    <ProjectReference Include="{src}/ServiceEfficiency.Generators/ServiceEfficiency.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(dir, "Use.cs"), "#if !NO_CATALOGUE\nnamespace Consumer { public static class Use { public static string Code => Criteria.Good.Basic.Code; } }\n#endif\n");
            File.WriteAllText(Path.Combine(dir, "criteria", "good.criteria.json"), Good);
            string broken = Path.Combine(dir, "criteria", "broken.criteria.json");
            File.WriteAllText(broken, Broken);

            // 1. The glob picks up both files: the good one compiles (Use.cs), the broken one is reported where it is broken.
            (int exit, string output) = Build(dir);
            Assert.NotEqual(0, exit);
            int column = Broken.Split('\n')[2].IndexOf("\"years\"", StringComparison.Ordinal) + 1;
            Assert.Matches(Regex.Escape(broken) + $@"\(3,{column}\): error SE0001: Malformed JSON: ", output);
            Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"error CS\d{4}", output);

            // 2. Opted out: no criteria file reaches the generator.
            (exit, output) = Build(dir, "-p:ServiceEfficiencyIncludeCriteriaFiles=false", "-p:DefineConstants=NO_CATALOGUE");
            Assert.True(exit == 0, output);
            Assert.DoesNotContain("SE0", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Build(string dir, params string[] extra)
    {
        // The configuration the tests were built in, so the referenced projects are up to date and not rebuilt.
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "build", "Consumer.csproj", "-c", configuration, "-p:BuildProjectReferences=false", "-nodeReuse:false", "-clp:NoSummary", "--nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (string arg in extra)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build did not finish in 5 minutes:\n" + stdout);
        }

        return (process.ExitCode, stdout + stderr.Result);
    }
}

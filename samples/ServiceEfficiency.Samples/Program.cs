// Loads every sample criteria edition and document, validates each document against its edition,
// prints a readable summary and renders each document to OUT_DIR (default: out/ beside samples/)
// in every format: name.md, name.html, name.fodt, name.odt. The bundled editions are also compiled
// into this program by the criteria generator (ServiceEfficiency.Samples.Criteria.*): the program
// uses those typed catalogues and checks that the files it loads still match them.
// Usage: dotnet run --project samples/ServiceEfficiency.Samples [-- SAMPLES_DIR [OUT_DIR]]
// Exit code: 0 when every file loaded and rendered (validation findings are part of the report), 1 otherwise.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Samples.Criteria;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Validation;

Console.OutputEncoding = Encoding.UTF8;
string samples = args.Length > 0 ? args[0] : FindSamples();
string outDir = args.Length > 1 ? args[1] : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(samples)) ?? ".", "out");
bool loadFailed = false;
var renderer = new DocumentRenderer();

// The typed catalogues generated at build time from samples/criteria/*.criteria.json.
var compiled = new Dictionary<string, CriteriaEdition>(StringComparer.Ordinal)
{
    [ServiceAwardOverall.Id] = ServiceAwardOverall.Edition,
    [ServiceUpgradeProgram.Id] = ServiceUpgradeProgram.Edition,
};

// Criteria this summary singles out, named through the typed catalogues: if the award criteria
// rename or drop one, this program stops compiling instead of printing a wrong report.
var watched = new Dictionary<string, Criterion[]>(StringComparer.Ordinal)
{
    // The only scored item below a 構面 (33分), and the 書表謄本 strategy both editions share.
    [ServiceAwardOverall.Id] = new[] { ServiceAwardOverall.BasicService.Friendliness.BehaviorFriendliness.Node, ServiceAwardOverall.ServiceDelivery.Convenience.ReduceRequiredDocuments },
    [ServiceUpgradeProgram.Id] = new[] { ServiceUpgradeProgram.ConvenientServiceDelivery.ReduceRequiredDocuments },
};

var editions = new Dictionary<string, CriteriaEdition>(StringComparer.Ordinal);
foreach (string path in Directory.GetFiles(Path.Combine(samples, "criteria"), "*.criteria.json").OrderBy(p => p, StringComparer.Ordinal))
{
    LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.LoadFile(path);
    Print(loaded.Diagnostics);
    if (loaded.Value is null)
    {
        loadFailed = true;
        continue;
    }

    CriteriaEdition edition = loaded.Value;
    if (compiled.TryGetValue(edition.Id, out CriteriaEdition? catalogue))
    {
        // Same edition: use the compiled one, unless the file was changed after the build.
        if (SameTree(catalogue, edition))
        {
            edition = catalogue;
        }
        else
        {
            Console.WriteLine($"{path}: the file differs from the catalogue compiled into this program; rebuild to update it. Using the file.");
        }
    }

    editions[edition.Id] = edition;
    Console.WriteLine($"評核架構 {edition.Title} ({edition.Id}) — {string.Join("、", edition.Years.Select(y => y + "年"))}，{edition.AllNodes().Count()} 個節點" +
                      (edition.TotalPoints is int total ? $"，總分 {total} 分" : string.Empty));
}

foreach (string path in Directory.GetFiles(Path.Combine(samples, "data"), "*.json").OrderBy(p => p, StringComparer.Ordinal))
{
    Console.WriteLine();
    Console.WriteLine(new string('=', 72));
    LoadResult<ServiceDocument> loaded = DocumentLoader.LoadFile(path);
    if (loaded.Value is null)
    {
        Print(loaded.Diagnostics);
        loadFailed = true;
        continue;
    }

    ServiceDocument document = loaded.Value;
    Console.WriteLine($"{document.Title}  [{Path.GetFileName(path)}]");
    if (!editions.TryGetValue(document.EditionId, out CriteriaEdition? edition))
    {
        Console.WriteLine($"  edition '{document.EditionId}' not found among the samples");
        loadFailed = true;
        continue;
    }

    Console.WriteLine($"  {(document.Kind == DocumentKind.Plan ? "執行計畫" : "執行績效與成果")} · {document.Agency.Name} · {document.Year}年 · {edition.Title}");
    PrintCoverage(document, edition);
    PrintWatched(document, edition, watched.TryGetValue(edition.Id, out Criterion[]? named) ? named : Array.Empty<Criterion>());
    IReadOnlyList<Diagnostic> diagnostics = loaded.Diagnostics.Concat(ComplianceValidator.Validate(loaded, edition)).ToList();
    Console.WriteLine($"  Diagnostics: {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s), {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warning(s), {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info)} info");
    Print(diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info), "    ");
    PrintSchedule(document, edition);
    if (document is ImplementationPlan { Sections.Rewards.CommendationPolicy: CommendationPolicy policy })
    {
        PrintCommendations(policy);
    }

    loadFailed |= !RenderAll(renderer, document, edition, Path.GetFileNameWithoutExtension(path), outDir);
}

return loadFailed ? 1 : 0;

static bool SameTree(CriteriaEdition a, CriteriaEdition b) =>
    a.Title == b.Title && a.AllNodes().Select(n => n.KeyPath + "=" + n.Title + "=" + n.Points).SequenceEqual(b.AllNodes().Select(n => n.KeyPath + "=" + n.Title + "=" + n.Points));
static bool RenderAll(DocumentRenderer renderer, ServiceDocument document, CriteriaEdition edition, string name, string outDir)
{
    Directory.CreateDirectory(outDir);
    var written = new List<string>();
    foreach (DocumentFormat format in DocumentFormats.All)
    {
        string file = Path.Combine(outDir, name + format.FileExtension);
        try
        {
            renderer.RenderToFile(document, edition, format, file);
            written.Add(Path.GetFileName(file));
        }
        catch (TemplateRenderException ex)
        {
            Print(ex.Diagnostics, "  ");
            return false;
        }
    }

    Console.WriteLine($"  Rendered to {outDir}: {string.Join(", ", written)}");
    return true;
}

static void PrintWatched(ServiceDocument document, CriteriaEdition edition, IEnumerable<Criterion> named)
{
    foreach (Criterion criterion in named)
    {
        // By key path: the edition may have been loaded from a file changed since the build.
        Criterion? node = edition.FindByKeyPath(criterion.KeyPath);
        int entries = node is null ? 0 : document.Entries().Select(e => edition.Resolve(e.Criterion)).Count(n => n is not null && (node.Contains(n) || n.Contains(node)));
        string points = criterion.Points is int p ? $"（{p}分）" : string.Empty;
        Console.WriteLine($"  {criterion.Code} {criterion.Title}{points}: {entries} 筆");
    }
}

static void PrintCoverage(ServiceDocument document, CriteriaEdition edition)
{
    Console.WriteLine($"  Coverage per {edition.Levels[0].Name}:");
    var addressed = document.Entries().Select(e => edition.Resolve(e.Criterion)).Where(n => n is not null).Select(n => n!).ToList();
    foreach (Criterion top in edition.Nodes)
    {
        var leaves = top.DescendantsAndSelf().Where(n => n.IsLeaf).ToList();
        int covered = leaves.Count(leaf => addressed.Any(a => a.Contains(leaf)));
        int entries = addressed.Count(a => top.Contains(a));
        string points = top.Points is int p ? $"（{p}分）" : string.Empty;
        Console.WriteLine($"    {top.Heading}{points}: {entries} 筆, {covered}/{leaves.Count} 項已涵蓋");
    }
}

static void PrintSchedule(ServiceDocument document, CriteriaEdition edition)
{
    Console.WriteLine($"  Deadlines of {document.Year}年 for a {document.Agency.Level.ToString().ToLowerInvariant()}:");
    foreach (ScheduledDeadline deadline in ReportingSchedule.For(edition, document.Year, document.Agency.Level))
    {
        Console.WriteLine($"    {deadline.When,-16} {deadline.Rule.Title}");
    }
}

static void PrintCommendations(CommendationPolicy policy)
{
    const AwardOutcome outcome = AwardOutcome.SiteVisit;
    Console.WriteLine($"  Commendations when the unit is {outcome.Name()}{(policy.HighestOnly ? "（同時符合者以最高額度辦理，不得重複敘獎）" : string.Empty)}:");
    foreach (CommendationRole role in Enum.GetValues<CommendationRole>())
    {
        CommendationRule? rule = policy.RuleFor(outcome, role);
        string granted = rule is null ? "—" : (rule.UpTo ? "最高" : string.Empty) + rule.Commendation + $"（{rule.Label}）";
        Console.WriteLine($"    {role.Name(),-12} {granted}");
    }

    var nominee = new Nominee("王小明", new[] { new Qualification(outcome, CommendationRole.Head), new Qualification(AwardOutcome.Award, CommendationRole.LeadOfficer) });
    CommendationGrant? highest = policy.Evaluate(new[] { nominee })[0].Highest;
    Console.WriteLine($"    e.g. {nominee.Name}: {string.Join("、", nominee.Qualifications)} → {highest?.Commendation.ToString() ?? "—"}（{highest?.Rule.Label}）");
}

static void Print(IEnumerable<Diagnostic> diagnostics, string indent = "")
{
    foreach (Diagnostic diagnostic in diagnostics)
    {
        Console.WriteLine(indent + diagnostic);
    }
}

static string FindSamples()
{
    for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        string candidate = Path.Combine(dir.FullName, "samples");
        if (Directory.Exists(Path.Combine(candidate, "criteria")))
        {
            return candidate;
        }
    }

    return "samples";
}

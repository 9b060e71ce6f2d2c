using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ServiceEfficiency.Generators.Model;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Generators;

/// <summary>
/// Turns every <c>*.criteria.json</c> AdditionalFile into a typed catalogue of its criteria
/// edition. Each file is read once into an equatable model; code and diagnostics are separate
/// outputs, so an edit that changes only a message does not re-emit code, and an edit of one file
/// or of C# code does not re-emit the other catalogues.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CriteriaCatalogueGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for the incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>One criteria file read into a model and its diagnostics.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>The diagnostics of one file.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>The catalogue model of one valid file.</summary>
        public const string Catalogue = nameof(Catalogue);

        /// <summary>The class names of all catalogues, to find two files making the same class.</summary>
        public const string ClassNames = nameof(ClassNames);

        /// <summary>Whether the compilation references ServiceEfficiency.Model.</summary>
        public const string ModelReferenced = nameof(ModelReferenced);

        /// <summary>A catalogue that will be emitted.</summary>
        public const string Emit = nameof(Emit);
    }

    /// <summary>The metadata name whose presence tells that the Model library is referenced.</summary>
    internal const string EditionTypeName = "ServiceEfficiency.Criteria.CriteriaEdition";

    /// <summary>
    /// The AdditionalFiles metadata (<c>true</c>) with which the Model package's props hand the generator the
    /// editions it ships (buildTransitive/criteria/); made visible to the compiler by the same props.
    /// </summary>
    internal const string ShippedMetadata = "ServiceEfficiencyShippedEdition";

    private static readonly string Version = typeof(CriteriaCatalogueGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<FileResult> files = context.AdditionalTextsProvider
            .Where(static text => Naming.IsCriteriaFile(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                (AdditionalText text, AnalyzerConfigOptionsProvider options) = pair;
                NameSettings names = ReadNames(text, options);
                SourceText? source = text.GetText(cancellationToken);
                FileResult result = CriteriaParser.Parse(text.Path, source?.ToString(), names, cancellationToken, source?.Encoding);
                return IsShipped(text, options) && result.Catalogue is CatalogueModel catalogue
                    ? result with { Catalogue = catalogue with { Shipped = true } }
                    : result;
            })
            .WithTrackingName(Steps.Parse);

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = files
            .Select(static (file, _) => file.Diagnostics)
            .WithTrackingName(Steps.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (DiagnosticInfo diagnostic in list)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        IncrementalValuesProvider<CatalogueModel> catalogues = files
            .Where(static file => file.Catalogue is not null)
            .Select(static (file, _) => file.Catalogue!)
            .WithTrackingName(Steps.Catalogue);

        // Two files may make the same class (same file name in two folders, or a ClassName override):
        // the first path in ordinal order keeps it, the others are reported and not emitted. A file shipped
        // in the Model package gives way to the consumer's own: to one of the same edition id, and to one
        // that makes the same class (SE0016, Resolve).
        IncrementalValueProvider<EquatableArray<ClassClaim>> classNames = catalogues
            .Select(static (c, _) => ClassClaim.Of(c))
            .Collect()
            .Select(static (claims, _) => claims.OrderBy(c => c.FullName, StringComparer.Ordinal).ThenBy(c => c.Shipped).ThenBy(c => c.FilePath, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(Steps.ClassNames);

        // A bool, not the compilation: it stays Unchanged across C# edits, so nothing after it reruns.
        IncrementalValueProvider<bool> modelReferenced = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(EditionTypeName) is not null)
            .WithTrackingName(Steps.ModelReferenced);

        context.RegisterSourceOutput(classNames.Combine(modelReferenced), static (spc, pair) =>
        {
            (EquatableArray<ClassClaim> all, bool referenced) = pair;
            (List<ClassClaim> claims, List<Replacement> replacements) = Resolve(all);
            foreach (Replacement replacement in replacements)
            {
                MessageArgument message = replacement.SameId
                    ? MessageArgument.Of(Messages.SE0016SameId, replacement.Shipped.Id, replacement.Shipped.Title, replacement.Shipped.FullName)
                    : MessageArgument.Of(Messages.SE0016SameClass, replacement.Shipped.FullName, replacement.Shipped.Id, replacement.Shipped.Title);
                spc.ReportDiagnostic(Diagnostic.Create(Descriptors.ReplacesShippedEdition, FileStart(replacement.Consumer.FilePath), message.ForRoslyn()));
            }

            for (int i = 0; i < claims.Count; i++)
            {
                // A shipped file is in the package, not the consumer's project: no catalogue, and no error on it.
                if (!referenced && !claims[i].Shipped)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(Descriptors.ModelNotReferenced, FileStart(claims[i].FilePath)));
                }

                // The same file listed twice (an explicit AdditionalFiles item besides the glob) is one file.
                if (i > 0 && claims[i].FullName == claims[i - 1].FullName && claims[i].FilePath != claims[i - 1].FilePath)
                {
                    int owner = i - 1;
                    while (owner > 0 && claims[owner - 1].FullName == claims[i].FullName)
                    {
                        owner--;
                    }

                    spc.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateClass, FileStart(claims[i].FilePath), claims[owner].FilePath, claims[i].FullName));
                }
            }
        });

        // One catalogue per class: of files making the same class the first path in ordinal order wins,
        // and a file listed twice counts once. SelectMany keeps one value per catalogue, so the driver
        // still compares them one by one and re-emits only those that changed.
        IncrementalValuesProvider<CatalogueModel> emitted = catalogues
            .Collect()
            .Combine(modelReferenced)
            .SelectMany(static (pair, _) => pair.Right ? Owners(pair.Left) : ImmutableArray<CatalogueModel>.Empty)
            .WithTrackingName(Steps.Emit);
        context.RegisterSourceOutput(emitted, static (spc, model) =>
        {
            string code;
            try
            {
                code = CatalogueEmitter.Emit(model, Version);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug of ours must not become CS8785, which hides every other diagnostic.
                spc.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, FileStart(model.FilePath), e.GetType().Name, e.Message));
                return;
            }

            spc.AddSource(CatalogueEmitter.HintName(model), SourceText.From(code, System.Text.Encoding.UTF8));
        });
    }

    /// <summary>
    /// The claims that keep a chance of a class, ordered by class name, the consumer's own files before
    /// shipped ones, then by path; and the shipped files that give way to a consumer's file: to one with
    /// the same edition id (the first such path), else to one making the same class.
    /// </summary>
    internal static (List<ClassClaim> Kept, List<Replacement> Replacements) Resolve(IEnumerable<ClassClaim> claims)
    {
        List<ClassClaim> ordered = claims
            .OrderBy(c => c.FullName, StringComparer.Ordinal)
            .ThenBy(c => c.Shipped)
            .ThenBy(c => c.FilePath, StringComparer.Ordinal)
            .ToList();
        var byId = new Dictionary<string, ClassClaim>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, ClassClaim>(StringComparer.Ordinal);
        foreach (ClassClaim claim in ordered.Where(c => !c.Shipped))
        {
            if (!byId.TryGetValue(claim.Id, out ClassClaim? first) || string.CompareOrdinal(claim.FilePath, first.FilePath) < 0)
            {
                byId[claim.Id] = claim;
            }

            if (!byClass.ContainsKey(claim.FullName))
            {
                byClass[claim.FullName] = claim;
            }
        }

        var kept = new List<ClassClaim>(ordered.Count);
        var replacements = new List<Replacement>();
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (ClassClaim claim in ordered)
        {
            if (claim.Shipped && byId.TryGetValue(claim.Id, out ClassClaim? sameId))
            {
                if (replaced.Add(claim.FilePath))
                {
                    replacements.Add(new Replacement(sameId, claim, SameId: true));
                }
            }
            else if (claim.Shipped && byClass.TryGetValue(claim.FullName, out ClassClaim? sameClass))
            {
                if (replaced.Add(claim.FilePath))
                {
                    replacements.Add(new Replacement(sameClass, claim, SameId: false));
                }
            }
            else
            {
                kept.Add(claim);
            }
        }

        return (kept, replacements);
    }

    private static ImmutableArray<CatalogueModel> Owners(ImmutableArray<CatalogueModel> catalogues)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ClassClaim claim in Resolve(catalogues.Select(ClassClaim.Of)).Kept)
        {
            // Kept is ordered: the first claim of a class is its owner.
            if (!owners.ContainsKey(claim.FullName))
            {
                owners[claim.FullName] = claim.FilePath;
            }
        }

        ImmutableArray<CatalogueModel>.Builder result = ImmutableArray.CreateBuilder<CatalogueModel>();
        foreach (CatalogueModel catalogue in catalogues)
        {
            // Removing the owner once it is taken makes a file listed twice count once.
            if (owners.TryGetValue(catalogue.FullName, out string? owner) && owner == catalogue.FilePath && owners.Remove(catalogue.FullName))
            {
                result.Add(catalogue);
            }
        }

        return result.ToImmutable();
    }

    private static NameSettings ReadNames(AdditionalText text, AnalyzerConfigOptionsProvider provider)
    {
        AnalyzerConfigOptions file = provider.GetOptions(text);
        AnalyzerConfigOptions global = provider.GlobalOptions;
        file.TryGetValue("build_metadata.AdditionalFiles.ClassName", out string? className);
        file.TryGetValue("build_metadata.AdditionalFiles.Namespace", out string? ns);
        global.TryGetValue("build_property.ServiceEfficiencyCriteriaNamespace", out string? nsProperty);
        global.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
        return new NameSettings(className, ns, nsProperty, rootNamespace);
    }

    /// <summary>Whether the file is one of the editions shipped in the Model package (metadata set by its props).</summary>
    private static bool IsShipped(AdditionalText text, AnalyzerConfigOptionsProvider provider) =>
        provider.GetOptions(text).TryGetValue("build_metadata.AdditionalFiles." + ShippedMetadata, out string? value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static Location FileStart(string path) =>
        Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));

    /// <summary>A class a catalogue will be, the file it comes from, its edition and whether the file is shipped.</summary>
    internal sealed record ClassClaim(string FullName, string FilePath, string Id, string Title, bool Shipped)
    {
        public static ClassClaim Of(CatalogueModel catalogue) => new(catalogue.FullName, catalogue.FilePath, catalogue.Id, catalogue.Title, catalogue.Shipped);
    }

    /// <summary>A shipped file that gives way to the consumer's file, for the same edition id or only the same class.</summary>
    internal sealed record Replacement(ClassClaim Consumer, ClassClaim Shipped, bool SameId);
}

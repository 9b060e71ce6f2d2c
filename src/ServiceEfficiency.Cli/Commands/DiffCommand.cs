using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Migration;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>diff OLD NEW [--document DOC]</c>: what changed between two editions, and where a document's entries go.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var oldEdition = new Argument<string>("old") { Description = "The criteria edition the document was written for." };
        var newEdition = new Argument<string>("new") { Description = "The new criteria edition." };
        var document = new Option<string?>("--document", "-d") { Description = "A plan or results document written for OLD: shows where each of its entries belongs in NEW.", HelpName = "DOC.json" };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        Option<string> output = CommonOptions.Output("Where to write the report (default: standard output).");

        var command = new Command("diff", Help.Text(
            "Compares two criteria editions: nodes added, removed, renamed (same key, new title), moved, points changed. With --document, lists which entries no longer map and where each most likely belongs now.",
            "Nodes are matched by key path, then by key, then by title; suggestions rank the new criteria by shared wording. Exit code 0 when the report was written.",
            "service-efficiency diff samples/criteria/service-award-overall.criteria.json samples/criteria/service-upgrade-program.criteria.json",
            "service-efficiency diff old.criteria.json new.criteria.json --document samples/data/tainan-111-plan.json --format json"))
        {
            oldEdition, newEdition, document, format, output,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
            parseResult.GetRequiredValue(oldEdition),
            parseResult.GetRequiredValue(newEdition),
            parseResult.GetValue(document),
            parseResult.GetRequiredValue(format),
            parseResult.GetRequiredValue(output),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string oldPath, string newPath, string? documentPath, string format, string output, TextWriter error, CancellationToken cancellationToken)
    {
        CriteriaEdition? oldEdition = EditionInput.Load(oldPath, error);
        CriteriaEdition? newEdition = EditionInput.Load(newPath, error);
        ServiceDocument? document = null;
        if (documentPath is not null)
        {
            LoadResult<ServiceDocument> loaded = CliFiles.Load(documentPath, (stream, name) => DocumentLoader.Load(stream, name));
            DiagnosticReport.WriteText(error, loaded.Diagnostics.Where(d => d.IsError));
            document = loaded.Diagnostics.Any(d => d.IsError) ? null : loaded.Value;
            if (document is null)
            {
                return ExitCodes.InputErrors;
            }
        }

        if (oldEdition is null || newEdition is null)
        {
            return ExitCodes.InputErrors;
        }

        if (document is not null && document.EditionId != oldEdition.Id)
        {
            error.WriteLine("warning: " + Messages.CliDocumentOtherEdition.Format(documentPath, document.EditionId, oldEdition.Id));
        }

        CriteriaComparison comparison = CriteriaComparison.Compare(oldEdition, newEdition);
        IReadOnlyList<EntryMapping>? mappings = document is null ? null : DocumentMigration.Map(document, comparison);
        string report = format == "json" ? Json(comparison, documentPath, mappings) : Text(comparison, documentPath, mappings);
        await CliFiles.WriteTextAsync(output, report, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Text(CriteriaComparison comparison, string? documentPath, IReadOnlyList<EntryMapping>? mappings)
    {
        var b = new StringBuilder();
        b.Append("== ").Append(comparison.OldEdition).Append(" → ").Append(comparison.NewEdition).Append('\n');
        foreach (CriteriaChange change in comparison.Changes)
        {
            b.Append(change).Append('\n');
        }

        b.Append(string.Join(", ", Counts(comparison))).Append('\n');
        if (mappings is null)
        {
            return b.ToString();
        }

        b.Append('\n').Append("== ").Append(documentPath).Append(": ").Append(mappings.Count).Append(" entries: ")
            .Append(string.Join(", ", new[] { EntryMappingStatus.Maps, EntryMappingStatus.Moved, EntryMappingStatus.NoLongerMaps, EntryMappingStatus.Unresolved }
                .Select(s => mappings.Count(m => m.Status == s) + " " + StatusName(s))))
            .Append('\n');
        foreach (EntryMapping mapping in mappings)
        {
            b.Append(StatusName(mapping.Status).PadRight(15)).Append(mapping.Entry.Criterion);
            if (mapping.OldNode is Criterion old)
            {
                b.Append(' ').Append(Short(old.Title));
            }

            if (mapping.NewNode is Criterion node)
            {
                b.Append(" → ").Append(mapping.NewReference).Append(' ').Append(node.KeyPath).Append(' ').Append(Short(node.Title));
            }

            if (mapping.Candidates.Count > 0)
            {
                b.Append(" (").Append(string.Join("; ", mapping.Candidates.Select(c => c.Node.Code + " " + c.Score.ToString("0.00", CultureInfo.InvariantCulture)))).Append(')');
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private static string Json(CriteriaComparison comparison, string? documentPath, IReadOnlyList<EntryMapping>? mappings) =>
        JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("old", comparison.OldEdition.Id);
            w.WriteString("new", comparison.NewEdition.Id);
            w.WriteStartArray("changes");
            foreach (CriteriaChange change in comparison.Changes)
            {
                w.WriteStartObject();
                w.WriteString("kind", KindName(change.Kind));
                WriteNode(w, "old", change.OldNode);
                WriteNode(w, "new", change.NewNode);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (mappings is not null)
            {
                w.WriteString("document", documentPath);
                w.WriteStartArray("entries");
                foreach (EntryMapping mapping in mappings)
                {
                    w.WriteStartObject();
                    w.WriteString("criterion", mapping.Entry.Criterion);
                    w.WriteString("status", StatusName(mapping.Status));
                    WriteNode(w, "old", mapping.OldNode);
                    WriteNode(w, "new", mapping.NewNode);
                    w.WriteString("newReference", mapping.NewReference);
                    w.WriteStartArray("candidates");
                    foreach (MappingCandidate candidate in mapping.Candidates)
                    {
                        w.WriteStartObject();
                        w.WriteString("keyPath", candidate.Node.KeyPath);
                        w.WriteString("code", candidate.Node.Code);
                        w.WriteNumber("score", System.Math.Round(candidate.Score, 4));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        });

    private static void WriteNode(System.Text.Json.Utf8JsonWriter w, string name, Criterion? node)
    {
        if (node is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("keyPath", node.KeyPath);
        w.WriteString("code", node.Code);
        w.WriteString("title", node.Title);
        if (node.Points is int points)
        {
            w.WriteNumber("points", points);
        }

        w.WriteEndObject();
    }

    private static IEnumerable<string> Counts(CriteriaComparison comparison) =>
        new[] { CriteriaChangeKind.Added, CriteriaChangeKind.Removed, CriteriaChangeKind.Renamed, CriteriaChangeKind.Moved, CriteriaChangeKind.PointsChanged }
            .Select(k => comparison.Changes.Count(c => c.Kind == k) + " " + KindName(k));

    private static string KindName(CriteriaChangeKind kind) => kind == CriteriaChangeKind.PointsChanged ? "points-changed" : kind.ToString().ToLowerInvariant();

    private static string StatusName(EntryMappingStatus status) => status switch
    {
        EntryMappingStatus.Maps => "maps",
        EntryMappingStatus.Moved => "moved",
        EntryMappingStatus.NoLongerMaps => "no-longer-maps",
        _ => "unresolved",
    };

    private static string Short(string text) => text.Length <= 24 ? text : text.Substring(0, 23) + "…";
}

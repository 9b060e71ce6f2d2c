using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Cli;

/// <summary>
/// What a render did with each document and each output, for the final summary and for
/// <c>render --report</c> (JSON; docs/cli.md describes the fields): a caller of a multi-document
/// run that failed part-way learns which outputs exist and which do not.
/// </summary>
internal sealed class RenderReport
{
    /// <summary>The documents in the order given.</summary>
    public List<DocumentOutcome> Documents { get; } = new();

    /// <summary>The outputs written.</summary>
    public int Written => Documents.Sum(d => d.Outputs.Count(o => o.Status == OutputStatus.Written));

    /// <summary>All outputs planned.</summary>
    public int Total => Documents.Sum(d => d.Outputs.Count);

    /// <summary>The outputs that were planned and not written.</summary>
    public IEnumerable<OutputOutcome> NotWritten => Documents.SelectMany(d => d.Outputs).Where(o => o.Status != OutputStatus.Written);

    /// <summary>The JSON of <c>--report</c>.</summary>
    public string ToJson(int exitCode) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("exitCode", exitCode);
        w.WriteNumber("written", Written);
        w.WriteNumber("total", Total);
        w.WriteStartArray("documents");
        foreach (DocumentOutcome document in Documents)
        {
            w.WriteStartObject();
            w.WriteString("input", document.Input);
            w.WriteString("status", document.Status switch
            {
                DocumentStatus.Rendered => "rendered",
                DocumentStatus.RenderedWithErrors => "rendered-with-errors",
                DocumentStatus.Incomplete => "incomplete",
                DocumentStatus.NotRendered => "not-rendered",
                _ => "failed",
            });
            WriteError(w, document.Error);
            w.WriteStartArray("outputs");
            foreach (OutputOutcome output in document.Outputs)
            {
                w.WriteStartObject();
                w.WriteString("format", output.Format);
                w.WriteString("path", output.Path);
                w.WriteString("status", output.Status switch
                {
                    OutputStatus.Written => "written",
                    OutputStatus.Failed => "failed",
                    _ => "not-written",
                });
                WriteError(w, output.Error);
                w.WritePropertyName("diagnostics");
                DiagnosticReport.WriteJson(w, output.Diagnostics);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("diagnostics");
            DiagnosticReport.WriteJson(w, document.Diagnostics);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteError(System.Text.Json.Utf8JsonWriter w, string? error)
    {
        if (error is null)
        {
            w.WriteNull("error");
        }
        else
        {
            w.WriteString("error", error);
        }
    }
}

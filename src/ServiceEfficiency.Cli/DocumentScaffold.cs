using System;
using System.Linq;
using System.Text.Json;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Cli;

/// <summary>
/// A new plan or results document for an edition, with one empty entry per leaf criterion, in the
/// document format of docs/data-formats.md — ready to fill, and loadable as it is.
/// </summary>
internal static class DocumentScaffold
{
    public static string Create(CriteriaEdition edition, DocumentKind kind, string agency, AgencyLevel level, int year) =>
        JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("kind", JsonNames.Of(kind));
            w.WriteString("edition", edition.Id);
            w.WriteNumber("year", year);
            w.WriteString("title", StandardTitle.Of(agency, year, kind));
            w.WriteStartObject("agency");
            w.WriteString("name", agency);
            w.WriteString("level", JsonNames.Of(level));
            w.WriteStartArray("units");
            w.WriteEndArray();
            w.WriteEndObject();
            if (kind == DocumentKind.Plan)
            {
                WriteSections(w);
            }

            w.WriteStartArray("tables");
            foreach (Criterion top in edition.Nodes)
            {
                WriteTable(w, top, kind);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    // Every section of a plan, numbered 壹、貳、… in the order the seed plans print them.
    private static void WriteSections(Utf8JsonWriter w)
    {
        w.WriteStartObject("sections");
        PlanSectionKind[] kinds = (PlanSectionKind[])Enum.GetValues(typeof(PlanSectionKind));
        for (int i = 0; i < kinds.Length; i++)
        {
            w.WriteStartObject(kinds[i].JsonName());
            w.WriteString("label", SectionLabels.Label(kinds[i]));
            w.WriteString("title", SectionLabels.Title(kinds[i]));
            // 計畫依據 lists references (issuer, date, 文號), the other sections content.
            w.WriteStartArray(kinds[i] == PlanSectionKind.Basis ? "references" : "content");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, Criterion top, DocumentKind kind)
    {
        string contentColumn = kind == DocumentKind.Plan ? "actions" : "results";
        w.WriteStartObject();
        w.WriteString("title", TableHeading.Of(top));
        w.WriteString("criterion", top.KeyPath);
        w.WriteStartArray("columns");
        WriteColumn(w, "strategy", DefaultColumns.Title(ColumnRole.Strategy));
        WriteColumn(w, "leadUnits", DefaultColumns.Title(ColumnRole.LeadUnits));
        WriteColumn(w, contentColumn, DefaultColumns.Title(DefaultColumns.ContentRole(kind)));
        w.WriteEndArray();
        w.WriteStartArray("entries");
        foreach (Criterion leaf in top.DescendantsAndSelf().Where(n => n.IsLeaf))
        {
            w.WriteStartObject();
            w.WriteString("criterion", leaf.KeyPath);
            w.WriteStartArray("leadUnits");
            w.WriteEndArray();
            w.WriteStartArray(contentColumn);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter w, string role, string title)
    {
        w.WriteStartObject();
        w.WriteString("role", role);
        w.WriteString("title", title);
        w.WriteEndObject();
    }
}

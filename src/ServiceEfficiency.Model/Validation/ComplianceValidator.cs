using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Numbering;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Validation;

/// <summary>
/// Checks a plan or results report against its criteria edition and returns located diagnostics
/// (SE1010 and up; see docs/diagnostics.md). The document is never changed.
/// </summary>
public static class ComplianceValidator
{
    // A leading label in a strategy cell: (1) （一） 1. 一、 構面一：
    private static readonly Regex LeadingLabel = new(@"^\s*(?:[(（]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9]+\s*[.．、]|[一二三四五六七八九十]+\s*、)\s*", RegexOptions.CultureInvariant);

    /// <summary>Validates a loaded document; its source map locates every finding.</summary>
    /// <param name="document">The result of loading a plan or results report; the load must have succeeded (its value is not null).</param>
    /// <param name="edition">The criteria edition the document is written for.</param>
    public static IReadOnlyList<Diagnostic> Validate(LoadResult<ServiceDocument> document, CriteriaEdition edition)
    {
        if (document?.Value is null)
        {
            throw new ArgumentException(Messages.ApiDocumentNotLoaded.Format(), nameof(document));
        }

        return Validate(document.Value, edition, document.SourceMap);
    }

    /// <summary>Validates a document against <paramref name="edition"/>.</summary>
    /// <param name="document">The plan or results report.</param>
    /// <param name="edition">The edition it follows.</param>
    /// <param name="sourceMap">Where the document's values are; without it, diagnostics carry only JSON paths.</param>
    public static IReadOnlyList<Diagnostic> Validate(ServiceDocument document, CriteriaEdition edition, JsonSourceMap? sourceMap = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (edition is null)
        {
            throw new ArgumentNullException(nameof(edition));
        }

        var run = new Run(document, edition, sourceMap ?? JsonSourceMap.Empty());
        run.CheckHeader();
        if (!string.Equals(document.EditionId, edition.Id, StringComparison.Ordinal))
        {
            // Checked against the wrong edition, every criterion would be reported as unknown and
            // every node as unaddressed; the mismatch alone says what is wrong.
            return run.Diagnostics;
        }

        run.CheckSections();
        run.CheckTables();
        run.CheckCoverage();
        return run.Diagnostics;
    }

    private sealed class Run
    {
        private readonly ServiceDocument _document;
        private readonly CriteriaEdition _edition;
        private readonly JsonSourceMap _map;
        private readonly List<(Criterion Node, string TablePath)> _addressed = new();
        private readonly Dictionary<string, string?> _suggestions = new(StringComparer.Ordinal);

        public Run(ServiceDocument document, CriteriaEdition edition, JsonSourceMap map)
        {
            _document = document;
            _edition = edition;
            _map = map;
        }

        public List<Diagnostic> Diagnostics { get; } = new();

        public void CheckHeader()
        {
            if (!string.Equals(_document.EditionId, _edition.Id, StringComparison.Ordinal))
            {
                Report(DiagnosticCodes.EditionMismatch, "$.edition", Messages.SE1011.Format(_document.EditionId, _edition.Title, _edition.Id));
            }

            if (!_edition.AppliesTo(_document.Year))
            {
                string years = string.Join("、", _edition.Years.Select(y => y.ToString(CultureInfo.InvariantCulture) + "年"));
                Report(DiagnosticCodes.YearOutsideEdition, "$.year", Messages.SE1012.Format(_document.Year, _edition.Title, years));
            }

            string suffix = StandardTitle.KindTitle(_document.Kind);
            string expected = StandardTitle.Of(_document);
            if (!string.Equals(TextSimilarity.ComparisonKey(_document.Title), TextSimilarity.ComparisonKey(expected), StringComparison.Ordinal))
            {
                Report(DiagnosticCodes.NonstandardTitle, "$.title", Messages.SE1021.Format(_document.Title, suffix, expected), expected);
            }
        }

        public void CheckSections()
        {
            if (_document is not ImplementationPlan plan)
            {
                return;
            }

            foreach (PlanSectionKind kind in _edition.RequiredPlanSections)
            {
                if (plan.Sections.Get(kind) is null)
                {
                    Report(DiagnosticCodes.MissingPlanSection, "$.sections." + kind.JsonName(), Messages.SE1013.Format(kind.Title(), kind.JsonName(), _edition.Title));
                }
            }

            PlanSection?[] all =
            {
                plan.Sections.Goals, plan.Sections.Participants, plan.Sections.Strategies, plan.Sections.Steps,
                plan.Sections.Assessment, plan.Sections.Rewards, plan.Sections.Closing,
            };
            PlanSectionKind[] kinds =
            {
                PlanSectionKind.Goals, PlanSectionKind.Participants, PlanSectionKind.Strategies, PlanSectionKind.Steps,
                PlanSectionKind.Assessment, PlanSectionKind.Rewards, PlanSectionKind.Closing,
            };
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] is PlanSection section)
                {
                    CheckNumbering(section.Content, "$.sections." + kinds[i].JsonName() + ".content");
                }
            }
        }

        public void CheckTables()
        {
            for (int t = 0; t < _document.Tables.Count; t++)
            {
                StrategyTable table = _document.Tables[t];
                string tablePath = "$.tables[" + t.ToString(CultureInfo.InvariantCulture) + "]";
                Criterion? tableNode = null;
                if (table.Criterion is not null)
                {
                    tableNode = _edition.Resolve(table.Criterion);
                    if (tableNode is null)
                    {
                        ReportUnknownCriterion(table.Criterion, tablePath + ".criterion", table.Title ?? table.Criterion);
                    }
                }

                for (int e = 0; e < table.Entries.Count; e++)
                {
                    CheckEntry(table, tableNode, tablePath, table.Entries[e], tablePath + ".entries[" + e.ToString(CultureInfo.InvariantCulture) + "]");
                }
            }
        }

        public void CheckCoverage()
        {
            // Sets instead of scans: with a scan over the addressed entries per node (and over the
            // tables per uncovered node) the cost grew with entries × nodes. Criterion has reference
            // equality, so the sets hold nodes, not equal-looking copies.
            var addressed = new HashSet<Criterion>(_addressed.Select(a => a.Node));
            var addressedOrAbove = new HashSet<Criterion>();
            foreach (Criterion node in addressed)
            {
                for (Criterion? up = node; up is not null && addressedOrAbove.Add(up); up = up.Parent)
                {
                }
            }

            var firstTable = new Dictionary<Criterion, int>();
            for (int t = 0; t < _document.Tables.Count; t++)
            {
                string? reference = _document.Tables[t].Criterion;
                if (reference is not null && _edition.Resolve(reference) is Criterion tableNode && !firstTable.ContainsKey(tableNode))
                {
                    firstTable.Add(tableNode, t);
                }
            }

            foreach (Criterion top in _edition.Nodes)
            {
                CheckCoverage(top, addressed, addressedOrAbove, firstTable);
            }
        }

        private void CheckCoverage(Criterion node, HashSet<Criterion> addressed, HashSet<Criterion> addressedOrAbove, Dictionary<Criterion, int> firstTable)
        {
            for (Criterion? up = node; up is not null; up = up.Parent)
            {
                if (addressed.Contains(up))
                {
                    return; // covered here or above
                }
            }

            if (!addressedOrAbove.Contains(node))
            {
                string path = TablePathFor(node, firstTable) ?? "$.tables";
                Report(DiagnosticCodes.CriterionNotAddressed, path, Messages.SE1016.Format(node.Code, node.Title, node.KeyPath));
                return;
            }

            foreach (Criterion child in node.Children)
            {
                CheckCoverage(child, addressed, addressedOrAbove, firstTable);
            }
        }

        // The first table (in document order) whose criterion contains the node.
        private static string? TablePathFor(Criterion node, Dictionary<Criterion, int> firstTable)
        {
            int? best = null;
            for (Criterion? up = node; up is not null; up = up.Parent)
            {
                if (firstTable.TryGetValue(up, out int t) && (best is null || t < best))
                {
                    best = t;
                }
            }

            return best is int table ? "$.tables[" + table.ToString(CultureInfo.InvariantCulture) + "]" : null;
        }

        private void CheckEntry(StrategyTable table, Criterion? tableNode, string tablePath, StrategyEntry entry, string path)
        {
            Criterion? node = _edition.Resolve(entry.Criterion);
            string name = entry.Strategy ?? entry.Criterion;
            if (node is null)
            {
                ReportUnknownCriterion(entry.Criterion, path + ".criterion", name);
            }
            else
            {
                _addressed.Add((node, tablePath));
                if (tableNode is not null && !tableNode.Contains(node))
                {
                    Report(DiagnosticCodes.EntryOutsideTable, path + ".criterion", Messages.SE1022.Format(node.Code, node.Title, tableNode.Code, tableNode.Title));
                }

                if (entry.Strategy is not null)
                {
                    CheckWording(entry.Strategy, node, path + ".strategy");
                }
            }

            CheckLeadUnits(entry, node, path);
            // A row that says it states no quantity ("figures": "none") is not asked for one.
            if (entry.Results.Count > 0 && entry.Figures.Count == 0 && !entry.StatesNoQuantity)
            {
                Report(DiagnosticCodes.ResultsWithoutFigures, path + ".results", Messages.SE1017.Format(Describe(node, entry)));
            }

            if (_document.Kind == DocumentKind.Plan && entry.Actions.Count > 0 && entry.Results.Count == 0 && entry.Figures.Count == 0)
            {
                Report(DiagnosticCodes.ActionsWithoutTargets, path + ".actions", Messages.SE1024.Format(Describe(node, entry)));
            }

            CheckNumbering(entry.Method, path + ".method");
            CheckNumbering(entry.Actions, path + ".actions");
            CheckNumbering(entry.Results, path + ".results");
        }

        private void CheckLeadUnits(StrategyEntry entry, Criterion? node, string path)
        {
            if (entry.LeadUnits.Count == 0 || entry.LeadUnits.All(string.IsNullOrWhiteSpace))
            {
                Report(DiagnosticCodes.MissingLeadUnit, path, Messages.SE1014.Format(Describe(node, entry)));
                return;
            }

            for (int i = 0; i < entry.LeadUnits.Count; i++)
            {
                string unitPath = path + ".leadUnits[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                ResolvedLeadUnit unit = LeadUnitResolver.Resolve(_document.Agency, entry.LeadUnits[i]);
                switch (unit.Match)
                {
                    case LeadUnitMatch.Unknown:
                        string message = unit.Suggestion is null
                            ? Messages.SE1015.Format(unit.Text, Describe(node, entry), _document.Agency.Name)
                            : Messages.SE1015Suggestion.Format(unit.Text, Describe(node, entry), _document.Agency.Name, unit.Suggestion);
                        Report(DiagnosticCodes.UnknownLeadUnit, unitPath, message, unit.Suggestion);
                        break;
                    case LeadUnitMatch.InvalidRange:
                        Report(DiagnosticCodes.InvalidUnitRange, unitPath, Messages.SE1023.Format(unit.Text, _document.Agency.Name));
                        break;
                }
            }
        }

        private void CheckWording(string printed, Criterion node, string path)
        {
            string cell = TextSimilarity.ComparisonKey(LeadingLabel.Replace(printed, string.Empty, 1));
            cell = Regex.Replace(cell, "[0-9]+分$", string.Empty);
            string full = TextSimilarity.ComparisonKey(node.Title + (node.Description ?? string.Empty));
            string title = TextSimilarity.ComparisonKey(node.Title);
            if (cell.Length == 0 || cell == full || cell == title)
            {
                return;
            }

            // A handful of characters apart is a slip of the pen; more is another wording (an
            // agency's own test frequency, an older edition's text) and is not reported.
            string closest = TextSimilarity.Distance(cell, full) <= TextSimilarity.Distance(cell, title) ? full : title;
            int distance = TextSimilarity.Distance(cell, closest);
            if (distance <= Math.Max(1, Math.Min(3, closest.Length / 15)))
            {
                string canonical = closest == full && node.Description is not null ? node.Title + "：" + node.Description : node.Title;
                Report(DiagnosticCodes.StrategyWordingMisspelt, path, Messages.SE1019.Format(printed, node.Code, node.Title, distance, canonical), canonical);
            }
        }

        private void CheckNumbering(IReadOnlyList<ContentBlock> blocks, string path)
        {
            int? previous = null;
            string? previousShape = null;
            for (int i = 0; i < blocks.Count; i++)
            {
                string blockPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                ContentBlock block = blocks[i];
                CheckNumbering(block.Points, blockPath + ".points");
                if (block.Label is null)
                {
                    continue;
                }

                string shape = Shape(block.Label);
                int? position = Numberer.TryParsePosition(block.Label);
                if (position is int current && previous is int before && shape == previousShape && current != before + 1
                    && Relabel(block.Label, before + 1) is string expected)
                {
                    Message message = current == before ? Messages.SE1020Repeats : Messages.SE1020Skips;
                    Report(DiagnosticCodes.NumberingOutOfSequence, blockPath, message.Format(block.Label, Relabel(block.Label, before), expected), expected);
                }

                previous = position;
                previousShape = shape;
            }
        }

        private void ReportUnknownCriterion(string reference, string path, string name)
        {
            // One edit-distance search over the edition per distinct reference: a document that repeats
            // a wrong reference in many entries would otherwise pay entries × nodes distances.
            if (!_suggestions.TryGetValue(reference, out string? suggestion))
            {
                suggestion = TextSimilarity.Closest(reference, _edition.AllNodes().Select(n => n.KeyPath), Math.Max(2, reference.Length / 4));
                _suggestions.Add(reference, suggestion);
            }

            string message = suggestion is null
                ? Messages.SE1010.Format(name, reference, _edition.Title)
                : Messages.SE1010Suggestion.Format(name, reference, _edition.Title, suggestion);
            Report(DiagnosticCodes.UnknownCriterion, path, message, suggestion);
        }

        private static string Describe(Criterion? node, StrategyEntry entry) =>
            node is null ? $"「{entry.Strategy ?? entry.Criterion}」" : $"{node.Code} 「{node.Title}」";

        // Labels of one list share a shape: (1) vs 1. vs i. vs (一) vs 一、
        private static string Shape(string label)
        {
            string s = label.Trim().Replace('（', '(').Replace('）', ')');
            bool parenthesized = s.StartsWith("(", StringComparison.Ordinal);
            string inner = s.Trim('(', ')', '.', '．', '、', ' ');
            string kind = inner.Length > 0 && char.IsDigit(inner[0]) ? "arabic"
                : inner.Length > 0 && "ivxlcdm".IndexOf(char.ToLowerInvariant(inner[0])) >= 0 ? "roman"
                : "chinese";
            return (parenthesized ? "paren-" : "plain-") + kind;
        }

        // The label at another position in the same style, or null when the style cannot write it.
        private static string? Relabel(string label, int position)
        {
            string s = label.Trim();
            string shape = Shape(s);
            bool full = s.IndexOf('（') >= 0;
            string open = full ? "（" : "(";
            string close = full ? "）" : ")";
            bool roman = position is >= 1 and <= 3999;
            bool chinese = position is >= 1 and <= ChineseNumerals.MaxValue;
            return shape switch
            {
                "paren-arabic" => open + position.ToString(CultureInfo.InvariantCulture) + close,
                "plain-arabic" => position.ToString(CultureInfo.InvariantCulture) + ".",
                "paren-roman" when roman => open + Roman(s, position) + close,
                "plain-roman" when roman => Roman(s, position) + ".",
                "paren-chinese" when chinese => open + ChineseNumerals.ToChinese(position) + close,
                "plain-chinese" when chinese => ChineseNumerals.ToChinese(position) + "、",
                _ => null,
            };
        }

        // I. II. stay upper case, i. ii. lower case.
        private static string Roman(string label, int position) =>
            label.Any(char.IsUpper) ? Numberer.ToLowerRoman(position).ToUpperInvariant() : Numberer.ToLowerRoman(position);

        private void Report(DiagnosticDescriptor descriptor, string path, string message, string? suggestion = null) =>
            Diagnostics.Add(descriptor.Create(message, _map.Locate(path), suggestion));
    }
}

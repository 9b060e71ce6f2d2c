using System.Globalization;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Figures;
using Xunit.Abstractions;

namespace ServiceEfficiency.Tests;

/// <summary>
/// <see cref="FigureExtractor"/> measured against the figures typed in by hand in the samples: for every row that
/// has hand-entered figures, the figures read from its results and actions are matched with them on value and
/// unit (as multisets: a row stating 48 人次 twice must yield it twice). Labels are not matched — the hand-entered
/// ones often come from another sentence of the row (各類專業教育訓練 for 「112年計舉辦57場次」) — but how many
/// matched pairs share two consecutive characters of label is printed.
/// </summary>
public class FigureSampleMeasureTests
{
    private const double Required = 0.95;

    private readonly ITestOutputHelper output;

    public FigureSampleMeasureTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Theory]
    [InlineData("hualien-112-results")]
    [InlineData("tainan-111-plan")]
    [InlineData("bsmi-114-plan")]
    public void Extraction_finds_the_hand_entered_figures(string sample)
    {
        ServiceDocument document = Samples.LoadDocument(sample).Value!;
        int handEntered = 0, extracted = 0, matched = 0, labelsAlike = 0, rows = 0;
        var missed = new List<string>();
        var extra = new List<string>();
        var elsewhere = new List<string>();
        for (int t = 0; t < document.Tables.Count; t++)
        {
            for (int e = 0; e < document.Tables[t].Entries.Count; e++)
            {
                StrategyEntry entry = document.Tables[t].Entries[e];
                string row = $"tables[{t}].entries[{e}] ({entry.Criterion})";
                List<ExtractedFigure> found = entry.Results.Concat(entry.Actions)
                    .SelectMany(block => block.AllTexts())
                    .SelectMany(FigureExtractor.Extract)
                    .ToList();
                if (entry.Figures.Count == 0)
                {
                    elsewhere.AddRange(found.Select(f => $"{row}: {f.Text} ({f})"));
                    continue;
                }

                rows++;
                handEntered += entry.Figures.Count;
                extracted += found.Count;
                var unused = new List<ExtractedFigure>(found);
                foreach (Figure figure in entry.Figures)
                {
                    ExtractedFigure? match = unused.FirstOrDefault(f => f.Value == figure.Value && f.Unit == figure.Unit);
                    if (match is null)
                    {
                        missed.Add($"{row}: {figure}");
                        continue;
                    }

                    unused.Remove(match);
                    matched++;
                    if (ShareTwoCharacters(match.Label, figure.Label))
                    {
                        labelsAlike++;
                    }
                }

                extra.AddRange(unused.Select(f => $"{row}: {f.Text} ({f})"));
            }
        }

        double recall = handEntered == 0 ? 1 : (double)matched / handEntered;
        double precision = extracted == 0 ? 1 : (double)matched / extracted;
        output.WriteLine($"{sample}: {rows} rows with hand-entered figures, {handEntered} hand-entered, {extracted} extracted, {matched} matched on value and unit");
        output.WriteLine(handEntered == 0
            ? $"  recall n/a, precision n/a (no hand-entered figures)"
            : string.Format(CultureInfo.InvariantCulture, "  recall {0:P1}, precision {1:P1}; labels sharing two characters {2}/{3}", recall, precision, labelsAlike, matched));
        foreach (string line in missed)
        {
            output.WriteLine("  missed: " + line);
        }

        foreach (string line in extra)
        {
            output.WriteLine("  extracted, not hand-entered: " + line);
        }

        foreach (string line in elsewhere)
        {
            output.WriteLine("  extracted from a row without hand-entered figures: " + line);
        }

        Assert.True(recall >= Required, $"{sample}: recall {recall:P1} below {Required:P0}");
        Assert.True(precision >= Required, $"{sample}: precision {precision:P1} below {Required:P0}");
    }

    private static bool ShareTwoCharacters(string a, string b)
    {
        for (int i = 0; i + 2 <= a.Length; i++)
        {
            if (b.IndexOf(a.Substring(i, 2), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

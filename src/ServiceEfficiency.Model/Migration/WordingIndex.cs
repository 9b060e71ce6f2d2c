using System;
using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Migration;

/// <summary>
/// Ranks candidate wordings by how much of a query's wording they share: TF-IDF weighted
/// character pairs, compared by cosine. Chinese has no spaces between words and most words are two
/// characters, so pairs of characters stand in for words; pairs that every candidate contains
/// (服務, 民眾) weigh nothing, rare ones (謄本, 禮貌) weigh most.
/// </summary>
internal sealed class WordingIndex
{
    private readonly List<Dictionary<string, double>> _vectors;
    private readonly Dictionary<string, double> _inverseFrequency;

    public WordingIndex(IEnumerable<Wording> candidates)
    {
        List<Dictionary<string, double>> counts = candidates.Select(Pairs).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Dictionary<string, double> count in counts)
        {
            foreach (string pair in count.Keys)
            {
                documentFrequency[pair] = documentFrequency.TryGetValue(pair, out int n) ? n + 1 : 1;
            }
        }

        _inverseFrequency = documentFrequency.ToDictionary(
            p => p.Key,
            p => Math.Log((double)counts.Count / p.Value),
            StringComparer.Ordinal);
        _vectors = counts.Select(Weigh).ToList();
    }

    /// <summary>Every candidate's index and score, best first; ties keep the candidates' order.</summary>
    public IEnumerable<(int Index, double Score)> Rank(Wording query)
    {
        Dictionary<string, double> vector = Weigh(Pairs(query));
        return _vectors
            .Select((candidate, index) => (Index: index, Score: Cosine(vector, candidate)))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Index);
    }

    private Dictionary<string, double> Weigh(Dictionary<string, double> counts)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, double> count in counts)
        {
            // Pairs no candidate has cannot tell candidates apart.
            if (_inverseFrequency.TryGetValue(count.Key, out double weight) && weight > 0)
            {
                vector[count.Key] = (1 + Math.Log(count.Value)) * weight;
            }
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (KeyValuePair<string, double> entry in a)
        {
            if (b.TryGetValue(entry.Key, out double other))
            {
                dot += entry.Value * other;
            }
        }

        return dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, double> vector) => Math.Sqrt(vector.Values.Sum(v => v * v));

    // Titles count twice: they say what a criterion is about; descriptions and strategy texts add
    // examples whose common words (運用, 多元管道, 蒐集) would otherwise decide.
    private static Dictionary<string, double> Pairs(Wording wording)
    {
        var pairs = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(pairs, wording.Titles, 2);
        Add(pairs, wording.Text, 1);
        return pairs;
    }

    private static void Add(Dictionary<string, double> pairs, string text, double weight)
    {
        string key = TextSimilarity.ComparisonKey(text);
        for (int i = 0; i + 1 < key.Length; i++)
        {
            string pair = key.Substring(i, 2);
            pairs[pair] = (pairs.TryGetValue(pair, out double n) ? n : 0) + weight;
        }
    }
}

/// <summary>What a criterion or an entry says: the titles that name it, and the text that explains it.</summary>
internal readonly struct Wording
{
    public Wording(string titles, string text)
    {
        Titles = titles;
        Text = text;
    }

    public string Titles { get; }

    public string Text { get; }
}

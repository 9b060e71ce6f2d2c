using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Benchmarks.Inputs;

/// <summary>
/// Deterministic synthetic inputs, larger than the samples: a criteria edition of 10,000 nodes, a
/// headquarters-size results report and a results report of about 1 MB. Each is written by a
/// seeded <see cref="Random"/> (whose sequence for a given seed is fixed), so every run and every
/// machine measures the same bytes.
/// </summary>
public static class Synthetic
{
    /// <summary>The seed of every synthetic input.</summary>
    public const int Seed = 20250111;

    private static readonly string[] Phrases =
    {
        "受理商品檢驗", "度量衡器檢定", "線上申辦", "臨櫃服務", "服務據點", "民眾滿意度調查", "便民措施", "數位化作業",
        "宣導活動", "標準作業流程", "案件處理時限", "電話禮貌測試", "網站無障礙檢測", "跨機關合作", "資料開放", "行動支付",
        "預約服務", "檢驗報告", "市場監督", "產品安全", "志工服務", "服務品質", "教育訓練", "陳情案件",
        "申辦表單簡化", "到期案件稽催", "偏鄉到點服務", "外語服務", "多元繳費", "雙語標示",
    };

    private static readonly string[] Verbs = { "辦理", "推動", "完成", "持續檢討", "落實", "建置", "提供", "強化", "規劃", "精進" };

    private static readonly string[] Units = { "件", "場次", "人次", "家", "次", "%", "具", "站" };

    /// <summary>The units of the synthetic headquarters (經濟部標準檢驗局 總局).</summary>
    public static IReadOnlyList<string> HeadquartersUnits { get; } = new[]
    {
        "第一組", "第二組", "第三組", "第四組", "第五組", "第六組", "第七組", "秘書室", "人事室", "政風室", "主計室", "資訊室",
    };

    /// <summary>
    /// A criteria edition in the shape of 政府服務獎 整體服務類 (構面 → 評核項目 → 執行策略 → 細項) with exactly
    /// <paramref name="nodeCount"/> nodes: 10 dimensions of 100 points, 10 items of 10 points each, 10 strategies
    /// per item, and the rest as sub-strategies spread evenly over the strategies.
    /// </summary>
    public static string Edition(int nodeCount = 10_000)
    {
        const int dimensions = 10, items = 10, strategies = 10;
        int fixedNodes = dimensions + (dimensions * items) + (dimensions * items * strategies);
        if (nodeCount < fixedNodes)
        {
            throw new ArgumentOutOfRangeException(nameof(nodeCount), "at least " + fixedNodes);
        }

        int strategyCount = dimensions * items * strategies;
        int perStrategy = (nodeCount - fixedNodes) / strategyCount;
        int extra = (nodeCount - fixedNodes) % strategyCount;
        var random = new Random(Seed);
        return Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", "synthetic-" + nodeCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("title", "合成評核架構");
            writer.WriteNumber("totalPoints", dimensions * 100);
            writer.WriteStartArray("years");
            writer.WriteNumberValue(111);
            writer.WriteNumberValue(112);
            writer.WriteEndArray();
            writer.WriteStartArray("levels");
            foreach ((string name, string numbering) in new[] { ("構面", "level-name-chinese"), ("評核項目", "chinese-parenthesized"), ("執行策略", "arabic-dot"), ("細項", "arabic-parenthesized") })
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                writer.WriteString("numbering", numbering);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("nodes");
            int strategyIndex = 0;
            for (int d = 1; d <= dimensions; d++)
            {
                StartNode(writer, "D" + d.ToString("00", System.Globalization.CultureInfo.InvariantCulture), Title(random), null, 100);
                writer.WriteStartArray("children");
                for (int i = 1; i <= items; i++)
                {
                    StartNode(writer, "I" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), Title(random), null, 10);
                    writer.WriteStartArray("children");
                    for (int s = 1; s <= strategies; s++)
                    {
                        int subs = perStrategy + (strategyIndex++ < extra ? 1 : 0);
                        StartNode(writer, "S" + s.ToString("00", System.Globalization.CultureInfo.InvariantCulture), Title(random), Sentence(random, 2), null);
                        if (subs > 0)
                        {
                            writer.WriteStartArray("children");
                            for (int p = 1; p <= subs; p++)
                            {
                                StartNode(writer, "P" + p.ToString("00", System.Globalization.CultureInfo.InvariantCulture), Sentence(random, 1), null, null);
                                writer.WriteEndObject();
                            }

                            writer.WriteEndArray();
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// A headquarters-size results report (執行績效與成果) against <c>service-award-overall</c>: one table per
    /// dimension (5), 16 entries each (80), each with 2–4 result paragraphs or numbered points and up to 3 figures.
    /// </summary>
    public static string HeadquartersResults(CriteriaEdition serviceAwardOverall) =>
        Results(serviceAwardOverall, entriesPerDimension: 16, minBlocks: 2, maxBlocks: 4);

    /// <summary>
    /// A results report of about 1 MB of UTF-8 JSON (the headquarters report's shape, 5 × 80 entries with
    /// 8–12 result blocks each): far more than any real report, to show how loading and validation scale.
    /// </summary>
    public static string LargeResults(CriteriaEdition serviceAwardOverall) =>
        Results(serviceAwardOverall, entriesPerDimension: 80, minBlocks: 8, maxBlocks: 12);

    /// <summary>A results report with <paramref name="entriesPerDimension"/> entries in each dimension's table.</summary>
    public static string Results(CriteriaEdition edition, int entriesPerDimension, int minBlocks, int maxBlocks)
    {
        var random = new Random(Seed);
        return Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "results");
            writer.WriteString("edition", edition.Id);
            writer.WriteNumber("year", edition.Years.Max());
            writer.WriteString("title", "經濟部標準檢驗局" + edition.Years.Max().ToString(System.Globalization.CultureInfo.InvariantCulture) + "年度提升服務效能執行績效與成果");
            writer.WriteStartObject("agency");
            writer.WriteString("name", "經濟部標準檢驗局");
            writer.WriteString("level", "headquarters");
            writer.WriteStartArray("units");
            foreach (string unit in HeadquartersUnits)
            {
                writer.WriteStartObject();
                writer.WriteString("name", unit);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("tables");
            foreach (Criterion dimension in edition.Nodes)
            {
                // The strategies and sub-strategies of the dimension, in document order; entries cycle through them.
                List<Criterion> targets = Descendants(dimension).Where(n => n.Depth >= 2).ToList();
                if (targets.Count == 0)
                {
                    targets = Descendants(dimension).Where(n => n.Depth >= 1).ToList();
                }

                writer.WriteStartObject();
                writer.WriteString("title", dimension.Heading + "(" + dimension.Points?.ToString(System.Globalization.CultureInfo.InvariantCulture) + "分)");
                writer.WriteString("criterion", dimension.KeyPath);
                writer.WriteStartArray("columns");
                foreach ((string role, string title) in new[] { ("strategy", "執行策略"), ("leadUnits", "主辦單位"), ("results", "執行績效與成果") })
                {
                    writer.WriteStartObject();
                    writer.WriteString("role", role);
                    writer.WriteString("title", title);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("entries");
                for (int e = 0; e < entriesPerDimension; e++)
                {
                    Criterion target = targets[e % targets.Count];
                    writer.WriteStartObject();
                    writer.WriteString("criterion", target.KeyPath);
                    writer.WriteString("strategy", target.Heading + (target.Description is null ? string.Empty : "：" + target.Description));
                    writer.WriteStartArray("leadUnits");
                    int unitCount = 1 + random.Next(3);
                    int first = random.Next(HeadquartersUnits.Count);
                    for (int u = 0; u < unitCount; u++)
                    {
                        writer.WriteStringValue(HeadquartersUnits[(first + u) % HeadquartersUnits.Count]);
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("results");
                    int blocks = minBlocks + random.Next(maxBlocks - minBlocks + 1);
                    for (int b = 1; b <= blocks; b++)
                    {
                        if (b == 1 || random.Next(3) > 0)
                        {
                            writer.WriteStringValue(Sentence(random, 3 + random.Next(4)));
                        }
                        else
                        {
                            writer.WriteStartObject();
                            writer.WriteString("label", "(" + b.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
                            writer.WriteString("text", Sentence(random, 2 + random.Next(3)));
                            writer.WriteEndObject();
                        }
                    }

                    writer.WriteEndArray();
                    int figures = random.Next(4);
                    if (figures > 0)
                    {
                        writer.WriteStartArray("figures");
                        for (int f = 0; f < figures; f++)
                        {
                            string unit = Units[random.Next(Units.Length)];
                            writer.WriteStartObject();
                            writer.WriteNumber("value", unit == "%" ? 80 + random.Next(21) : 1 + random.Next(60_000));
                            writer.WriteString("unit", unit);
                            writer.WriteString("label", Phrases[random.Next(Phrases.Length)]);
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static IEnumerable<Criterion> Descendants(Criterion node)
    {
        yield return node;
        foreach (Criterion child in node.Children)
        {
            foreach (Criterion d in Descendants(child))
            {
                yield return d;
            }
        }
    }

    private static void StartNode(Utf8JsonWriter writer, string key, string title, string? description, int? points)
    {
        writer.WriteStartObject();
        writer.WriteString("key", key);
        writer.WriteString("title", title);
        if (description is not null)
        {
            writer.WriteString("description", description);
        }

        if (points is int p)
        {
            writer.WriteNumber("points", p);
        }
    }

    private static string Title(Random random) => Verbs[random.Next(Verbs.Length)] + Phrases[random.Next(Phrases.Length)];

    /// <summary>A sentence of <paramref name="clauses"/> clauses, some with a quantity (「辦理宣導活動57場次」).</summary>
    private static string Sentence(Random random, int clauses)
    {
        var text = new StringBuilder();
        for (int c = 0; c < clauses; c++)
        {
            if (c > 0)
            {
                text.Append('，');
            }

            text.Append(Verbs[random.Next(Verbs.Length)]).Append(Phrases[random.Next(Phrases.Length)]);
            if (random.Next(2) == 0)
            {
                text.Append('及').Append(Phrases[random.Next(Phrases.Length)]);
            }

            if (random.Next(3) == 0)
            {
                text.Append(random.Next(1, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(Units[random.Next(Units.Length)]);
            }
        }

        return text.Append('。').ToString();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

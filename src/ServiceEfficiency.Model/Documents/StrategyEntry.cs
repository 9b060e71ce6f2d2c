using System;
using System.Collections.Generic;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Documents;

/// <summary>
/// One row of a strategy table: the criterion it addresses, its lead units (主辦單位), planned
/// actions, achieved results and the figures they state.
/// </summary>
public sealed class StrategyEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="criterion">The key path (BasicService.ConsistencyAndAccuracy.StandardProcedures) or code (1.(一).1) of the edition's criterion the row addresses.</param>
    /// <param name="strategy">The row's deepest strategy cell as printed ((一)建立業務標準作業流程…), or null when the row has none.</param>
    /// <param name="leadUnits">The 主辦單位 as printed, one string each: names, abbreviations (嘉辦), ranges (第一課至第六課) and remarks such as 秘書室(事務); empty when none are printed.</param>
    /// <param name="method">The 執行方法 as paragraphs and numbered points; empty when the table has no such column.</param>
    /// <param name="actions">The planned 具體推動作法 as paragraphs and numbered points; empty when the row has none, as in a results report.</param>
    /// <param name="results">The achieved 執行績效與成果 as paragraphs and numbered points; empty when the row has none, as in a plan without a results column.</param>
    /// <param name="figures">The quantities the row states (923 件 受理商品檢驗, 57 場次), in order; empty when none.</param>
    public StrategyEntry(
        string criterion,
        string? strategy,
        IReadOnlyList<string> leadUnits,
        IReadOnlyList<ContentBlock> method,
        IReadOnlyList<ContentBlock> actions,
        IReadOnlyList<ContentBlock> results,
        IReadOnlyList<Figure> figures)
    {
        Criterion = criterion;
        Strategy = strategy;
        LeadUnits = leadUnits;
        Method = method;
        Actions = actions;
        Results = results;
        Figures = figures;
    }

    /// <summary>Creates an entry that may say it states no quantity.</summary>
    /// <param name="criterion">The key path (BasicService.ConsistencyAndAccuracy.StandardProcedures) or code (1.(一).1) of the edition's criterion the row addresses.</param>
    /// <param name="strategy">The row's deepest strategy cell as printed, or null when the row has none.</param>
    /// <param name="leadUnits">The 主辦單位 as printed, one string each; empty when none are printed.</param>
    /// <param name="method">The 執行方法 as paragraphs and numbered points; empty when the table has no such column.</param>
    /// <param name="actions">The planned 具體推動作法 as paragraphs and numbered points; empty when the row has none.</param>
    /// <param name="results">The achieved 執行績效與成果 as paragraphs and numbered points; empty when the row has none.</param>
    /// <param name="figures">The quantities the row states, in order; empty when none (and empty when <paramref name="statesNoQuantity"/>).</param>
    /// <param name="statesNoQuantity">Whether the row is recorded as stating no quantity at all (<c>"figures": "none"</c>; see <see cref="StatesNoQuantity"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="statesNoQuantity"/> is true and <paramref name="figures"/> is not empty.</exception>
    public StrategyEntry(
        string criterion,
        string? strategy,
        IReadOnlyList<string> leadUnits,
        IReadOnlyList<ContentBlock> method,
        IReadOnlyList<ContentBlock> actions,
        IReadOnlyList<ContentBlock> results,
        IReadOnlyList<Figure> figures,
        bool statesNoQuantity)
        : this(criterion, strategy, leadUnits, method, actions, results, figures)
    {
        if (statesNoQuantity && figures is { Count: > 0 })
        {
            throw new ArgumentException(Messages.ApiEntryFiguresAndNone.Format(), nameof(figures));
        }

        StatesNoQuantity = statesNoQuantity;
    }

    /// <summary>The key path or code of the criterion, as written in the document data.</summary>
    public string Criterion { get; }

    /// <summary>The strategy cell as printed, if the row has one.</summary>
    public string? Strategy { get; }

    /// <summary>主辦單位 as printed (names, abbreviations, ranges, remarks).</summary>
    public IReadOnlyList<string> LeadUnits { get; }

    /// <summary>執行方法, if the table has that column.</summary>
    public IReadOnlyList<ContentBlock> Method { get; }

    /// <summary>具體推動作法.</summary>
    public IReadOnlyList<ContentBlock> Actions { get; }

    /// <summary>執行績效與成果.</summary>
    public IReadOnlyList<ContentBlock> Results { get; }

    /// <summary>Quantities the row states.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>
    /// Whether the row states no quantity (記載無量化數據): its text reports what was done without a
    /// count, amount or rate to record, and someone has said so (<c>"figures": "none"</c> in the JSON)
    /// rather than merely leaving <see cref="Figures"/> empty. Such a row has no figures, and the
    /// validator does not ask it for one (SE1017). False for a row whose figures are simply not recorded.
    /// </summary>
    public bool StatesNoQuantity { get; }
}

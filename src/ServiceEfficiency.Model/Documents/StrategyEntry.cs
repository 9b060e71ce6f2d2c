using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>
/// One row of a strategy table: the criterion it addresses, its lead units (主辦單位), planned
/// actions, achieved results and the figures they state.
/// </summary>
public sealed class StrategyEntry
{
    /// <summary>Creates an entry.</summary>
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
}

using System.Collections.Generic;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Building;

/// <summary>
/// One row of a strategy table while it is built: the criterion it addresses (fixed when the row is
/// begun with <see cref="TableBuilder.Entry(Criterion, System.Action{EntryBuilder})"/>), its lead units
/// (主辦單位), and its text as paragraphs or numbered points: 執行方法, 具體推動作法 (a plan's actions),
/// 執行績效與成果 (a report's results), with the figures the text states.
/// </summary>
/// <remarks>
/// What a row says is not checked here: a plan row without a quantified target, a lead unit that is
/// not one of the agency's units, a figure the text does not state are <c>ComplianceValidator</c>'s
/// findings, the same for a built and a loaded document.
/// </remarks>
public sealed class EntryBuilder
{
    private readonly Criterion _criterion;
    private readonly List<string> _leadUnits = new();
    private readonly List<ContentBlock> _method = new();
    private readonly List<ContentBlock> _actions = new();
    private readonly List<ContentBlock> _results = new();
    private readonly List<Figure> _figures = new();
    private string? _strategy;
    private bool _statesNoQuantity;

    internal EntryBuilder(Criterion criterion)
    {
        _criterion = criterion;
    }

    /// <summary>
    /// The strategy cell as the document prints it, when it is not the criterion's heading (the
    /// renderers print the heading, such as 「(一)建立業務標準作業流程」, when none is given).
    /// </summary>
    /// <param name="text">The cell's text as printed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public EntryBuilder Strategy(string text)
    {
        _strategy = BuildArguments.Text(text, nameof(text), Messages.ApiBuildWhatText);
        return this;
    }

    /// <summary>Adds lead units (主辦單位) as the document prints them: names, abbreviations (嘉辦), ranges (第一課至第六課).</summary>
    /// <param name="units">The units, in printed order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">A unit is null, empty or white space; none is added then.</exception>
    public EntryBuilder LeadUnits(params string[] units)
    {
        BuildArguments.NotNull(units, nameof(units));
        var checkedUnits = new List<string>(units.Length);
        foreach (string unit in units)
        {
            checkedUnits.Add(BuildArguments.Text(unit, nameof(units), Messages.ApiBuildWhatLeadUnit));
        }

        _leadUnits.AddRange(checkedUnits);
        return this;
    }

    /// <summary>Adds paragraphs to the 執行方法 column.</summary>
    /// <param name="paragraphs">The paragraphs, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">A paragraph is null, empty or white space; none is added then.</exception>
    public EntryBuilder Method(params string[] paragraphs)
    {
        _method.AddRange(BuildArguments.Paragraphs(paragraphs, nameof(paragraphs)));
        return this;
    }

    /// <summary>Adds paragraphs to the 具體推動作法 column: what a plan promises to do.</summary>
    /// <param name="paragraphs">The paragraphs, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">A paragraph is null, empty or white space; none is added then.</exception>
    public EntryBuilder Actions(params string[] paragraphs)
    {
        _actions.AddRange(BuildArguments.Paragraphs(paragraphs, nameof(paragraphs)));
        return this;
    }

    /// <summary>Adds numbered points (1. 2. …, continuing the column's points) to the 具體推動作法 column.</summary>
    /// <param name="points">The points' texts, in order, without their numbers.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">A point is null, empty or white space; none is added then.</exception>
    public EntryBuilder ActionPoints(params string[] points)
    {
        _actions.AddRange(BuildArguments.Points(points, NextPoint(_actions), nameof(points)));
        return this;
    }

    /// <summary>Adds paragraphs to the 執行績效與成果 column: what a results report achieved.</summary>
    /// <param name="paragraphs">The paragraphs, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">A paragraph is null, empty or white space; none is added then.</exception>
    public EntryBuilder Results(params string[] paragraphs)
    {
        _results.AddRange(BuildArguments.Paragraphs(paragraphs, nameof(paragraphs)));
        return this;
    }

    /// <summary>Adds numbered points (1. 2. …, continuing the column's points) to the 執行績效與成果 column.</summary>
    /// <param name="points">The points' texts, in order, without their numbers.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">A point is null, empty or white space; none is added then.</exception>
    public EntryBuilder ResultPoints(params string[] points)
    {
        _results.AddRange(BuildArguments.Points(points, NextPoint(_results), nameof(points)));
        return this;
    }

    /// <summary>
    /// Adds content as the document structures it — a labelled point with points under it, say — to
    /// the column of <paramref name="role"/>: <see cref="ColumnRole.Method"/>, <see cref="ColumnRole.Actions"/>
    /// or <see cref="ColumnRole.Results"/>.
    /// </summary>
    /// <param name="role">The column the content goes into.</param>
    /// <param name="blocks">The paragraphs or points, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="blocks"/> or one of them is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="role"/> is not a column of text.</exception>
    public EntryBuilder Content(ColumnRole role, IEnumerable<ContentBlock> blocks)
    {
        List<ContentBlock> column = role switch
        {
            ColumnRole.Method => _method,
            ColumnRole.Actions => _actions,
            ColumnRole.Results => _results,
            _ => throw new System.ArgumentOutOfRangeException(nameof(role), role, null),
        };
        var checkedBlocks = new List<ContentBlock>(BuildArguments.NotNull(blocks, nameof(blocks)));
        if (checkedBlocks.Contains(null!))
        {
            throw new System.ArgumentNullException(nameof(blocks));
        }

        column.AddRange(checkedBlocks);
        return this;
    }

    /// <summary>Adds a figure the row's text states: <c>Figure(98.7m, "%", "滿意度")</c>.</summary>
    /// <param name="value">The number as stated (89 for 89 %); not negative.</param>
    /// <param name="unit">The unit as printed: 件, 場次, 人次, % ….</param>
    /// <param name="label">What is counted, in the document's words.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="unit"/> or <paramref name="label"/> is null, empty or white space.</exception>
    /// <exception cref="System.InvalidOperationException">The row is said to state no quantity (<see cref="StatesNoQuantity"/>).</exception>
    public EntryBuilder Figure(decimal value, string unit, string label)
    {
        decimal checkedValue = BuildArguments.FigureValue(value, nameof(value));
        AddFigure(NewFigure(checkedValue, unit, label));
        return this;
    }

    /// <summary>Adds a whole-number figure: <c>Figure(923, "件", "受理商品檢驗")</c> (without this overload an <see cref="int"/> would fit the decimal and the double one alike).</summary>
    /// <param name="value">The count as stated; not negative.</param>
    /// <param name="unit">The unit as printed: 件, 場次, 人次 ….</param>
    /// <param name="label">What is counted, in the document's words.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="unit"/> or <paramref name="label"/> is null, empty or white space.</exception>
    /// <exception cref="System.InvalidOperationException">The row is said to state no quantity (<see cref="StatesNoQuantity"/>).</exception>
    public EntryBuilder Figure(long value, string unit, string label)
    {
        decimal checkedValue = BuildArguments.FigureValue((decimal)value, nameof(value));
        AddFigure(NewFigure(checkedValue, unit, label));
        return this;
    }

    /// <summary>Adds a figure given as a <see cref="double"/>, kept as the shortest decimal that is the same number (0.1 stays 0.1).</summary>
    /// <param name="value">The number as stated; finite and not negative.</param>
    /// <param name="unit">The unit as printed: 件, 場次, 人次, % ….</param>
    /// <param name="label">What is counted, in the document's words.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or infinite.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="unit"/> or <paramref name="label"/> is null, empty or white space.</exception>
    /// <exception cref="System.InvalidOperationException">The row is said to state no quantity (<see cref="StatesNoQuantity"/>).</exception>
    public EntryBuilder Figure(double value, string unit, string label)
    {
        decimal checkedValue = BuildArguments.FigureValue(value, nameof(value));
        AddFigure(NewFigure(checkedValue, unit, label));
        return this;
    }

    /// <summary>
    /// Adds a figure made beforehand, with its qualifiers and printed text if it has them:
    /// <c>Figure(new Figure(920, "件", "受理商品檢驗", FigureQualifiers.Approximate, "約920件"))</c> or an
    /// extracted figure's <c>ToFigure()</c>.
    /// </summary>
    /// <param name="figure">The figure; its value not negative, its unit and label not empty or white space.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The figure's value is negative.</exception>
    /// <exception cref="System.ArgumentException">The figure's unit or label is null, empty or white space.</exception>
    /// <exception cref="System.InvalidOperationException">The row is said to state no quantity (<see cref="StatesNoQuantity"/>).</exception>
    public EntryBuilder Figure(Figure figure)
    {
        BuildArguments.NotNull(figure, nameof(figure));
        BuildArguments.FigureValue(figure.Value, nameof(figure));
        BuildArguments.Text(figure.Unit, nameof(figure), Messages.ApiBuildWhatUnit);
        BuildArguments.Text(figure.Label, nameof(figure), Messages.ApiBuildWhatLabel);
        AddFigure(figure);
        return this;
    }

    /// <summary>
    /// Says that the row states no quantity (written <c>"figures": "none"</c>): its results report what
    /// was done without a count, amount or rate, and the validator is not to ask for a figure (SE1017).
    /// </summary>
    /// <returns>This builder.</returns>
    /// <exception cref="System.InvalidOperationException">The row already has figures.</exception>
    public EntryBuilder StatesNoQuantity()
    {
        if (_figures.Count > 0)
        {
            throw new System.InvalidOperationException(Messages.ApiEntryFiguresAndNone.Format());
        }

        _statesNoQuantity = true;
        return this;
    }

    internal StrategyEntry Build() => new(
        _criterion.KeyPath,
        _strategy,
        _leadUnits.ToArray(),
        _method.ToArray(),
        _actions.ToArray(),
        _results.ToArray(),
        _figures.ToArray(),
        _statesNoQuantity);

    private void AddFigure(Figure figure)
    {
        if (_statesNoQuantity)
        {
            throw new System.InvalidOperationException(Messages.ApiEntryFiguresAndNone.Format());
        }

        _figures.Add(figure);
    }

    private static Figure NewFigure(decimal value, string unit, string label) => new(
        value,
        BuildArguments.Text(unit, nameof(unit), Messages.ApiBuildWhatUnit),
        BuildArguments.Text(label, nameof(label), Messages.ApiBuildWhatLabel));

    private static int NextPoint(List<ContentBlock> column)
    {
        int points = 0;
        foreach (ContentBlock block in column)
        {
            if (block.Label is not null)
            {
                points++;
            }
        }

        return points + 1;
    }
}

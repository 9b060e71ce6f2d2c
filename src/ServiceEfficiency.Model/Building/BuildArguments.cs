using System;
using System.Collections.Generic;
using System.Globalization;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Numbering;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Building;

/// <summary>
/// The checks the builders make at once: the values no document can hold. Text is taken exactly as
/// given (never trimmed or normalised), so what a caller builds is what the writer saves.
/// </summary>
internal static class BuildArguments
{
    public static string Text(string? value, string parameter, Message what)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameter);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException(Messages.ApiBuildBlank.Format(what.Format()), parameter);
        }

        return value;
    }

    public static string? OptionalText(string? value, string parameter, Message what) =>
        value is null ? null : Text(value, parameter, what);

    public static T NotNull<T>(T? value, string parameter)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter);

    /// <summary>
    /// The criterion as the document names it (its key path), once it is known to be of
    /// <paramref name="edition"/>: the same instance, or the node at the same key path of another
    /// copy of the same edition (the typed catalogue's <c>Edition</c> and a loaded one are equal, not the same).
    /// </summary>
    public static Criterion Own(CriteriaEdition edition, Criterion? criterion, string parameter)
    {
        NotNull(criterion, parameter);
        CriteriaEdition? owner = criterion!.Edition;
        if (owner is not null && !string.Equals(owner.Id, edition.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException(Messages.ApiBuildOtherEdition.Format(criterion.Code, criterion.Title, owner.Id, edition.Id), parameter);
        }

        Criterion? own = owner is null ? null : ReferenceEquals(owner, edition) ? criterion : edition.FindByKeyPath(criterion.KeyPath);
        if (own is null || own.Title != criterion.Title)
        {
            throw new ArgumentException(Messages.ApiBuildNotInEdition.Format(criterion.Code, criterion.Title, edition.Id), parameter);
        }

        return own;
    }

    public static decimal FigureValue(decimal value, string parameter) =>
        value < 0 ? throw new ArgumentOutOfRangeException(parameter, value, Messages.ApiBuildFigureNegative.Format(value.ToString(CultureInfo.InvariantCulture))) : value;

    public static decimal FigureValue(double value, string parameter)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, Messages.ApiBuildFigureNotFinite.Format(value.ToString(CultureInfo.InvariantCulture)));
        }

        decimal exact;
        try
        {
            // "R" keeps the shortest text that reads back as the same double: 0.1 stays 0.1, not 0.1000000000000000055.
            exact = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(parameter, value, Messages.ApiBuildFigureNotFinite.Format(value.ToString(CultureInfo.InvariantCulture)));
        }

        return FigureValue(exact, parameter);
    }

    /// <summary>Paragraphs as content blocks without labels; each must have text.</summary>
    public static IEnumerable<ContentBlock> Paragraphs(string?[]? paragraphs, string parameter)
    {
        NotNull(paragraphs, parameter);
        var blocks = new List<ContentBlock>(paragraphs!.Length);
        foreach (string? paragraph in paragraphs)
        {
            blocks.Add(new ContentBlock(Text(paragraph, parameter, Messages.ApiBuildWhatText)));
        }

        return blocks;
    }

    /// <summary>Numbered points 1. 2. 3., as the documents number the points inside a cell.</summary>
    public static IEnumerable<ContentBlock> Points(string?[]? points, int first, string parameter)
    {
        NotNull(points, parameter);
        var blocks = new List<ContentBlock>(points!.Length);
        for (int i = 0; i < points.Length; i++)
        {
            blocks.Add(new ContentBlock(Text(points[i], parameter, Messages.ApiBuildWhatText), Numberer.Label(NumberingStyle.ArabicDot, first + i)));
        }

        return blocks;
    }
}

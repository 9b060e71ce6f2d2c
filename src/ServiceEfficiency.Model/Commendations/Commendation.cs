using System;
using System.Globalization;

namespace ServiceEfficiency.Commendations;

/// <summary>The kinds of commendation, valued in 嘉獎 units: 3 嘉獎 = 1 記功, 3 記功 = 1 記一大功 (公務人員考績法施行細則 §15).</summary>
public enum CommendationKind
{
    /// <summary>嘉獎 (1 unit).</summary>
    Citation = 1,

    /// <summary>記功 (3 units).</summary>
    Merit = 3,

    /// <summary>記一大功 (9 units).</summary>
    MajorMerit = 9,
}

/// <summary>A commendation: a kind and a count (嘉獎2次, 記功1次, 記一大功1次), ordered by weight.</summary>
public readonly struct Commendation : IEquatable<Commendation>, IComparable<Commendation>
{
    /// <summary>Creates a commendation.</summary>
    /// <param name="kind">The kind: 嘉獎, 記功 or 記一大功; any other value is refused.</param>
    /// <param name="count">How many times it is given (the 2 of 嘉獎2次); at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1 or the kind is undefined.</exception>
    public Commendation(CommendationKind kind, int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A commendation is given at least once.");
        }

        if (kind is not (CommendationKind.Citation or CommendationKind.Merit or CommendationKind.MajorMerit))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown commendation kind.");
        }

        Kind = kind;
        Count = count;
    }

    /// <summary>The kind.</summary>
    public CommendationKind Kind { get; }

    /// <summary>How many times.</summary>
    public int Count { get; }

    /// <summary>The weight in 嘉獎 units (記功1次 = 3, 記一大功1次 = 9), which orders commendations.</summary>
    public int CitationUnits => (int)Kind * Count;

    /// <summary>The Chinese name of a kind: 嘉獎, 記功, 記一大功.</summary>
    /// <param name="kind">The kind of commendation; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    public static string KindName(CommendationKind kind) => kind switch
    {
        CommendationKind.Citation => "嘉獎",
        CommendationKind.Merit => "記功",
        CommendationKind.MajorMerit => "記一大功",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads 嘉獎2次, 記功1次, 記大功1次 or 記一大功1次 (spaces ignored).</summary>
    /// <param name="text">The commendation as printed, such as 「記功1次」 or 「記大功1次」, with half- or full-width spaces anywhere; null is refused.</param>
    /// <param name="commendation">The commendation read on success; the default value when the text is null, names no known kind, or lacks a count of at least 1 followed by 次.</param>
    public static bool TryParse(string? text, out Commendation commendation)
    {
        commendation = default;
        if (text is null)
        {
            return false;
        }

        string s = text.Replace(" ", string.Empty).Replace("　", string.Empty);
        CommendationKind kind;
        string rest;
        if (s.StartsWith("嘉獎", StringComparison.Ordinal))
        {
            kind = CommendationKind.Citation;
            rest = s.Substring(2);
        }
        else if (s.StartsWith("記一大功", StringComparison.Ordinal))
        {
            kind = CommendationKind.MajorMerit;
            rest = s.Substring(4);
        }
        else if (s.StartsWith("記大功", StringComparison.Ordinal))
        {
            kind = CommendationKind.MajorMerit;
            rest = s.Substring(3);
        }
        else if (s.StartsWith("記功", StringComparison.Ordinal))
        {
            kind = CommendationKind.Merit;
            rest = s.Substring(2);
        }
        else
        {
            return false;
        }

        if (!rest.EndsWith("次", StringComparison.Ordinal) ||
            !int.TryParse(rest.Substring(0, rest.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count) ||
            count < 1)
        {
            return false;
        }

        commendation = new Commendation(kind, count);
        return true;
    }

    /// <summary><c>記功1次</c>.</summary>
    public override string ToString() => KindName(Kind) + Count.ToString(CultureInfo.InvariantCulture) + "次";

    /// <inheritdoc/>
    public bool Equals(Commendation other) => Kind == other.Kind && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Commendation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ Count;

    /// <summary>Orders by weight in 嘉獎 units; equal weights order by kind (記功1次 above 嘉獎3次).</summary>
    /// <param name="other">The commendation to compare with, by weight in 嘉獎 units and then by kind.</param>
    public int CompareTo(Commendation other)
    {
        int byWeight = CitationUnits.CompareTo(other.CitationUnits);
        return byWeight != 0 ? byWeight : Kind.CompareTo(other.Kind);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first commendation; equal means the same kind and count, so 記功1次 does not equal 嘉獎3次.</param>
    /// <param name="right">The commendation compared with <paramref name="left"/>.</param>
    public static bool operator ==(Commendation left, Commendation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first commendation; commendations differ when kind or count differs, even at equal weight.</param>
    /// <param name="right">The commendation compared with <paramref name="left"/>.</param>
    public static bool operator !=(Commendation left, Commendation right) => !left.Equals(right);

    /// <summary>Lighter than.</summary>
    /// <param name="left">The commendation that may rank lower (fewer 嘉獎 units, or the lighter kind at equal weight).</param>
    /// <param name="right">The commendation <paramref name="left"/> is weighed against.</param>
    public static bool operator <(Commendation left, Commendation right) => left.CompareTo(right) < 0;

    /// <summary>Heavier than.</summary>
    /// <param name="left">The commendation that may rank higher (more 嘉獎 units, or the heavier kind at equal weight).</param>
    /// <param name="right">The commendation <paramref name="left"/> is weighed against.</param>
    public static bool operator >(Commendation left, Commendation right) => left.CompareTo(right) > 0;

    /// <summary>Not heavier than.</summary>
    /// <param name="left">The commendation that may rank lower or the same.</param>
    /// <param name="right">The commendation <paramref name="left"/> is weighed against.</param>
    public static bool operator <=(Commendation left, Commendation right) => left.CompareTo(right) <= 0;

    /// <summary>Not lighter than.</summary>
    /// <param name="left">The commendation that may rank higher or the same.</param>
    /// <param name="right">The commendation <paramref name="left"/> is weighed against.</param>
    public static bool operator >=(Commendation left, Commendation right) => left.CompareTo(right) >= 0;
}

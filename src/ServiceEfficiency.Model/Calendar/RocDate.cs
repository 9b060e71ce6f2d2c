using System;
using System.Globalization;
using System.Text;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Calendar;

/// <summary>
/// A date in the ROC (民國) calendar as the documents write it: <c>114年1月6日</c> — Arabic
/// numerals, no zero padding. ROC year = Gregorian year − 1911; year 1 (民國元年) is 1912.
/// </summary>
/// <remarks>
/// .NET's <see cref="TaiwanCalendar"/> pads "yyy" to three digits (099年), which no document does,
/// so formatting and parsing are done here.
/// </remarks>
public readonly struct RocDate : IEquatable<RocDate>, IComparable<RocDate>
{
    /// <summary>Gregorian year of 民國元年 minus one.</summary>
    public const int YearOffset = 1911;

    /// <summary>The first ROC year, 民國元年 (1912).</summary>
    public const int MinYear = 1;

    /// <summary>
    /// The last ROC year a <see cref="RocDate"/> can hold: 8088, Gregorian 9999, the last year of
    /// <see cref="DateTime"/>. Years outside <see cref="MinYear"/>–<see cref="MaxYear"/> are refused
    /// by every factory, so no arithmetic on a date's year can overflow.
    /// </summary>
    public const int MaxYear = 9999 - YearOffset;

    /// <summary>Creates a date; throws when it does not exist.</summary>
    /// <param name="year">The ROC year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// No such day; <see cref="ArgumentException.ParamName"/> names the part that is out of range
    /// (<c>year</c>, <c>month</c> or <c>day</c>). Use <see cref="TryCreate"/> to test without an exception.
    /// </exception>
    public RocDate(int year, int month, int day)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, Messages.ApiRocYearOutOfRange.Format(MinYear, MaxYear));
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, Messages.ApiRocMonthOutOfRange.Format());
        }

        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, Messages.ApiNoSuchRocDate.Format(year, month, day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The ROC year (114).</summary>
    public int Year { get; }

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month.</summary>
    public int Day { get; }

    /// <summary>The Gregorian year (2025 for 114).</summary>
    public int GregorianYear => Year + YearOffset;

    /// <summary>The date in the Gregorian calendar.</summary>
    public DateTime ToDateTime() => new(GregorianYear, Month, Day, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The ROC date of a Gregorian date.</summary>
    /// <param name="date">A Gregorian date.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 民國元年 (1912).</exception>
    public static RocDate FromDateTime(DateTime date)
    {
        if (date.Year <= YearOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, Messages.ApiBeforeRocEra.Format());
        }

        return new RocDate(date.Year - YearOffset, date.Month, date.Day);
    }

    /// <summary>Whether the day exists (and its year is within <see cref="MinYear"/>–<see cref="MaxYear"/>).</summary>
    /// <param name="year">The ROC year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day of the month.</param>
    public static bool IsValid(int year, int month, int day) =>
        year >= MinYear && year <= MaxYear && month is >= 1 and <= 12 &&
        day >= 1 && day <= DateTime.DaysInMonth(year + YearOffset, month);

    /// <summary>Creates the date when it exists; never throws.</summary>
    /// <param name="year">The ROC year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="date">The date, or the default value when there is no such day.</param>
    /// <returns>Whether the date exists.</returns>
    public static bool TryCreate(int year, int month, int day, out RocDate date)
    {
        if (!IsValid(year, month, day))
        {
            date = default;
            return false;
        }

        date = new RocDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Reads <c>114年1月6日</c>, also with spaces (<c>114 年 1 月 6 日</c>), a leading 民國, 元年 for
    /// year 1, and full-width digits.
    /// </summary>
    /// <param name="text">The date as written, such as 「114年1月6日」 or 「民國元年1月1日」; null is refused.</param>
    /// <param name="date">The date read on success; the default value when the text is null or not an existing ROC date.</param>
    public static bool TryParse(string? text, out RocDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var compact = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // Full-width digits ０-９ read as ASCII.
            compact.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c);
        }

        string s = compact.ToString();
        if (s.StartsWith("民國", StringComparison.Ordinal))
        {
            s = s.Substring(2);
        }

        int yearEnd = s.IndexOf('年');
        int monthEnd = s.IndexOf('月');
        int dayEnd = s.IndexOf('日');
        if (yearEnd <= 0 || monthEnd <= yearEnd + 1 || dayEnd <= monthEnd + 1 || dayEnd != s.Length - 1)
        {
            return false;
        }

        string yearText = s.Substring(0, yearEnd);
        int year;
        if (yearText == "元")
        {
            year = 1;
        }
        else if (!TryParseNumber(yearText, out year))
        {
            return false;
        }

        if (!TryParseNumber(s.Substring(yearEnd + 1, monthEnd - yearEnd - 1), out int month) ||
            !TryParseNumber(s.Substring(monthEnd + 1, dayEnd - monthEnd - 1), out int day) ||
            !IsValid(year, month, day))
        {
            return false;
        }

        date = new RocDate(year, month, day);
        return true;
    }

    /// <summary>Reads a ROC date; see <see cref="TryParse"/>.</summary>
    /// <param name="text">The date as written, such as 「114年1月6日」; spaces, a leading 民國, 元年 and full-width digits are accepted.</param>
    /// <exception cref="FormatException">The text is not a ROC date.</exception>
    public static RocDate Parse(string text) =>
        TryParse(text, out RocDate date) ? date : throw new FormatException(Messages.ApiNotARocDate.Format(text));

    /// <summary>The date as the documents write it: <c>114年1月6日</c>.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}年{1}月{2}日", Year, Month, Day);

    /// <summary>With the era: <c>民國114年1月6日</c>, and <c>民國元年1月1日</c> for year 1.</summary>
    public string ToLongString() =>
        Year == 1
            ? string.Format(CultureInfo.InvariantCulture, "民國元年{0}月{1}日", Month, Day)
            : "民國" + ToString();

    /// <inheritdoc/>
    public bool Equals(RocDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RocDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year * 13 + Month) * 32 + Day;

    /// <inheritdoc/>
    public int CompareTo(RocDate other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    /// <summary>Equality.</summary>
    /// <param name="left">The first date; two dates are equal when year, month and day all match.</param>
    /// <param name="right">The date compared with <paramref name="left"/>.</param>
    public static bool operator ==(RocDate left, RocDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first date; two dates differ when year, month or day differs.</param>
    /// <param name="right">The date compared with <paramref name="left"/>.</param>
    public static bool operator !=(RocDate left, RocDate right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    /// <param name="left">The date that may be earlier.</param>
    /// <param name="right">The date <paramref name="left"/> is compared with.</param>
    public static bool operator <(RocDate left, RocDate right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    /// <param name="left">The date that may be later.</param>
    /// <param name="right">The date <paramref name="left"/> is compared with.</param>
    public static bool operator >(RocDate left, RocDate right) => left.CompareTo(right) > 0;

    /// <summary>Not later than.</summary>
    /// <param name="left">The date that may be earlier or the same day.</param>
    /// <param name="right">The date <paramref name="left"/> is compared with.</param>
    public static bool operator <=(RocDate left, RocDate right) => left.CompareTo(right) <= 0;

    /// <summary>Not earlier than.</summary>
    /// <param name="left">The date that may be later or the same day.</param>
    /// <param name="right">The date <paramref name="left"/> is compared with.</param>
    public static bool operator >=(RocDate left, RocDate right) => left.CompareTo(right) >= 0;

    private static bool TryParseNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

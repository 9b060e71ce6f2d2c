using System;
using System.Collections.Generic;
using System.Globalization;
using ServiceEfficiency.Calendar;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// A reporting rule of an edition: either a calendar date in the document's year or the next
/// (plan by 1月31日, results by 1月20日 of the next year), or a period after an event
/// (improvements within 2 months of the ministry's review).
/// </summary>
public sealed class ReportingDeadline
{
    /// <summary>Creates a deadline on a calendar date.</summary>
    /// <param name="key">Stable key, such as <c>BranchResultsToHeadquarters</c>.</param>
    /// <param name="title">What is due, in Chinese, such as 「當年度執行績效與成果報局」.</param>
    /// <param name="levels">The agency levels the rule binds: 總局, 分局 or 單位.</param>
    /// <param name="month">Month of the due date, 1–12.</param>
    /// <param name="day">Day of the month of the due date.</param>
    /// <param name="yearOffset">0 when the date falls in the document's year, 1 when it falls in the next year (results due 1月20日).</param>
    public ReportingDeadline(string key, string title, IReadOnlyList<AgencyLevel> levels, int month, int day, int yearOffset)
    {
        Key = key;
        Title = title;
        Levels = levels;
        Month = month;
        Day = day;
        YearOffset = yearOffset;
    }

    /// <summary>Creates a deadline relative to an event.</summary>
    /// <param name="key">Stable key, such as <c>ImprovementReport</c>.</param>
    /// <param name="title">What is due, in Chinese, such as 「函報改進情形」.</param>
    /// <param name="levels">The agency levels the rule binds: 總局, 分局 or 單位.</param>
    /// <param name="withinMonths">Months allowed after the event, such as 2.</param>
    /// <param name="after">The event the period counts from, in Chinese, such as 「經濟部考核結果」.</param>
    public ReportingDeadline(string key, string title, IReadOnlyList<AgencyLevel> levels, int withinMonths, string after)
    {
        Key = key;
        Title = title;
        Levels = levels;
        WithinMonths = withinMonths;
        After = after;
    }

    /// <summary>Stable key.</summary>
    public string Key { get; }

    /// <summary>What is due, in Chinese.</summary>
    public string Title { get; }

    /// <summary>The agency levels the rule binds.</summary>
    public IReadOnlyList<AgencyLevel> Levels { get; }

    /// <summary>Month of a calendar deadline.</summary>
    public int? Month { get; }

    /// <summary>Day of a calendar deadline.</summary>
    public int? Day { get; }

    /// <summary>0 for the document's year, 1 for the next year.</summary>
    public int YearOffset { get; }

    /// <summary>Months allowed after <see cref="After"/>, for a relative deadline.</summary>
    public int? WithinMonths { get; }

    /// <summary>The event a relative deadline counts from.</summary>
    public string? After { get; }

    /// <summary>Whether the deadline is a calendar date.</summary>
    public bool IsCalendarDate => Month is not null;

    /// <summary>The date for a document of ROC year <paramref name="year"/>, or null for a relative deadline.</summary>
    /// <param name="year">The document's ROC year.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The deadline's year (<paramref name="year"/> + <see cref="YearOffset"/>) is outside
    /// <see cref="RocDate.MinYear"/>–<see cref="RocDate.MaxYear"/>, or the day does not exist that year.
    /// </exception>
    public RocDate? DateFor(int year)
    {
        if (Month is not int month || Day is not int day)
        {
            return null;
        }

        // In long: year + YearOffset must not wrap around for a year near int.MaxValue.
        long due = (long)year + YearOffset;
        if (due is < RocDate.MinYear or > RocDate.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Format(CultureInfo.InvariantCulture, "Deadline 「{0}」 of year {1} falls in year {2}, outside the ROC years {3}–{4}.", Title, year, due, RocDate.MinYear, RocDate.MaxYear));
        }

        return new RocDate((int)due, month, day);
    }
}

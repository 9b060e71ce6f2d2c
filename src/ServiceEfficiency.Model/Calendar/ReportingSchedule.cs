using System;
using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Calendar;

/// <summary>A deadline placed in a year: a date, or a period after an event.</summary>
public sealed class ScheduledDeadline
{
    internal ScheduledDeadline(ReportingDeadline rule, RocDate? date)
    {
        Rule = rule;
        Date = date;
    }

    /// <summary>The edition's rule.</summary>
    public ReportingDeadline Rule { get; }

    /// <summary>The date, or null for a relative deadline.</summary>
    public RocDate? Date { get; }

    /// <summary>When, as the documents say it: <c>115年1月20日前</c> or <c>經濟部考核結果後2個月內</c>.</summary>
    public string When => Date is RocDate date ? date + "前" : $"{Rule.After}後{Rule.WithinMonths}個月內";

    /// <inheritdoc/>
    public override string ToString() => When + "　" + Rule.Title;
}

/// <summary>The reporting deadlines of one ROC year for one agency level, computed from an edition's rules.</summary>
public static class ReportingSchedule
{
    /// <summary>
    /// The deadlines binding <paramref name="level"/> for the documents of ROC year
    /// <paramref name="year"/>: calendar dates in date order, then relative deadlines.
    /// </summary>
    /// <param name="edition">The edition whose deadline rules apply.</param>
    /// <param name="year">The documents' ROC year; see <see cref="IsSchedulable"/>.</param>
    /// <param name="level">The agency level.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year cannot be scheduled (<see cref="IsSchedulable"/> is false): below 1, or so large that a
    /// deadline falls after <see cref="RocDate.MaxYear"/>.
    /// </exception>
    public static IReadOnlyList<ScheduledDeadline> For(CriteriaEdition edition, int year, AgencyLevel level)
    {
        if (edition is null)
        {
            throw new ArgumentNullException(nameof(edition));
        }

        if (!IsSchedulable(edition, year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, Messages.ApiScheduleYearOutOfRange.Format(RocDate.MinYear, LastSchedulableYear(edition)));
        }

        return edition.Deadlines
            .Where(d => d.Levels.Contains(level))
            .Select(d => new ScheduledDeadline(d, d.DateFor(year)))
            .OrderBy(d => d.Date is null ? 1 : 0)
            .ThenBy(d => d.Date ?? default)
            .ToList();
    }

    /// <summary>
    /// Whether the deadlines of <paramref name="year"/> can be computed: the year is at least
    /// <see cref="RocDate.MinYear"/> and no calendar deadline (some fall in the next year) lands
    /// after <see cref="RocDate.MaxYear"/>. Check it before <see cref="For"/> to refuse a year
    /// without an exception.
    /// </summary>
    /// <param name="edition">The edition whose deadline rules apply.</param>
    /// <param name="year">A ROC year, any integer.</param>
    public static bool IsSchedulable(CriteriaEdition edition, int year)
    {
        if (edition is null)
        {
            throw new ArgumentNullException(nameof(edition));
        }

        // A rule built in code may also have a negative offset (the loader allows 0 and 1).
        long earliest = edition.Deadlines.Where(d => d.IsCalendarDate).Select(d => (long)year + d.YearOffset).DefaultIfEmpty(year).Min();
        return year >= RocDate.MinYear && earliest >= RocDate.MinYear && year <= LastSchedulableYear(edition);
    }

    private static int LastSchedulableYear(CriteriaEdition edition)
    {
        int offset = edition.Deadlines.Where(d => d.IsCalendarDate).Select(d => d.YearOffset).DefaultIfEmpty(0).Max();
        return (int)Math.Min(RocDate.MaxYear, Math.Max((long)RocDate.MinYear - 1, (long)RocDate.MaxYear - offset));
    }
}

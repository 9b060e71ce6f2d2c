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
    /// <exception cref="ArgumentOutOfRangeException">The year is below 1.</exception>
    public static IReadOnlyList<ScheduledDeadline> For(CriteriaEdition edition, int year, AgencyLevel level)
    {
        if (edition is null)
        {
            throw new ArgumentNullException(nameof(edition));
        }

        if (year < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, Messages.ApiRocYearBelowOne.Format());
        }

        return edition.Deadlines
            .Where(d => d.Levels.Contains(level))
            .Select(d => new ScheduledDeadline(d, d.DateFor(year)))
            .OrderBy(d => d.Date is null ? 1 : 0)
            .ThenBy(d => d.Date ?? default)
            .ToList();
    }
}

using ServiceEfficiency.Calendar;

namespace ServiceEfficiency.Tests;

/// <summary>
/// Years outside what a <see cref="RocDate"/> can hold (民國元年 to 8088, Gregorian 9999) are refused
/// by name at every public entry, never by an overflow deep inside (<c>int.MaxValue + 1911</c>).
/// </summary>
public sealed class YearRangeTests
{
    [Theory]
    [InlineData(int.MaxValue, 1, 1, "year")]
    [InlineData(int.MinValue, 1, 1, "year")]
    [InlineData(0, 1, 1, "year")]
    [InlineData(-1, 1, 1, "year")]
    [InlineData(RocDate.MaxYear + 1, 1, 1, "year")]
    [InlineData(114, 13, 1, "month")]
    [InlineData(114, int.MinValue, 1, "month")]
    [InlineData(114, 2, 29, "day")]
    [InlineData(114, 1, int.MaxValue, "day")]
    public void The_constructor_names_the_part_out_of_range_and_TryCreate_refuses_it(int year, int month, int day, string part)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RocDate(year, month, day));
        Assert.Equal(part, e.ParamName);
        Assert.False(RocDate.TryCreate(year, month, day, out RocDate date));
        Assert.Equal(default, date);
        Assert.False(RocDate.IsValid(year, month, day));
    }

    [Fact]
    public void The_range_ends_are_dates()
    {
        Assert.True(RocDate.TryCreate(RocDate.MinYear, 1, 1, out RocDate first));
        Assert.Equal(new DateTime(1912, 1, 1), first.ToDateTime());
        Assert.True(RocDate.TryCreate(RocDate.MaxYear, 12, 31, out RocDate last));
        Assert.Equal(new DateTime(9999, 12, 31), last.ToDateTime());
        Assert.False(RocDate.TryParse("2147483647年1月1日", out _));
        Assert.False(RocDate.TryParse("8089年1月1日", out _));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(RocDate.MaxYear)] // the results deadline falls in the next year, 8089
    public void A_year_that_cannot_be_scheduled_is_said_so_before_and_refused_by_name(int year)
    {
        Assert.False(ReportingSchedule.IsSchedulable(Samples.Overall, year));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingSchedule.For(Samples.Overall, year, AgencyLevel.Branch));
        Assert.Equal("year", e.ParamName);
        Assert.Contains("between 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_schedulable_year_schedules()
    {
        Assert.True(ReportingSchedule.IsSchedulable(Samples.Overall, RocDate.MaxYear - 1));
        Assert.NotEmpty(ReportingSchedule.For(Samples.Overall, RocDate.MaxYear - 1, AgencyLevel.Branch));
    }

    [Fact]
    public void A_deadline_refuses_a_year_that_would_overflow()
    {
        var rule = new Criteria.ReportingDeadline("results", "成果報送", new[] { AgencyLevel.Branch }, 1, 20, 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => rule.DateFor(int.MaxValue));
        Assert.Equal("year", e.ParamName);
        Assert.Equal(new RocDate(115, 1, 20), rule.DateFor(114));
    }
}

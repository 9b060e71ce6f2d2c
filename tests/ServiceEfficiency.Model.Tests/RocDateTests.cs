using System.Globalization;
using ServiceEfficiency.Calendar;

namespace ServiceEfficiency.Tests;

public class RocDateTests
{
    [Theory]
    [InlineData("114年1月6日", 114, 1, 6)]
    [InlineData("114 年 1 月 6 日", 114, 1, 6)]
    [InlineData("民國106年3月15日", 106, 3, 15)]
    [InlineData("民國元年1月1日", 1, 1, 1)]
    [InlineData("１１３年９月５日", 113, 9, 5)]
    public void Parses_the_forms_the_documents_use(string text, int year, int month, int day)
    {
        Assert.True(RocDate.TryParse(text, out RocDate date));
        Assert.Equal(new RocDate(year, month, day), date);
    }

    [Theory]
    [InlineData("113年2月30日")]
    [InlineData("112年2月29日")]
    [InlineData("0年1月1日")]
    [InlineData("114/1/6")]
    [InlineData("114年1月")]
    [InlineData("114年13月1日")]
    [InlineData("")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(RocDate.TryParse(text, out _));

    [Fact]
    public void Formats_without_padding_and_with_the_first_year_named()
    {
        Assert.Equal("99年1月5日", new RocDate(99, 1, 5).ToString());
        Assert.Equal("114年1月6日", new RocDate(114, 1, 6).ToString());
        Assert.Equal("民國元年10月10日", new RocDate(1, 10, 10).ToLongString());
        Assert.Equal("民國114年1月6日", new RocDate(114, 1, 6).ToLongString());
    }

    [Fact]
    public void Converts_both_ways_and_agrees_with_TaiwanCalendar()
    {
        // TaiwanCalendar needs the zh-TW culture, which globalization-invariant mode does not have;
        // there the ROC year is checked by its definition (Gregorian − 1911) only.
        TaiwanCalendar? taiwan = TaiwanCalendarIfAvailable();
        for (var day = new DateTime(1912, 1, 1); day < new DateTime(2100, 1, 1); day = day.AddDays(37))
        {
            RocDate roc = RocDate.FromDateTime(day);
            Assert.Equal(taiwan?.GetYear(day) ?? day.Year - 1911, roc.Year);
            Assert.Equal(day, roc.ToDateTime());
            Assert.Equal(roc, RocDate.Parse(roc.ToString()));
        }

        Assert.Equal(new DateTime(2025, 1, 6), new RocDate(114, 1, 6).ToDateTime());
        Assert.Throws<ArgumentOutOfRangeException>(() => RocDate.FromDateTime(new DateTime(1911, 12, 31)));
    }

    [Fact]
    public void Leap_days_follow_the_Gregorian_year()
    {
        Assert.True(RocDate.TryParse("113年2月29日", out _)); // 2024
        Assert.False(RocDate.TryParse("114年2月29日", out _)); // 2025
    }

    [Fact]
    public void Orders_by_date()
    {
        Assert.True(new RocDate(113, 12, 31) < new RocDate(114, 1, 1));
        Assert.True(new RocDate(114, 1, 15) > new RocDate(114, 1, 5));
    }

    private static TaiwanCalendar? TaiwanCalendarIfAvailable()
    {
        try
        {
            return new TaiwanCalendar();
        }
        catch (TypeInitializationException e) when (e.InnerException is CultureNotFoundException)
        {
            return null;
        }
    }
}

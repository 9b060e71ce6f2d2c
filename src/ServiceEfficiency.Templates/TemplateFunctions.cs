using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Scriban.Runtime;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Numbering;
using ServiceEfficiency.Text;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Templates;

/// <summary>
/// The helper functions every template can call: ROC dates, Chinese numerals and every numbering
/// style of the documents, figures (49,633 件) and 主辦單位 joined with 、. They return plain
/// strings, which the format's context escapes like any other value.
/// </summary>
internal static class TemplateFunctions
{
    // Template names are the criteria JSON names with '_' for '-' (Scriban arguments read like identifiers),
    // made from the one table (src/Shared/Criteria/CriteriaNames.cs) so a new style is known here too, in its order.
    private static readonly Dictionary<string, NumberingStyle> Styles = CriteriaNames.Numbering.Names.ToDictionary(
        name => name.Replace('-', '_'),
        name => CriteriaNames.Numbering.ByName[name],
        StringComparer.Ordinal);

    /// <summary>Built once; read concurrently by every render (lookups only).</summary>
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("roc_date", new Func<object?, string>(RocDateText));
        functions.Import("roc_date_long", new Func<object?, string>(value => ToRocDate(value) is RocDate d ? d.ToLongString() : string.Empty));
        functions.Import("roc_date_of", new Func<int, int, int, string>((year, month, day) => new RocDate(year, month, day).ToString()));
        functions.Import("chinese_numeral", new Func<int, string>(ChineseNumerals.ToChinese));
        functions.Import("capital_numeral", new Func<int, string>(ChineseNumerals.ToCapitalChinese));
        functions.Import("roman_numeral", new Func<int, string>(Numberer.ToLowerRoman));
        functions.Import("number_label", new Func<string, int, string, string>(NumberLabel));
        functions.Import("format_number", new Func<decimal, string>(FigureFormat.Number));
        functions.Import("figure", new Func<object?, string>(FigureText));
        functions.Import("join_units", new Func<object?, string>(JoinUnits));
        functions.Import("indent", new Func<int, string>(depth => new string('\u3000', Math.Max(0, Math.Min(depth, 16)))));
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary><c>number_label "chinese_parenthesized" 3</c> → (三); <c>number_label "level_name_chinese" 1 "構面"</c> → 構面一.</summary>
    private static string NumberLabel(string style, int position, string levelName = "")
    {
        if (!Styles.TryGetValue(style ?? string.Empty, out NumberingStyle numbering))
        {
            throw new ArgumentException(Messages.SE2002UnknownNumberingStyle.Format(style, string.Join(", ", Styles.Keys)));
        }

        return Numberer.Label(numbering, position, levelName ?? string.Empty);
    }

    private static string FigureText(object? value) => value switch
    {
        null => string.Empty,
        ScriptObject figure when figure["amount"] is string amount => amount,
        IConvertible number => FigureFormat.Number(Convert.ToDecimal(number, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException(Messages.SE2002FigureExpected.Format()),
    };

    private static string JoinUnits(object? value) => value switch
    {
        null => string.Empty,
        string single => single,
        IEnumerable list => string.Join("、", list.Cast<object?>().Where(u => u is not null).Select(u => Convert.ToString(u, CultureInfo.InvariantCulture))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string RocDateText(object? value) => ToRocDate(value)?.ToString() ?? string.Empty;

    private static RocDate? ToRocDate(object? value) => value switch
    {
        null => null,
        RocDate date => date,
        DateTime time => RocDate.FromDateTime(time),
        DateTimeOffset time => RocDate.FromDateTime(time.Date),
        ScriptObject o when o["year"] is int y && o["month"] is int m && o["day"] is int d => new RocDate(y, m, d),
        string text => RocDate.TryParse(text, out RocDate parsed) ? parsed
            : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime time) ? RocDate.FromDateTime(time)
            : throw new ArgumentException(Messages.SE2002NotADate.Format(text)),
        _ => throw new ArgumentException(Messages.SE2002DateExpected.Format()),
    };
}

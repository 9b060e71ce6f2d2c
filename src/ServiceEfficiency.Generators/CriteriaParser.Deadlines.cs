using System.Globalization;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Generators;

/// <summary>The criteria file reader: the reporting deadlines: a date or a period after another deadline, for some agency levels.</summary>
internal sealed partial class CriteriaParser
{
    private List<DeadlineModel> ReadDeadlines(JsonObject edition)
    {
        var deadlines = new List<DeadlineModel>();
        JsonArray? array = Array(edition, "$", EditionPart, "deadlines", required: false);
        for (int i = 0; array is not null && i < array.Items.Count; i++)
        {
            string path = Index("$.deadlines", i);
            if (AsObject(array.Items[i], path) is not JsonObject deadline)
            {
                continue;
            }

            MessageArgument what = Part(Messages.GeneratorPartDeadline, path);
            CheckProperties(deadline, path, what, CriteriaProperties.Deadline);
            string? key = RequiredString(deadline, path, what, "key");
            string? title = RequiredString(deadline, path, what, "title");
            var levels = new List<string>();
            JsonArray? levelArray = Array(deadline, path, what, "levels", required: true);
            for (int j = 0; levelArray is not null && j < levelArray.Items.Count; j++)
            {
                string levelPath = Index(path + ".levels", j);
                if (AsString(levelArray.Items[j], levelPath) is string level)
                {
                    if (CriteriaNames.Levels.ByName.TryGetValue(level, out AgencyLevel member))
                    {
                        levels.Add(member.ToString());
                    }
                    else
                    {
                        Invalid(levelArray.Items[j], Messages.SE1002UnknownChoice, level, CriteriaNames.Levels.Listed);
                    }
                }
            }

            int before = _diagnostics.Count;
            int? month = OptionalInt(deadline, path, "month");
            int? day = OptionalInt(deadline, path, "day");
            int? yearOffset = OptionalInt(deadline, path, "yearOffset");
            int? within = OptionalInt(deadline, path, "withinMonths");
            string? after = OptionalString(deadline, path, "after");
            string name = title ?? key ?? path;
            if (month is int m && day is int d)
            {
                int offset = yearOffset ?? 0;

                if (!CriteriaRules.IsValidDateRule(m, d, offset))
                {
                    Invalid(deadline, Messages.SE1004DeadlineDate, name, m.ToString(CultureInfo.InvariantCulture), d.ToString(CultureInfo.InvariantCulture), offset.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                if (key is not null && title is not null)
                {
                    deadlines.Add(new DeadlineModel(key, title, levels.ToEquatableArray(), m, d, offset, null, null));
                }
            }
            else if (within is int w && after is not null)
            {
                if (!CriteriaRules.IsValidPeriod(w))
                {
                    Invalid(Get(deadline, "withinMonths")!, Messages.SE1004WithinMonths, name);
                    continue;
                }

                if (key is not null && title is not null)
                {
                    deadlines.Add(new DeadlineModel(key, title, levels.ToEquatableArray(), null, null, 0, w, after));
                }
            }
            else if (_diagnostics.Count == before)
            {
                // Only when the date properties were readable: a wrongly typed one is reported already.
                Invalid(deadline, Messages.SE1002DeadlineRule, name);
            }
        }

        return deadlines;
    }
}

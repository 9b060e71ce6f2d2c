using System.Globalization;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Generators;

/// <summary>The criteria file reader: the edition's own properties: its years, levels and required plan sections.</summary>
internal sealed partial class CriteriaParser
{
    private List<int> ReadYears(JsonObject edition)
    {
        var years = new List<int>();
        JsonArray? array = Array(edition, "$", EditionPart, "years", required: true);
        if (array is null)
        {
            return years;
        }

        if (array.Items.Count == 0)
        {
            Invalid(array, Messages.SE1004NoYears);
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            JsonNode item = array.Items[i];
            int? year = AsInt(item, Index("$.years", i));
            if (year is < 1)
            {
                Invalid(item, Messages.SE1004NotRocYear, year.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (year is int y)
            {
                years.Add(y);
            }
        }

        return years;
    }

    private List<LevelModel?> ReadLevels(JsonObject edition, out int count)
    {
        var levels = new List<LevelModel?>();
        JsonArray? array = Array(edition, "$", EditionPart, "levels", required: true);
        count = array?.Items.Count ?? int.MaxValue;
        if (array is null)
        {
            return levels;
        }

        if (array.Items.Count == 0)
        {
            Invalid(array, Messages.SE1004NoLevels);
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            string path = Index("$.levels", i);
            if (AsObject(array.Items[i], path) is not JsonObject level)
            {
                levels.Add(null);
                continue;
            }

            MessageArgument what = Part(Messages.GeneratorPartLevel, path);
            CheckProperties(level, path, what, CriteriaProperties.Level);
            string? name = RequiredString(level, path, what, "name");
            string? numbering = RequiredString(level, path, what, "numbering", allowBlank: true);
            NumberingStyle? style = null;
            if (numbering is not null)
            {
                if (CriteriaNames.Numbering.ByName.TryGetValue(numbering, out NumberingStyle known))
                {
                    style = known;
                }
                else
                {
                    Report(Descriptors.UnknownNumbering, Get(level, "numbering")!, numbering, CriteriaNames.Numbering.Listed);
                }
            }

            levels.Add(name is null || style is null ? null : new LevelModel(name, style.Value));
        }

        return levels;
    }

    private List<string> ReadSections(JsonObject edition)
    {
        var sections = new List<string>();
        JsonArray? array = Array(edition, "$", EditionPart, "requiredPlanSections", required: false);
        for (int i = 0; array is not null && i < array.Items.Count; i++)
        {
            if (AsString(array.Items[i], Index("$.requiredPlanSections", i)) is string section)
            {
                if (CriteriaNames.Sections.ByName.TryGetValue(section, out PlanSectionKind member))
                {
                    sections.Add(member.ToString());
                }
                else
                {
                    Invalid(array.Items[i], Messages.SE1002UnknownChoice, section, CriteriaNames.Sections.Listed);
                }
            }
        }

        return sections;
    }
}

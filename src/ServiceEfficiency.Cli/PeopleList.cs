using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli;

/// <summary>
/// The people to commend, from a CSV file with a header: <c>name,role[,outcome]</c>. A role or an
/// outcome is written by its JSON name (<c>lead-officer</c>, <c>site-visit</c>) or as the plans word
/// it (主要承辦人員, 入圍實地訪查). A person on several rows qualifies several times.
/// </summary>
internal static class PeopleList
{
    public static IReadOnlyList<Nominee> Parse(string text, string sourceName, AwardOutcome? defaultOutcome)
    {
        List<List<(string Value, int Line, int Column)>> rows = Csv.Parse(text, sourceName);
        if (rows.Count == 0)
        {
            throw new CliException(Messages.CliPeopleEmpty.Format(sourceName));
        }

        List<string> header = rows[0].Select(c => c.Value.Trim().ToLowerInvariant()).ToList();
        int name = header.IndexOf("name");
        int role = header.IndexOf("role");
        int outcome = header.IndexOf("outcome");
        if (name < 0 || role < 0)
        {
            throw new CliException(Messages.CliPeopleHeader.Format(sourceName, string.Join(",", header)));
        }

        var qualifications = new Dictionary<string, List<Qualification>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (List<(string Value, int Line, int Column)> row in rows.Skip(1))
        {
            if (row.All(c => c.Value.Trim().Length == 0))
            {
                continue;
            }

            (string Value, int Line, int Column) Cell(int index) =>
                index < row.Count ? row[index] : throw new CliException(Messages.CliPeopleMissingColumn.Format(sourceName, row[0].Line, row[row.Count - 1].Column, header[index]));

            var person = Cell(name);
            if (person.Value.Trim().Length == 0)
            {
                throw new CliException(Messages.CliPeopleEmptyName.Format(sourceName, person.Line, person.Column));
            }

            var roleCell = Cell(role);
            CommendationRole parsedRole = ParseChoice(roleCell, JsonNames.CommendationRoles, r => r.Name(), "role", sourceName);
            AwardOutcome parsedOutcome;
            if (outcome >= 0 && outcome < row.Count && row[outcome].Value.Trim().Length > 0)
            {
                parsedOutcome = ParseChoice(row[outcome], JsonNames.AwardOutcomes, o => o.Name(), "outcome", sourceName);
            }
            else
            {
                parsedOutcome = defaultOutcome ?? throw new CliException(Messages.CliPeopleNoOutcome.Format(sourceName, roleCell.Line, person.Value.Trim()));
            }

            string key = person.Value.Trim();
            if (!qualifications.TryGetValue(key, out List<Qualification>? list))
            {
                list = new List<Qualification>();
                qualifications[key] = list;
                order.Add(key);
            }

            list.Add(new Qualification(parsedOutcome, parsedRole));
        }

        return order.Select(n => new Nominee(n, qualifications[n])).ToList();
    }

    private static T ParseChoice<T>((string Value, int Line, int Column) cell, IReadOnlyDictionary<string, T> names, Func<T, string> chinese, string what, string sourceName)
        where T : struct, Enum
    {
        string value = cell.Value.Trim();
        if (names.TryGetValue(value, out T parsed))
        {
            return parsed;
        }

        foreach (T candidate in names.Values)
        {
            if (string.Equals(chinese(candidate), value, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        throw new CliException(Messages.CliPeopleUnknownChoice.Format(sourceName, cell.Line, cell.Column, what, value, string.Join(", ", names.Keys), string.Join("、", names.Values.Select(chinese))));
    }

    /// <summary>RFC 4180 CSV with the position of every cell, for located messages.</summary>
    private static class Csv
    {
        public static List<List<(string Value, int Line, int Column)>> Parse(string text, string sourceName)
        {
            var rows = new List<List<(string, int, int)>>();
            var row = new List<(string, int, int)>();
            var cell = new StringBuilder();
            int line = 1, column = 1, cellLine = 1, cellColumn = 1;
            bool quoted = false, atCellStart = true;
            int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                        column += 2;
                        continue;
                    }

                    if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        cell.Append(c);
                    }

                    if (c == '\n')
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column++;
                    }

                    continue;
                }

                if (c == '"' && atCellStart)
                {
                    quoted = true;
                    atCellStart = false;
                    column++;
                    continue;
                }

                if (c == ',' || c == '\n' || c == '\r')
                {
                    row.Add((cell.ToString(), cellLine, cellColumn));
                    cell.Clear();
                    if (c == ',')
                    {
                        column++;
                    }
                    else
                    {
                        if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                        }

                        rows.Add(row);
                        row = new List<(string, int, int)>();
                        line++;
                        column = 1;
                    }

                    cellLine = line;
                    cellColumn = column;
                    atCellStart = true;
                    continue;
                }

                cell.Append(c);
                atCellStart = false;
                column++;
            }

            if (quoted)
            {
                throw new CliException(Messages.CliPeopleUnclosedQuote.Format(sourceName, cellLine, cellColumn));
            }

            if (cell.Length > 0 || row.Count > 0)
            {
                row.Add((cell.ToString(), cellLine, cellColumn));
                rows.Add(row);
            }

            return rows;
        }
    }
}

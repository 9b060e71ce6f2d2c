using System;
using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The names the JSON formats (and so the command-line tool) use for the model's choices:
/// <c>headquarters</c>, <c>site-visit</c>, <c>lead-officer</c> … (see <c>docs/data-formats.md</c>).
/// </summary>
public static class JsonNames
{
    /// <summary>Agency levels by name: <c>headquarters</c>, <c>branch</c>, <c>unit</c>.</summary>
    public static IReadOnlyDictionary<string, AgencyLevel> AgencyLevels => Choices.Level;

    /// <summary>Award outcomes by name: <c>award</c>, <c>site-visit</c>, <c>nominated</c>.</summary>
    public static IReadOnlyDictionary<string, AwardOutcome> AwardOutcomes => Choices.Outcome;

    /// <summary>Commendation roles by name: <c>lead-officer</c>, <c>head</c>, <c>other-contributor</c> ….</summary>
    public static IReadOnlyDictionary<string, CommendationRole> CommendationRoles => Choices.Role;

    /// <summary>Document kinds by name: <c>plan</c>, <c>results</c>.</summary>
    public static IReadOnlyDictionary<string, DocumentKind> DocumentKinds => Choices.Kind;

    /// <summary>The JSON name of an agency level.</summary>
    /// <param name="level">An agency level (中央, 地方…).</param>
    public static string Of(AgencyLevel level) => NameOf(Choices.Level, level);

    /// <summary>The JSON name of an award outcome.</summary>
    /// <param name="outcome">An award outcome (獲獎, 入圍…).</param>
    public static string Of(AwardOutcome outcome) => NameOf(Choices.Outcome, outcome);

    /// <summary>The JSON name of a commendation role.</summary>
    /// <param name="role">A commendation role (主辦人員, 機關首長…).</param>
    public static string Of(CommendationRole role) => NameOf(Choices.Role, role);

    /// <summary>The JSON name of a document kind.</summary>
    /// <param name="kind">A document kind: a plan or a results report.</param>
    public static string Of(DocumentKind kind) => NameOf(Choices.Kind, kind);

    private static string NameOf<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct, Enum =>
        names.FirstOrDefault(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Key
        ?? throw new ArgumentOutOfRangeException(nameof(value), value, null);
}

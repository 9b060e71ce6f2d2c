using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ServiceEfficiency.Generators;

/// <summary>
/// Every SE0xxx diagnostic of the generator. Codes are stable (never reused for another meaning)
/// and documented in docs/diagnostics.md and docs/generator.md; a test checks that each one is.
/// </summary>
internal static class Descriptors
{
    private const string Category = "ServiceEfficiency.Criteria";

    public static readonly DiagnosticDescriptor MalformedJson = Error("SE0001", "Malformed JSON in a criteria file", "Malformed JSON: {0}");

    public static readonly DiagnosticDescriptor MissingProperty = Error("SE0002", "Missing required property", "{0} has no '{1}' property, which is required");

    public static readonly DiagnosticDescriptor WrongType = Error("SE0003", "Value of the wrong type", "'{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor UnknownProperty = Error("SE0004", "Unknown property", "Unknown property '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error("SE0005", "Property appears twice", "{0}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error("SE0006", "Duplicate sibling key", "Key '{0}' of 「{1}」 is already used by a sibling, 「{2}」");

    public static readonly DiagnosticDescriptor KeyNotIdentifier = Error("SE0007", "Key is not a C# identifier", "Key '{0}' of 「{1}」 cannot be a C# identifier: use ASCII letters, digits and '_', not starting with a digit");

    public static readonly DiagnosticDescriptor KeyCollides = Error("SE0008", "Key collides with a generated member", "Key '{0}' of 「{1}」 would generate a member named like {2}; choose another key");

    public static readonly DiagnosticDescriptor InconsistentPoints = Error("SE0009", "Inconsistent points", "{0}");

    public static readonly DiagnosticDescriptor UnknownNumbering = Error("SE0010", "Unknown numbering style", "Unknown numbering style '{0}'; expected one of: {1}");

    public static readonly DiagnosticDescriptor InvalidValue = Error("SE0011", "Invalid value", "{0}");

    public static readonly DiagnosticDescriptor DuplicateClass = Error("SE0012", "Two criteria files produce the same class", "This file and '{0}' both produce the class '{1}'; give one of them another name with the ClassName or Namespace metadata of its AdditionalFiles item");

    public static readonly DiagnosticDescriptor ModelNotReferenced = Error("SE0013", "ServiceEfficiency.Model is not referenced", "The catalogue of this criteria file needs the ServiceEfficiency.Model library (type ServiceEfficiency.Criteria.CriteriaEdition), which the project does not reference; add the ServiceEfficiency.Model package");

    public static readonly DiagnosticDescriptor InvalidName = Error("SE0014", "Invalid class name or namespace", "{0}");

    public static readonly DiagnosticDescriptor Unreadable = Error("SE0015", "Criteria file cannot be read", "The criteria file cannot be read");

    public static readonly DiagnosticDescriptor InternalError = Error("SE0099", "Internal error in the criteria generator", "The criteria generator failed on this file ({0}: {1}); please report it with the file");

    /// <summary>Every descriptor, in code order.</summary>
    public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
    {
        MalformedJson, MissingProperty, WrongType, UnknownProperty, DuplicateProperty, DuplicateKey, KeyNotIdentifier, KeyCollides,
        InconsistentPoints, UnknownNumbering, InvalidValue, DuplicateClass, ModelNotReferenced, InvalidName, Unreadable, InternalError,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ByIdMap = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => ByIdMap[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

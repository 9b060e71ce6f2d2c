using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Generators;

/// <summary>
/// Every SE0xxx diagnostic of the generator. Codes are stable (never reused for another meaning)
/// and documented in docs/diagnostics.md and docs/generator.md; a test checks that each one is.
/// Titles and messages are in English and zh-TW, from the shared message table (Messages.Generator.cs).
/// </summary>
internal static class Descriptors
{
    private const string Category = "ServiceEfficiency.Criteria";

    private static readonly LocalizableString VerbatimFormat = "{0}";

    public static readonly DiagnosticDescriptor MalformedJson = Error("SE0001", Messages.SE0001Title, Messages.SE0001);

    public static readonly DiagnosticDescriptor MissingProperty = Error("SE0002", Messages.SE0002Title, Messages.SE0002);

    public static readonly DiagnosticDescriptor WrongType = Error("SE0003", Messages.SE0003Title, Messages.SE0003);

    public static readonly DiagnosticDescriptor UnknownProperty = Error("SE0004", Messages.SE0004Title, Messages.SE0004);

    public static readonly DiagnosticDescriptor DuplicateProperty = Error("SE0005", Messages.SE0005Title, Messages.SE0005);

    public static readonly DiagnosticDescriptor DuplicateKey = Error("SE0006", Messages.SE0006Title, Messages.SE0006);

    public static readonly DiagnosticDescriptor KeyNotIdentifier = Error("SE0007", Messages.SE0007Title, Messages.SE1004KeyNotIdentifier);

    public static readonly DiagnosticDescriptor KeyCollides = Error("SE0008", Messages.SE0008Title, Messages.SE0008);

    public static readonly DiagnosticDescriptor InconsistentPoints = Error("SE0009", Messages.SE0009Title);

    public static readonly DiagnosticDescriptor UnknownNumbering = Error("SE0010", Messages.SE0010Title, Messages.SE1002UnknownChoice);

    public static readonly DiagnosticDescriptor InvalidValue = Error("SE0011", Messages.SE0011Title);

    public static readonly DiagnosticDescriptor DuplicateClass = Error("SE0012", Messages.SE0012Title, Messages.SE0012);

    public static readonly DiagnosticDescriptor ModelNotReferenced = Error("SE0013", Messages.SE0013Title, Messages.SE0013);

    public static readonly DiagnosticDescriptor InvalidName = Error("SE0014", Messages.SE0014Title);

    public static readonly DiagnosticDescriptor Unreadable = Error("SE0015", Messages.SE0015Title, Messages.SE0015);

    // Info: the consumer's own file wins over a file shipped in the Model package (same edition id, or same class).
    public static readonly DiagnosticDescriptor ReplacesShippedEdition =
        new("SE0016", new MessageString(Messages.SE0016Title), VerbatimFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = Error("SE0099", Messages.SE0099Title, Messages.SE0099);

    /// <summary>Every descriptor, in code order.</summary>
    public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
    {
        MalformedJson, MissingProperty, WrongType, UnknownProperty, DuplicateProperty, DuplicateKey, KeyNotIdentifier, KeyCollides,
        InconsistentPoints, UnknownNumbering, InvalidValue, DuplicateClass, ModelNotReferenced, InvalidName, Unreadable, ReplacesShippedEdition, InternalError,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ByIdMap = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => ByIdMap[id];

    // Title and format from the message table, in the build's UI language (MessageString).
    private static DiagnosticDescriptor Error(string id, Message title, Message message) =>
        new(id, new MessageString(title), new MessageString(message), Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // A format that is only "{0}": the argument is the whole message, a variant of the table, the
    // run-time loader's own message where it checks the same rule (SE1004.NoYears, SE0009 …).
    private static DiagnosticDescriptor Error(string id, Message title) =>
        new(id, new MessageString(title), VerbatimFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The codes a loader reports its problems under, passed to the shared loading path (JsonInput,
/// MappingContext) so that it hard-codes none: a criteria file is reported with the generator's SE0xxx
/// codes (the same code at build time and at run time), a document with the SE1xxx ones.
/// </summary>
/// <param name="Malformed">Not well-formed JSON or not UTF-8.</param>
/// <param name="Missing">A required property is absent.</param>
/// <param name="WrongType">A value of the wrong JSON type (or a null where a value is needed).</param>
/// <param name="UnknownProperty">A property the format does not have.</param>
/// <param name="DuplicateProperty">A property twice in one object.</param>
/// <param name="InvalidValue">A value of the right type that is not valid.</param>
/// <param name="UnknownChoice">A name that is not one of a closed list.</param>
/// <param name="GeneratorWords">Whether problems are worded as the generator words them (criteria files): nesting deeper than the limit is a syntax error (<paramref name="Malformed"/>) rather than a limit (SE1003), and structure messages name the place the generator's way (<see cref="CriteriaWording"/>).</param>
internal sealed record LoadCodes(
    DiagnosticDescriptor Malformed,
    DiagnosticDescriptor Missing,
    DiagnosticDescriptor WrongType,
    DiagnosticDescriptor UnknownProperty,
    DiagnosticDescriptor DuplicateProperty,
    DiagnosticDescriptor InvalidValue,
    DiagnosticDescriptor UnknownChoice,
    bool GeneratorWords)
{
    /// <summary>Documents (plans, results reports): SE1001, SE1002, SE1004.</summary>
    public static readonly LoadCodes Document = new(
        DiagnosticCodes.MalformedJson,
        DiagnosticCodes.InvalidStructure,
        DiagnosticCodes.InvalidStructure,
        DiagnosticCodes.InvalidStructure,
        DiagnosticCodes.InvalidStructure,
        DiagnosticCodes.InvalidValue,
        DiagnosticCodes.InvalidStructure,
        GeneratorWords: false);

    /// <summary>Criteria files: the generator's SE0001–SE0005 and SE0011 (SE0006, SE0007, SE0010 are reported by the criteria loader itself).</summary>
    public static readonly LoadCodes Criteria = new(
        DiagnosticCodes.CriteriaMalformedJson,
        DiagnosticCodes.CriteriaMissingProperty,
        DiagnosticCodes.CriteriaWrongType,
        DiagnosticCodes.CriteriaUnknownProperty,
        DiagnosticCodes.CriteriaDuplicateProperty,
        DiagnosticCodes.CriteriaInvalidValue,
        DiagnosticCodes.CriteriaInvalidValue,
        GeneratorWords: true);
}

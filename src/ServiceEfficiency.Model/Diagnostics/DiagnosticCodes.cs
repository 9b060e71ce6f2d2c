using System.Collections.Generic;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Diagnostics;

/// <summary>
/// Every diagnostic the model reports, with its fixed severity: <c>SE1xxx</c> for documents and files,
/// and for a criteria file the generator's own <c>SE0xxx</c> codes (the same code at build time and at run time). The codes are stable:
/// a code is never reused for another meaning. docs/diagnostics.md documents each one.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>SE0001: a criteria file is not well-formed JSON or not UTF-8 (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaMalformedJson = new("SE0001", DiagnosticSeverity.Error, Messages.SE0001Title.English);

    /// <summary>SE0002: a criteria file lacks a required property (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaMissingProperty = new("SE0002", DiagnosticSeverity.Error, Messages.SE0002Title.English);

    /// <summary>SE0003: a value of a criteria file has the wrong JSON type (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaWrongType = new("SE0003", DiagnosticSeverity.Error, Messages.SE0003Title.English);

    /// <summary>SE0004: a criteria file has a property the format does not have (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaUnknownProperty = new("SE0004", DiagnosticSeverity.Error, Messages.SE0004Title.English);

    /// <summary>SE0005: a property appears twice in one object of a criteria file (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaDuplicateProperty = new("SE0005", DiagnosticSeverity.Error, Messages.SE0005Title.English);

    /// <summary>SE0006: two sibling criteria have the same key (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaDuplicateKey = new("SE0006", DiagnosticSeverity.Error, Messages.SE0006Title.English);

    /// <summary>SE0007: a criterion's key is not an identifier (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaKeyNotIdentifier = new("SE0007", DiagnosticSeverity.Error, Messages.SE0007Title.English);

    /// <summary>SE0010: a level names an unknown numbering style (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaUnknownNumbering = new("SE0010", DiagnosticSeverity.Error, Messages.SE0010Title.English);

    /// <summary>SE0011: a value of a criteria file is not valid (the generator's code).</summary>
    public static readonly DiagnosticDescriptor CriteriaInvalidValue = new("SE0011", DiagnosticSeverity.Error, Messages.SE0011Title.English);

    /// <summary>SE1000: the file could not be read.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable = new("SE1000", DiagnosticSeverity.Error, Messages.SE1000Title.English);

    /// <summary>SE1001: the input is not well-formed JSON (syntax error, empty, truncated, invalid UTF-8).</summary>
    public static readonly DiagnosticDescriptor MalformedJson = new("SE1001", DiagnosticSeverity.Error, Messages.SE1001Title.English);

    /// <summary>SE1002: the JSON does not have the documented shape (wrong type, unknown property, missing required property, unknown value).</summary>
    public static readonly DiagnosticDescriptor InvalidStructure = new("SE1002", DiagnosticSeverity.Error, Messages.SE1002Title.English);

    /// <summary>SE1003: the input exceeds a limit (size, nesting depth).</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = new("SE1003", DiagnosticSeverity.Error, Messages.SE1003Title.English);

    /// <summary>SE1004: a value is not valid (a ROC date that does not exist, a key that is not an identifier, a duplicate key).</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new("SE1004", DiagnosticSeverity.Error, Messages.SE1004Title.English);

    /// <summary>SE1010: an entry or table names a criterion the edition does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownCriterion = new("SE1010", DiagnosticSeverity.Error, Messages.SE1010Title.English);

    /// <summary>SE1011: the document follows another edition than the one it is checked against.</summary>
    public static readonly DiagnosticDescriptor EditionMismatch = new("SE1011", DiagnosticSeverity.Error, Messages.SE1011Title.English);

    /// <summary>SE1012: the document's ROC year is not one of the edition's years.</summary>
    public static readonly DiagnosticDescriptor YearOutsideEdition = new("SE1012", DiagnosticSeverity.Error, Messages.SE1012Title.English);

    /// <summary>SE1013: a plan lacks a section the edition requires.</summary>
    public static readonly DiagnosticDescriptor MissingPlanSection = new("SE1013", DiagnosticSeverity.Error, Messages.SE1013Title.English);

    /// <summary>SE1014: a strategy entry names no lead unit (主辦單位).</summary>
    public static readonly DiagnosticDescriptor MissingLeadUnit = new("SE1014", DiagnosticSeverity.Error, Messages.SE1014Title.English);

    /// <summary>SE1015: a lead unit is not one of the agency's units.</summary>
    public static readonly DiagnosticDescriptor UnknownLeadUnit = new("SE1015", DiagnosticSeverity.Warning, Messages.SE1015Title.English);

    /// <summary>SE1016: a criterion of the edition is addressed by no entry.</summary>
    public static readonly DiagnosticDescriptor CriterionNotAddressed = new("SE1016", DiagnosticSeverity.Warning, Messages.SE1016Title.English);

    /// <summary>SE1017: an entry reports results without any quantified figure.</summary>
    public static readonly DiagnosticDescriptor ResultsWithoutFigures = new("SE1017", DiagnosticSeverity.Warning, Messages.SE1017Title.English);

    /// <summary>SE0009 (formerly SE1018, now retired): points are inconsistent (children above their parent, dimensions not adding up to the total); the generator's code.</summary>
    public static readonly DiagnosticDescriptor InconsistentPoints = new("SE0009", DiagnosticSeverity.Error, Messages.SE0009Title.English);

    /// <summary>SE1019: a strategy cell is nearly, but not exactly, the edition's wording: a likely misspelling.</summary>
    public static readonly DiagnosticDescriptor StrategyWordingMisspelt = new("SE1019", DiagnosticSeverity.Warning, Messages.SE1019Title.English);

    /// <summary>SE1020: numbered points skip or repeat a number (v., v.).</summary>
    public static readonly DiagnosticDescriptor NumberingOutOfSequence = new("SE1020", DiagnosticSeverity.Warning, Messages.SE1020Title.English);

    /// <summary>SE1021: the title does not follow 機關 + 年度 + 提升服務效能執行計畫 / 執行績效與成果.</summary>
    public static readonly DiagnosticDescriptor NonstandardTitle = new("SE1021", DiagnosticSeverity.Warning, Messages.SE1021Title.English);

    /// <summary>SE1022: an entry sits in the table of another dimension or strategy.</summary>
    public static readonly DiagnosticDescriptor EntryOutsideTable = new("SE1022", DiagnosticSeverity.Warning, Messages.SE1022Title.English);

    /// <summary>SE1023: a lead unit range (第一課至第六課) does not run between two units of the agency.</summary>
    public static readonly DiagnosticDescriptor InvalidUnitRange = new("SE1023", DiagnosticSeverity.Error, Messages.SE1023Title.English);

    /// <summary>SE1024: a plan's planned actions state no quantified target (the 114 plan asks for quantified plans).</summary>
    public static readonly DiagnosticDescriptor ActionsWithoutTargets = new("SE1024", DiagnosticSeverity.Info, Messages.SE1024Title.English);

    /// <summary>Every descriptor, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        CriteriaMalformedJson, CriteriaMissingProperty, CriteriaWrongType, CriteriaUnknownProperty, CriteriaDuplicateProperty,
        CriteriaDuplicateKey, CriteriaKeyNotIdentifier, InconsistentPoints, CriteriaUnknownNumbering, CriteriaInvalidValue,
        FileUnreadable, MalformedJson, InvalidStructure, LimitExceeded, InvalidValue,
        UnknownCriterion, EditionMismatch, YearOutsideEdition, MissingPlanSection, MissingLeadUnit,
        UnknownLeadUnit, CriterionNotAddressed, ResultsWithoutFigures,
        StrategyWordingMisspelt, NumberingOutOfSequence, NonstandardTitle, EntryOutsideTable,
        InvalidUnitRange, ActionsWithoutTargets,
    };
}

using System;
using System.Collections.Generic;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Serialization;

/// <summary>Collects located diagnostics while DTOs are turned into the domain model.</summary>
internal sealed class MappingContext
{
    private readonly List<Diagnostic> _diagnostics = new();

    private readonly CriteriaWording? _wording;

    public MappingContext(JsonSourceMap map, LoadCodes codes, CriteriaWording? wording = null)
    {
        _wording = wording;
        Map = map;
        Codes = codes;
    }

    public JsonSourceMap Map { get; }

    /// <summary>The codes of the loader this context maps for (criteria files: SE0xxx, documents: SE1xxx).</summary>
    public LoadCodes Codes { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, string path, string message, string? suggestion = null)
    {
        _diagnostics.Add(descriptor.Create(message, Map.Locate(path), suggestion));
        HasErrors |= descriptor.Severity == DiagnosticSeverity.Error;
    }

    /// <summary>
    /// The loader's missing-property code for a required property that is absent (or null): the JSON path names the property, the
    /// message names it and the object that lacks it, and the location is that object's opening brace
    /// (or the null), not the start of the file.
    /// </summary>
    public void ReportMissing(string objectPath, string property) =>
        Report(Codes.Missing, JsonSourceMap.Property(objectPath, property), _wording?.Missing(objectPath, property) ?? Messages.SE1002MissingProperty.Format(property, objectPath));

    /// <summary>A required string: reports the loader's missing-property code when missing, its invalid-value code when blank.</summary>
    public string Required(string? value, string parentPath, string property)
    {
        string path = JsonSourceMap.Property(parentPath, property);
        if (value is null)
        {
            ReportMissing(parentPath, property);
            return string.Empty;
        }

        if (value.Trim().Length == 0)
        {
            Report(Codes.InvalidValue, path, Messages.SE1004Empty.Format(property));
        }

        return value;
    }

    /// <summary>A required value of any kind: reports the loader's missing-property code when missing.</summary>
    public T? Required<T>(T? value, string parentPath, string property)
        where T : class
    {
        if (value is null)
        {
            ReportMissing(parentPath, property);
        }

        return value;
    }

    /// <summary>A required number: reports the loader's missing-property code when missing.</summary>
    public int RequiredNumber(int? value, string parentPath, string property)
    {
        if (value is null)
        {
            ReportMissing(parentPath, property);
            return 0;
        }

        return value.Value;
    }

    /// <summary>Maps each non-null item of an optional list; a null item is reported.</summary>
    public List<TOut> Each<TIn, TOut>(List<TIn?>? items, string path, Func<TIn, string, TOut?> map)
        where TIn : class
        where TOut : class
    {
        var result = new List<TOut>();
        if (items is null)
        {
            return result;
        }

        for (int i = 0; i < items.Count; i++)
        {
            string itemPath = JsonSourceMap.Index(path, i);
            TIn? item = items[i];
            if (item is null)
            {
                Report(Codes.WrongType, itemPath, _wording?.WrongType(itemPath, Messages.GeneratorKindObject) ?? Messages.SE1002UnexpectedNull.Format());
                continue;
            }

            TOut? mapped = map(item, itemPath);
            if (mapped is not null)
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    /// <summary>A value from a closed list of names (kebab-case), reporting the loader's unknown-choice code (or <paramref name="code"/>) with the accepted names.</summary>
    public bool TryChoose<T>(string? value, string path, IReadOnlyDictionary<string, T> choices, out T result, DiagnosticDescriptor? code = null)
    {
        if (value is not null && choices.TryGetValue(value, out result!))
        {
            return true;
        }

        result = default!;
        Report(code ?? Codes.UnknownChoice, path, Messages.SE1002UnknownChoice.Format(value, string.Join(", ", choices.Keys)));
        return false;
    }
}

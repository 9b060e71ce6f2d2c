using System.Collections.Generic;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ServiceEfficiency.Templates;

/// <summary>
/// A template tried to change the model. Templates see projections built for one render, so a
/// write could not reach the caller's objects anyway; refusing it keeps templates honest (SE2008).
/// </summary>
internal sealed class ModelReadOnlyException : ScriptRuntimeException
{
    public ModelReadOnlyException(SourceSpan span, string what)
        : base(span, $"The document model is read-only: a template cannot change {what}.")
    {
    }
}

/// <summary>A read-only object of the template model (a projection of a model object, never the object itself).</summary>
internal sealed class ModelObject : ScriptObject
{
    private bool _frozen;

    public ModelObject()
        : base(8, false)
    {
    }

    public ModelObject With(string name, object? value)
    {
        SetValue(name, value, true);
        return this;
    }

    public ModelObject Freeze()
    {
        _frozen = true;
        return this;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (_frozen)
        {
            throw new ModelReadOnlyException(span, $"`{member}`");
        }

        return base.TrySetValue(context, span, member, value, readOnly);
    }

    public override bool CanWrite(string member) => !_frozen && base.CanWrite(member);

    public override bool Remove(string member) =>
        _frozen ? throw new ModelReadOnlyException(default, $"`{member}`") : base.Remove(member);

    public override void SetReadOnly(string member, bool readOnly)
    {
        if (_frozen)
        {
            throw new ModelReadOnlyException(default, $"`{member}`");
        }

        base.SetReadOnly(member, readOnly);
    }
}

/// <summary>A read-only list of the template model.</summary>
internal sealed class ModelArray : ScriptArray
{
    private readonly bool _frozen;

    public ModelArray(IEnumerable<object?> items)
        : base(items)
    {
        _frozen = true;
    }

    public override object? this[int index]
    {
        get => base[index];
        set => throw new ModelReadOnlyException(default, "a list item");
    }

    public override void Add(object? item)
    {
        if (_frozen)
        {
            throw new ModelReadOnlyException(default, "a list");
        }

        base.Add(item);
    }

    public override void Clear() => throw new ModelReadOnlyException(default, "a list");

    public override void Insert(int index, object? item) => throw new ModelReadOnlyException(default, "a list");

    public override void RemoveAt(int index) => throw new ModelReadOnlyException(default, "a list");

    public override bool Remove(object? item) => throw new ModelReadOnlyException(default, "a list");

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        throw new ModelReadOnlyException(span, $"`{member}` of a list");
}

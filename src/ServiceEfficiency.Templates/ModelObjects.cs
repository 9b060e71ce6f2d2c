using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// A template tried to change the model. Templates see projections built for one render, so a
/// write could not reach the caller's objects anyway; refusing it keeps templates honest (SE2008).
/// </summary>
internal sealed class ModelReadOnlyException : ScriptRuntimeException
{
    public ModelReadOnlyException(SourceSpan span, string what)
        : base(span, Messages.SE2008ModelIsReadOnly.Format(what))
    {
        What = what;
    }

    /// <summary>What the template tried to change, in the current language.</summary>
    public string What { get; }
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

/// <summary>
/// A read-only list of the template model. Not a <see cref="ScriptArray"/>: Scriban writes to a
/// ScriptArray through its non-virtual <see cref="IList"/> indexer, past any read-only flag.
/// </summary>
internal sealed class ModelArray : IList, IReadOnlyList<object?>
{
    private readonly object?[] _items;

    public ModelArray(IEnumerable<object?> items) => _items = items.ToArray();

    public int Count => _items.Length;

    public bool IsReadOnly => true;

    public bool IsFixedSize => true;

    public bool IsSynchronized => false;

    public object SyncRoot => _items;

    public object? this[int index]
    {
        get => _items[index];
        set => throw new ModelReadOnlyException(default, Messages.SE2008ListItem.Format());
    }

    public int Add(object? value) => throw new ModelReadOnlyException(default, Messages.SE2008List.Format());

    public void Clear() => throw new ModelReadOnlyException(default, Messages.SE2008List.Format());

    public void Insert(int index, object? value) => throw new ModelReadOnlyException(default, Messages.SE2008List.Format());

    public void Remove(object? value) => throw new ModelReadOnlyException(default, Messages.SE2008List.Format());

    public void RemoveAt(int index) => throw new ModelReadOnlyException(default, Messages.SE2008List.Format());

    public bool Contains(object? value) => Array.IndexOf(_items, value) >= 0;

    public int IndexOf(object? value) => Array.IndexOf(_items, value);

    public void CopyTo(Array array, int index) => _items.CopyTo(array, index);

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}

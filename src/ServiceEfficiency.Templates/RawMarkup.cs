namespace ServiceEfficiency.Templates;

/// <summary>
/// Markup that is written as it is, without escaping: the output of <c>include</c> (already escaped
/// where it was rendered), fragments built by the renderer's own helper functions, and values the
/// renderer has escaped itself (the CSS font lists of <c>fonts</c>). Unescaped data never becomes a
/// <see cref="RawMarkup"/>; templates cannot create one from a value.
/// </summary>
public sealed class RawMarkup
{
    /// <summary>Marks <paramref name="markup"/> as trusted.</summary>
    internal RawMarkup(string markup) => Markup = markup ?? string.Empty;

    /// <summary>The markup.</summary>
    public string Markup { get; }

    /// <inheritdoc/>
    public override string ToString() => Markup;
}

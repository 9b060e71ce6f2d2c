namespace ServiceEfficiency.Templates.Office;

/// <summary>What a tag does to the structure around it.</summary>
internal enum TagKind
{
    /// <summary>Prints a value, or is a whole statement (<c>{{ x = 1 }}</c>, <c>{{ if a; b; end }}</c>).</summary>
    Output,

    /// <summary>Opens a block: <c>for</c>, <c>if</c>, <c>while</c>, <c>case</c>, <c>capture</c>, <c>with</c>, <c>tablerow</c>, <c>wrap</c>, <c>func</c>.</summary>
    Open,

    /// <summary>Continues the open block: <c>else</c>, <c>else if</c>, <c>when</c>.</summary>
    Middle,

    /// <summary>Closes the open block: <c>end</c>.</summary>
    Close,
}

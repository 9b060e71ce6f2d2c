namespace ServiceEfficiency.Cli;

/// <summary>A rendered document's outcome (<c>status</c> in <c>render --report</c>).</summary>
internal enum DocumentStatus
{
    /// <summary>Every output written; the input has no errors.</summary>
    Rendered,

    /// <summary>Every output written; the input has errors (rendered as it is).</summary>
    RenderedWithErrors,

    /// <summary>Some outputs were not written (a template failed, an output could not be written).</summary>
    Incomplete,

    /// <summary>Nothing rendered: the document does not load, or has errors under --strict.</summary>
    NotRendered,

    /// <summary>Nothing rendered: the document could not be read, or its edition was not found.</summary>
    Failed,
}

namespace ServiceEfficiency.Cli;

/// <summary>An output's outcome (<c>outputs[].status</c> in <c>render --report</c>).</summary>
internal enum OutputStatus
{
    /// <summary>Not written because its document was not rendered.</summary>
    NotWritten,

    /// <summary>Written whole.</summary>
    Written,

    /// <summary>Not written: the template failed, or writing failed (see the error).</summary>
    Failed,
}

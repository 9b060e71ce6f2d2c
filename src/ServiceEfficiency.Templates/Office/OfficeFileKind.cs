namespace ServiceEfficiency.Templates.Office;

/// <summary>What an office template is, named by its extension: the format it renders into.</summary>
internal enum OfficeFileKind
{
    /// <summary>A zipped OpenDocument text (<c>.odt</c>) from Writer.</summary>
    Odt,

    /// <summary>A flat OpenDocument text (<c>.fodt</c>), one XML file.</summary>
    FlatOdt,

    /// <summary>A WordprocessingML document (<c>.docx</c>) from Word or Writer.</summary>
    Docx,
}

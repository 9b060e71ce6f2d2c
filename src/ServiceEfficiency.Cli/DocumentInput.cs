using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;
using ServiceEfficiency.Validation;

namespace ServiceEfficiency.Cli;

/// <summary>A document read from a file or standard input, paired with its edition and validated.</summary>
internal sealed class DocumentInput
{
    private DocumentInput(string path, ServiceDocument? document, CriteriaEdition? edition, IReadOnlyList<Diagnostic> diagnostics)
    {
        Path = path;
        Document = document;
        Edition = edition;
        Diagnostics = diagnostics;
    }

    /// <summary>The path as given (<c>-</c> for standard input).</summary>
    public string Path { get; }

    /// <summary>The document, or null when it could not be loaded.</summary>
    public ServiceDocument? Document { get; }

    /// <summary>The edition the document names, or null when the document did not load.</summary>
    public CriteriaEdition? Edition { get; }

    /// <summary>Load and validation diagnostics, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Loads and validates a document. A document whose edition cannot be found is a
    /// <see cref="CliException"/>: nothing about the document itself can be said without it.
    /// </summary>
    public static DocumentInput Load(string path, EditionCatalog editions, System.Threading.CancellationToken cancellationToken = default)
    {
        LoadResult<ServiceDocument> loaded = CliFiles.Load(path, (stream, name) => DocumentLoader.Load(stream, name), cancellationToken);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        if (loaded.Value is null)
        {
            return new DocumentInput(path, null, null, diagnostics);
        }

        CriteriaEdition? edition = editions.Find(loaded.Value.EditionId, path, diagnostics);
        if (edition is null)
        {
            if (diagnostics.Any(d => d.IsError))
            {
                return new DocumentInput(path, loaded.Value, null, diagnostics);
            }

            throw new CliException(Messages.CliEditionNotFound.Format(path, loaded.Value.EditionId, editions.DescribeSearch(path)) + EditionCatalog.DescribeShipped());
        }

        diagnostics.AddRange(ComplianceValidator.Validate(loaded, edition));
        return new DocumentInput(path, loaded.Value, edition, diagnostics);
    }
}

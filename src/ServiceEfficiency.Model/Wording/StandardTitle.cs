using System;
using System.Globalization;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Wording;

/// <summary>
/// The standard title of the two annual documents: 經濟部標準檢驗局114年度提升服務效能執行計畫 and
/// 經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果. The validator compares a document's
/// title with it (SE1021), the renderer offers it to templates and the tool writes it into new documents,
/// so the three cannot drift apart.
/// </summary>
public static class StandardTitle
{
    /// <summary>
    /// What the title says after the agency and year: 提升服務效能執行計畫 for a plan,
    /// 提升服務效能執行績效與成果 for a results report.
    /// </summary>
    /// <param name="kind">Which of the two documents.</param>
    /// <returns>The document kind's part of the standard title.</returns>
    public static string KindTitle(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "提升服務效能執行計畫",
        DocumentKind.Results => "提升服務效能執行績效與成果",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The standard title: the agency's full name, the ROC year in Arabic digits without padding
    /// (99, not 099), 年度 and <see cref="KindTitle(DocumentKind)"/>.
    /// </summary>
    /// <param name="agencyName">The agency's full name (經濟部標準檢驗局花蓮分局).</param>
    /// <param name="rocYear">The ROC (民國) year the document covers.</param>
    /// <param name="kind">Which of the two documents.</param>
    /// <returns>The standard title.</returns>
    public static string Of(string agencyName, int rocYear, DocumentKind kind)
    {
        if (agencyName is null)
        {
            throw new ArgumentNullException(nameof(agencyName));
        }

        return agencyName + rocYear.ToString(CultureInfo.InvariantCulture) + "年度" + KindTitle(kind);
    }

    /// <summary>The standard title of <paramref name="document"/>, from its agency, year and kind (not from its own title).</summary>
    /// <param name="document">The plan or results report.</param>
    /// <returns>The standard title.</returns>
    public static string Of(ServiceDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return Of(document.Agency.Name, document.Year, document.Kind);
    }
}

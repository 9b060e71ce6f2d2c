using System;
using System.Collections.Generic;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Wording;

/// <summary>
/// The columns a strategy table has when its data names none, and the title each column role
/// prints by default: 執行策略 | 主辦單位 | 具體推動作法 in a plan, 執行策略 | 主辦單位 | 執行績效與成果
/// in a results report (the seeds' most common headers; a table's own titles always win).
/// </summary>
public static class DefaultColumns
{
    /// <summary>The default title of a column role.</summary>
    /// <param name="role">What the column holds.</param>
    /// <returns>執行策略, 主辦單位, 執行方法, 具體推動作法 or 執行績效與成果.</returns>
    public static string Title(ColumnRole role) => role switch
    {
        ColumnRole.Strategy => "執行策略",
        ColumnRole.LeadUnits => "主辦單位",
        ColumnRole.Method => "執行方法",
        ColumnRole.Actions => "具體推動作法",
        ColumnRole.Results => "執行績效與成果",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>
    /// The role of the third column: what a plan promises (<see cref="ColumnRole.Actions"/>) or what a
    /// results report achieved (<see cref="ColumnRole.Results"/>).
    /// </summary>
    /// <param name="kind">Which of the two documents.</param>
    /// <returns>The role of the document kind's content column.</returns>
    public static ColumnRole ContentRole(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => ColumnRole.Actions,
        DocumentKind.Results => ColumnRole.Results,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The default columns of a document kind's strategy tables, in order, with their default titles.</summary>
    /// <param name="kind">Which of the two documents.</param>
    /// <returns>Strategy, lead units and <see cref="ContentRole(DocumentKind)"/> (a new list each call).</returns>
    public static IReadOnlyList<TableColumn> For(DocumentKind kind)
    {
        ColumnRole content = ContentRole(kind);
        return new[]
        {
            new TableColumn(ColumnRole.Strategy, Title(ColumnRole.Strategy)),
            new TableColumn(ColumnRole.LeadUnits, Title(ColumnRole.LeadUnits)),
            new TableColumn(content, Title(content)),
        };
    }
}

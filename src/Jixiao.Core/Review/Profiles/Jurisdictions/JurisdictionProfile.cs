namespace Jixiao.Core.Review.Profiles.Jurisdictions;

/// <summary>
/// 一个地区（省、直辖市、自治区）的部门预算公开口径，作为数据收录（jurisdiction-profiles.json，docs/jurisdiction-profiles.md）：
/// 认出该地区的地名，应公开的表（null：未读到该地区的预算公开文件，清单未收录），是否公开部门整体绩效目标（null：未知），
/// 指标权重框架（预算执行率单列的分值，如陕西的“执行率分值（10分）”；null：未收录，按100分），以及这些是从哪些文件读出的。
/// </summary>
public sealed record JurisdictionProfile
{
    /// <summary>拼音标识（shaanxi），审核配置的 base 用它。</summary>
    public required string Id { get; init; }

    /// <summary>陕西省.</summary>
    public required string Name { get; init; }

    /// <summary>文中出现即说明文件属于该地区的地名（省名、市名），长的在前。</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>应公开的表；null 表示该地区的公开表清单未收录。</summary>
    public IReadOnlyList<ExpectedTable>? Tables { get; init; }

    /// <summary>
    /// 公开表清单读自哪一年起的文件；更早年度的清单未收录（各地的表目逐年调整：陕西2019年的报表目录没有后来的“部门专项业务经费
    /// 绩效目标表”），按清单核对只作提示。null 表示不限年度。
    /// </summary>
    public int? TablesFrom { get; init; }

    /// <summary>The recorded set applies to this fiscal year: no year limit, or the year is known and not before it.</summary>
    public bool TablesApplyTo(int? fiscalYear) => TablesFrom is not { } from || fiscalYear is { } year && year >= from;

    /// <summary>预算公开是否含部门整体绩效目标；null 表示未知。</summary>
    public bool? OverallTarget { get; init; }

    /// <summary>预算执行率单列的分值（90 + 10 框架为 10）；null 表示未收录（按100分）。</summary>
    public decimal? ExecutionRatePoints { get; init; }

    /// <summary>口径读自哪些文件（人工核对用）。</summary>
    public string ReadFrom { get; init; } = "";

    /// <summary>表中是否列国有资本经营预算支出表。</summary>
    public bool HasStateCapitalTable => Tables?.Any(t => t.Kind == Analysis.BudgetTableKind.StateCapital) ?? true;
}

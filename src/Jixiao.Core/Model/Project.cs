namespace Jixiao.Core.Model;

/// <summary>A budget project with its 项目绩效目标表.</summary>
public sealed record Project
{
    /// <summary>
    /// 稳定键：在编辑、排序、送审、新版本、公开和结转下一年度后都不变（docs/exchange-format.md）；null 表示文档尚未进入系统
    /// （直接读取的文件）。
    /// </summary>
    public string? Key { get; init; }
    /// <summary>结转来源：由上一年度同一单位文档中键相同的项目复制而来时给出；否则 null。</summary>
    public Identity.CarriedFrom? CarriedFrom { get; init; }
    /// <summary>The budget unit line above the table (e.g. 315002怀来县司法局).</summary>
    public BudgetUnit? Unit { get; init; }
    /// <summary>项目编码, whitespace removed; an opaque identifier (see DOMAIN.md).</summary>
    public string? Code { get; init; }
    /// <summary>项目名称.</summary>
    public required string Name { get; init; }
    /// <summary>人员类 / 运转类 / 特定目标类 when stated.</summary>
    public string? Category { get; init; }
    /// <summary>项目负责人.</summary>
    public string? Owner { get; init; }
    /// <summary>联系电话.</summary>
    public string? Phone { get; init; }
    /// <summary>主管部门.</summary>
    public string? Supervisor { get; init; }
    /// <summary>实施单位.</summary>
    public string? Implementer { get; init; }
    /// <summary>单位 of this table (万元/元); the document unit when the table states none.</summary>
    public MoneyUnit? MoneyUnit { get; init; }
    public ProjectBudget Budget { get; init; } = ProjectBudget.Empty;
    /// <summary>资金用途.</summary>
    public string? Purpose { get; init; }
    public SpendingPlan? SpendingPlan { get; init; }
    /// <summary>绩效目标, numbered items split, numbering removed.</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>The total the 绩效指标 table states over its weights (分值权重（90分）), when printed; else null.</summary>
    public decimal? StatedWeightTotal { get; init; }
    /// <summary>The points the table gives 预算执行率 on its own (执行率分值（10分）), when printed; else null.</summary>
    public decimal? ExecutionRatePoints { get; init; }
    /// <summary>1-based line where the project's table starts in the source.</summary>
    public int SourceLine { get; init; }
}

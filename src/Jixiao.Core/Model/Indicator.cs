using Jixiao.Core.Values;

namespace Jixiao.Core.Model;

/// <summary>
/// One row of a 绩效指标 table: 一级指标 › 二级指标 › 三级指标, with 绩效指标描述, 指标值 (as written),
/// 指标性质 (≥ ≤ =, where the layout has the column), 权重 and 指标值确定依据.
/// </summary>
public sealed record Indicator
{
    /// <summary>稳定键（同 <see cref="Project.Key"/>），在整个文档内唯一；null 表示尚未进入系统。</summary>
    public string? Key { get; init; }
    /// <summary>结转来源：由上一年度键相同的指标复制而来时给出；否则 null。</summary>
    public Identity.CarriedFrom? CarriedFrom { get; init; }
    /// <summary>一级指标, e.g. 产出指标; inherited from the row above when the cell is merged.</summary>
    public string? Level1 { get; init; }
    /// <summary>二级指标, e.g. 数量指标.</summary>
    public string? Level2 { get; init; }
    /// <summary>三级指标: the indicator itself.</summary>
    public required string Name { get; init; }
    /// <summary>绩效指标描述; null where the layout has none.</summary>
    public string? Description { get; init; }
    /// <summary>指标值 exactly as written (the operator column excluded).</summary>
    public string? Value { get; init; }
    /// <summary>指标性质 column (≥ ≤ =) where the layout has one.</summary>
    public string? Nature { get; init; }
    /// <summary>权重 where the layout has one.</summary>
    public WrittenDecimal? Weight { get; init; }
    /// <summary>指标值确定依据.</summary>
    public string? Basis { get; init; }
    /// <summary>The parsed target (from <see cref="Nature"/> and <see cref="Value"/>); null when the value is empty.</summary>
    public TargetValue? Target { get; init; }
    /// <summary>1-based line in the source where the row starts; 0 when not from a file.</summary>
    public int SourceLine { get; init; }
}

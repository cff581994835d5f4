namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>The first-level group (一级指标) an indicator label belongs to.</summary>
internal enum IndicatorFamily
{
    None,
    /// <summary>产出指标</summary>
    Output,
    /// <summary>成本指标</summary>
    Cost,
    /// <summary>效益指标, also written 效果指标</summary>
    Benefit,
    /// <summary>满意度指标</summary>
    Satisfaction,
}

/// <summary>What a cell of an indicator row is, judged from its text alone.</summary>
internal enum LabelKind
{
    /// <summary>Not a label: a 三级指标 name, an operator, a value or a weight.</summary>
    None,
    /// <summary>一级指标 (产出指标, 效益指标, 效果指标, 满意度指标).</summary>
    Level1,
    /// <summary>二级指标 (数量指标, 社会效益指标, 可持续影响指标, 服务对象满意度指标 …).</summary>
    Level2,
    /// <summary>成本指标: first level in newer templates, second level under 产出 in older ones.</summary>
    Level1OrLevel2,
}

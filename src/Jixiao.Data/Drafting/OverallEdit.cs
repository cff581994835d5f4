namespace Jixiao.Data.Drafting;

/// <summary>
/// 修改部门整体绩效目标的文字与资金：null = 不改；列表给出即整体替换（空项去掉）。资金以文档的金额单位填写，
/// 空字符串清空；总额留空而给出基本支出/项目支出时，总额取两者之和。
/// </summary>
public sealed record OverallEdit(
    IReadOnlyList<string>? Goals = null,
    IReadOnlyList<SubGoalEdit>? SubGoals = null,
    IReadOnlyList<string>? Measures = null,
    string? FundsTotal = null,
    string? FundsBasic = null,
    string? FundsProject = null);

/// <summary>一条分项目标（年度任务）：名称、绩效目标、绩效指标说明。</summary>
public sealed record SubGoalEdit(string? Title, string? Target = null, string? IndicatorText = null);

/// <summary>部门整体的一项新指标：一级、二级（可空，按部门整体表所写）与字段（三级指标必填）。</summary>
public sealed record NewOverallIndicator(string? Level1, string? Level2, IndicatorEdit Fields);

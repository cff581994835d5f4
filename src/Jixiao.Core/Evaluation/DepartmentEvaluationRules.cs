using Jixiao.Core.Performance;
using Jixiao.Core.Review;

namespace Jixiao.Core.Evaluation;

/// <summary>
/// 部门整体自评的专有问题（EVD-…）。整体指标本身的问题沿用项目自评的 EVA-…（同一计分器），这里只有汇总各项目自评时才有的两条。
/// </summary>
public static class DepartmentEvaluationRules
{
    public static readonly PerformanceRule ProjectNotSubmitted = new("EVD-001", Severity.Error, "项目自评尚未提交，部门整体自评无从汇总",
        "部门整体自评汇总本部门各项目的单位自评（本系统约定）");
    public static readonly PerformanceRule ProjectExecutionMissing = new("EVD-002", Severity.Error, "项目自评没有全年执行数，预算执行率无从汇总",
        RuleSources.Doc10 + " 附件 部门整体支出绩效自评表");

    public static IReadOnlyList<PerformanceRule> All { get; } = [ProjectNotSubmitted, ProjectExecutionMissing];
}

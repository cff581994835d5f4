using Jixiao.Core.Performance;
using Jixiao.Core.Review;

namespace Jixiao.Core.Monitoring;

/// <summary>The findings of an in-year monitoring report (运行监控) against its targets. Errors block submission.</summary>
public static class MonitoringRules
{
    private const string Clause = RuleSources.Doc136 + "（监控表；预警阈值为各地实践）";

    public static readonly PerformanceRule RedWithoutRemedy = new("MON-001", Severity.Error, "红灯未说明偏差原因和纠偏措施", Clause);
    public static readonly PerformanceRule ExecutionMissing = new("MON-002", Severity.Error, "未填预算执行数或全年预算数", Clause);
    public static readonly PerformanceRule LikelihoodMissing = new("MON-003", Severity.Warning, "未填完成目标可能性", Clause);
    public static readonly PerformanceRule NotComparable = new("MON-004", Severity.Warning, "完成值与指标值无法比较", Clause);
    public static readonly PerformanceRule Unmatched = new("MON-005", Severity.Error, "在绩效目标中找不到对应的项目或指标", "监控须与批复的绩效目标逐项对应（本系统约定）");
    public static readonly PerformanceRule UnknownCause = new("MON-006", Severity.Warning, "偏差原因不在可选范围内", Clause);

    public static IReadOnlyList<PerformanceRule> All { get; } =
        [RedWithoutRemedy, ExecutionMissing, LikelihoodMissing, NotComparable, Unmatched, UnknownCause];
}

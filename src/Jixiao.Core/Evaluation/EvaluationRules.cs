using Jixiao.Core.Performance;
using Jixiao.Core.Review;

namespace Jixiao.Core.Evaluation;

/// <summary>The findings of a self-evaluation (绩效自评) against its targets. Errors block submission.</summary>
public static class EvaluationRules
{
    private const string Notes = RuleSources.Doc10 + " 附件 项目支出绩效自评表填表说明";

    public static readonly PerformanceRule ActualMissing = new("EVA-001", Severity.Error, "未填实际完成值", Notes);
    public static readonly PerformanceRule ReasonMissing = new("EVA-002", Severity.Error, "扣分未说明偏差原因及改进措施", Notes);
    public static readonly PerformanceRule JudgementMissing = new("EVA-003", Severity.Error, "评判类指标未选等级或未打分", Notes);
    public static readonly PerformanceRule ScoreOutsideBand = new("EVA-004", Severity.Error, "评判得分不在所选等级的分数段内", Notes);
    public static readonly PerformanceRule FarPastTarget = new("EVA-005", Severity.Warning, "实际完成值超过目标20%以上，请核实目标是否偏低",
        RuleSources.Doc10 + "（目标设定偏低的，可按偏离度扣分）");
    public static readonly PerformanceRule NotComparable = new("EVA-006", Severity.Warning, "实际完成值与指标值无法比较，改为评判", Notes);
    public static readonly PerformanceRule ExecutionMissing = new("EVA-007", Severity.Error, "预算执行情况不全", Notes);
    public static readonly PerformanceRule Unmatched = new("EVA-008", Severity.Error, "在绩效目标中找不到对应的项目或指标", "自评须与批复的绩效目标逐项对应（本系统约定）");
    public static readonly PerformanceRule NotApplicableWithoutReason = new("EVA-009", Severity.Warning, "指标标为不适用但未说明理由", RuleSources.Practice);
    public static readonly PerformanceRule NothingApplicable = new("EVA-010", Severity.Error, "全部指标均标为不适用", RuleSources.Practice);

    public static IReadOnlyList<PerformanceRule> All { get; } =
        [ActualMissing, ReasonMissing, JudgementMissing, ScoreOutsideBand, FarPastTarget, NotComparable, ExecutionMissing, Unmatched,
         NotApplicableWithoutReason, NothingApplicable];
}

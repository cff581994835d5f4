namespace Jixiao.Core.Review;

/// <summary>
/// The Chinese name of a finding's field (<see cref="FindingLocation.Field"/>) for the place shown to a reader
/// (审核意见的位置): the field itself stays the English key of FORMAT.md, the text a reviewer reads is Chinese.
/// </summary>
public static class FindingFieldNames
{
    /// <summary>Field of R-DEP-001 when the document has no 部门整体绩效目标 at all.</summary>
    public const string WholeOverallTarget = "overall";

    /// <summary>
    /// The Chinese name of a field where the finding sits on a project (<paramref name="onProject"/>: 项目名称,
    /// 年度绩效目标) or elsewhere (指标名称, 总体绩效目标); empty for a key this list does not know, so a reader never
    /// sees an internal key (issue 20 item 7).
    /// </summary>
    public static string ToChinese(string field, bool onProject) => (onProject, field) switch
    {
        (true, "name") => "项目名称",
        (true, "goals") => "年度绩效目标",
        _ => ToChinese(field),
    };

    /// <summary>The Chinese name, or empty for a field this list does not know yet.</summary>
    public static string ToChinese(string field) => field switch
    {
        "value" => "指标值",
        "name" => "指标名称",
        "description" => "指标描述",
        "basis" => "指标值确定依据",
        "weight" => "权重",
        "level1" => "一级指标",
        "level2" => "二级指标",
        "nature" => "指标性质",
        "goals" => "总体绩效目标",
        "subGoals" => "分项绩效目标",
        "measures" => "工作保障措施",
        "funds" => "资金情况",
        // 绩效自评与运行监控 (Evaluation/, Monitoring/)
        "actual" => "实际完成值",
        "grade" => "评价等级",
        "score" => "得分",
        "reason" => "偏差原因分析及改进措施",
        "execution" => "预算执行情况",
        "progress" => "截至完成值",
        "likelihood" => "完成目标可能性",
        "causes" => "偏差原因",
        "remedy" => "纠偏措施",
        "indicators" => "绩效指标",
        "budget" => "预算数",
        "spendingPlan" => "用款计划",
        "code" => "项目编码",
        "tables" => "预算公开表",
        "text" => "说明文字",
        "explanation" => "情况说明",
        "hidden" => "不可见文字",
        "unit" => "度量单位",
        "page" => "页",
        WholeOverallTarget => "部门整体绩效目标",
        _ => "",
    };
}

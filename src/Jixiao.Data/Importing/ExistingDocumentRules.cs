namespace Jixiao.Data.Importing;

/// <summary>
/// What an import may do with the document a unit already has for the year (one document per unit and year). Only an
/// editable document (草稿, 被退回) can take the file: replacing its current version (替换草稿) or adding the file as the
/// next version (作为新版本, the current one kept in the version list). A document under review or already approved or
/// published is not changed by an import: the message says which step comes first.
/// </summary>
public static class ExistingDocumentRules
{
    public static bool CanReplaceDraft(WorkflowState state) => Workflow.IsEditable(state);

    public static bool CanAddVersion(WorkflowState state) => Workflow.IsEditable(state);

    /// <summary>Why no import into the existing document is possible now; null when one is.</summary>
    public static string? Blocked(WorkflowState state, string title) => state switch
    {
        WorkflowState.Draft or WorkflowState.Returned => null,
        WorkflowState.Submitted => $"“{title}”已送审，正在审核，导入不能修改它：请先撤回送审，或等待审核结果。",
        WorkflowState.Approved => $"“{title}”已审核通过，导入不能修改它：如需调整，请财政部门退回后再导入为新版本。",
        _ => $"“{title}”已公开，导入不能修改它：如需调整，请财政部门先撤回公开并退回，再导入为新版本。",
    };

    /// <summary>The refusal of an import that would create a second document for the unit and year.</summary>
    public static string SecondDocument(string unitName, int year, string title, int id, WorkflowState state, int version)
    {
        var offer = Blocked(state, title) ?? "请选择“替换草稿”（用文件内容替换当前草稿）或“作为新版本”（保留当前版本，文件成为下一版）。";
        return $"“{unitName}”{year}年度已有文档“{title}”（编号 {id}，{state.ToChinese()}，第 {version} 版），每个单位每个年度只有一份文档：{offer}";
    }
}

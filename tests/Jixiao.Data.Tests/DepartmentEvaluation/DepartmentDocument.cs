using Jixiao.Data.Drafting;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;

namespace Jixiao.Data.Tests.DepartmentEvaluation;

/// <summary>
/// A 2031 document of the notary office written through the editor as a unit would: 部门整体 goals and two overall
/// indicators (办理公证数量 ≥5000件, 群众满意度 ≥90%), two projects (项目甲 10万元, 项目乙 20万元) each with one
/// indicator (≥100件), submitted and approved; then the projects' self-evaluations, filled as planned.
/// </summary>
internal static class DepartmentDocument
{
    public static async Task<int> ApprovedAsync(TestDatabase db, Actor filer, Actor reviewer, Actor finance)
    {
        var doc = await new NewDocumentService(db.NewStore()).CreateAsync(filer,
            new NewDocumentRequest(filer.DepartmentId!.Value, filer.BudgetUnitId, 2031, NewDocumentStart.Empty));
        DocumentEditService Edits() => new(db.NewStore());
        var overall = await new DepartmentWideService(db.NewStore()).GetAsync(filer, doc.Id);
        var r = await Edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(Goals: ["保障全市公证法律服务"]), overall.RowVersion);
        r = await Edits().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("产出指标", "数量指标",
            new IndicatorEdit(Name: "办理公证数量", Nature: "≥", Value: "5000", Unit: "件", Basis: "历年业务量")), r.OverallRowVersion);
        await Edits().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("满意度指标", "服务对象满意度指标",
            new IndicatorEdit(Name: "群众满意度", Nature: "≥", Value: "90", Unit: "%", Basis: "问卷调查")), r.OverallRowVersion);
        foreach (var (name, total) in new[] { ("项目甲", "10"), ("项目乙", "20") })
        {
            var summary = await db.NewStore().GetDocumentAsync(filer, doc.Id);
            var added = await Edits().AddProjectAsync(filer, doc.Id, new ProjectEdit(Name: name, Total: total, Fiscal: total), summary.RowVersion);
            await Edits().AddIndicatorAsync(filer, added.Project!.Id, new NewIndicator("产出指标", "数量指标",
                new IndicatorEdit(Name: name + "服务人次", Nature: "≥", Value: "100", Unit: "件", Basis: "历年业务量")), added.ProjectRowVersion!.Value);
        }
        await db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Approve, null);
        if ((await db.NewStore().GetDocumentAsync(finance, doc.Id)).Summary.State != WorkflowState.Approved)
            await db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Approve, null);
        return doc.Id;
    }

    /// <summary>Starts, fills (every line met, <paramref name="executed"/> spent) and, when asked, submits one project's self-evaluation.</summary>
    public static async Task<EvaluationDetail> ProjectAsync(TestDatabase db, Actor filer, int documentId, int index, string executed, bool submit)
    {
        var list = await new EvaluationService(db.NewStore()).ListForDocumentAsync(filer, documentId);
        var started = await new EvaluationService(db.NewStore()).StartAsync(filer, documentId, list.Projects[index].ProjectKey);
        var inputs = Evaluation.EvaluationFill.AllMet(started) with { Executed = executed };
        var saved = await new EvaluationService(db.NewStore()).SaveAsync(filer, started.Summary.Id, inputs, started.Summary.RowVersion);
        return submit ? await new EvaluationService(db.NewStore()).TransitionAsync(filer, saved.Summary.Id, EvaluationStep.Submit, null, saved.Summary.RowVersion) : saved;
    }
}

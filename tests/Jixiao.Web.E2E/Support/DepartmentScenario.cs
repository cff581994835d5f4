using Jixiao.Data;
using Jixiao.Data.Drafting;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.E2E.Support;

/// <summary>
/// Setup for the 部门整体自评 journey, written through the same services the editor calls (the browser drives the
/// department-wide evaluation itself): a document of the first filer's unit for <c>year</c> with two overall indicators
/// (办理公证数量 ≥5000件, 群众满意度 ≥90%) and two projects (项目甲 10万元, 项目乙 20万元, one ≥100件 line each),
/// approved; each project's self-evaluation filled as planned (项目甲 8万元 spent, 项目乙 20) and submitted.
/// </summary>
internal static class DepartmentScenario
{
    public static async Task<int> ApprovedWithProjectsSubmittedAsync(E2EServer server, string filerName, string reviewerName, int year)
    {
        using var scope = server.Services.CreateScope();
        async Task<Actor> As(string userName) => (await scope.ServiceProvider.GetRequiredService<JixiaoStore>().SignInAsync(userName, E2EServer.DemoPassword))!;
        var (filer, reviewer, finance) = (await As(filerName), await As(reviewerName), await As(server.FirstUser(Role.FinanceReviewer).UserName));
        T New<T>() where T : notnull => ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider);

        var doc = await New<NewDocumentService>().CreateAsync(filer, new NewDocumentRequest(filer.DepartmentId!.Value, filer.BudgetUnitId, year, NewDocumentStart.Empty));
        var overall = await New<DepartmentWideService>().GetAsync(filer, doc.Id);
        var r = await New<DocumentEditService>().UpdateOverallAsync(filer, doc.Id, new OverallEdit(Goals: ["保障全市公证法律服务"]), overall.RowVersion);
        r = await New<DocumentEditService>().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("产出指标", "数量指标",
            new IndicatorEdit(Name: "办理公证数量", Nature: "≥", Value: "5000", Unit: "件", Basis: "历年业务量")), r.OverallRowVersion);
        await New<DocumentEditService>().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("满意度指标", "服务对象满意度指标",
            new IndicatorEdit(Name: "群众满意度", Nature: "≥", Value: "90", Unit: "%", Basis: "问卷调查")), r.OverallRowVersion);
        foreach (var (name, total) in new[] { ("项目甲", "10"), ("项目乙", "20") })
        {
            var summary = await New<JixiaoStore>().GetDocumentAsync(filer, doc.Id);
            var added = await New<DocumentEditService>().AddProjectAsync(filer, doc.Id, new ProjectEdit(Name: name, Total: total, Fiscal: total), summary.RowVersion);
            await New<DocumentEditService>().AddIndicatorAsync(filer, added.Project!.Id, new NewIndicator("产出指标", "数量指标",
                new IndicatorEdit(Name: name + "服务人次", Nature: "≥", Value: "100", Unit: "件", Basis: "历年业务量")), added.ProjectRowVersion!.Value);
        }
        await New<JixiaoStore>().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await New<JixiaoStore>().TransitionAsync(reviewer, doc.Id, WorkflowAction.Approve, null);
        if ((await New<JixiaoStore>().GetDocumentAsync(finance, doc.Id)).Summary.State != WorkflowState.Approved)
            await New<JixiaoStore>().TransitionAsync(finance, doc.Id, WorkflowAction.Approve, null);

        var list = await New<EvaluationService>().ListForDocumentAsync(filer, doc.Id);
        foreach (var (project, executed) in list.Projects.Zip(new[] { "8", "20" }))
        {
            var started = await New<EvaluationService>().StartAsync(filer, doc.Id, project.ProjectKey);
            var inputs = new EvaluationInputs(started.Execution.InitialBudget, started.Execution.YearBudget, executed, "年度目标全部完成",
                started.Lines.Select(l => new EvaluationLineInput(l.Key!, "100件")).ToArray());
            var saved = await New<EvaluationService>().SaveAsync(filer, started.Summary.Id, inputs, started.Summary.RowVersion);
            await New<EvaluationService>().TransitionAsync(filer, saved.Summary.Id, EvaluationStep.Submit, null, saved.Summary.RowVersion);
        }
        return doc.Id;
    }
}

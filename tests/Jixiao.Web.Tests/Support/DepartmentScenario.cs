using Jixiao.Data;
using Jixiao.Data.Drafting;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Support;

/// <summary>
/// Setup for the 部门整体自评 tests, written through the same services the editor calls (the API under test is the
/// department-wide one): a document of the first filer's unit for <c>year</c> with two overall indicators
/// (办理公证数量 ≥5000件, 群众满意度 ≥90%) and two projects (项目甲 10万元, 项目乙 20万元, one ≥100件 line each),
/// approved; each project's self-evaluation filled as planned (项目甲 8万元 spent, 项目乙 20) and submitted.
/// </summary>
internal static class DepartmentScenario
{
    public static async Task<int> ApprovedWithProjectsSubmittedAsync(WebFixture fixture, int year)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        async Task<Actor> As(Role role) => (await scope.ServiceProvider.GetRequiredService<JixiaoStore>().SignInAsync(
            (role == Role.DepartmentReviewer ? (await fixture.SignInAsync(role)).Me!.UserName : fixture.User(role).UserName), WebFixture.DemoPassword))!;
        var (filer, reviewer, finance) = (await As(Role.UnitFiler), await As(Role.DepartmentReviewer), await As(Role.FinanceReviewer));
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
            var inputs = EvaluationApiTests.AllMet(started) with { Executed = executed };
            var saved = await New<EvaluationService>().SaveAsync(filer, started.Summary.Id, inputs, started.Summary.RowVersion);
            await New<EvaluationService>().TransitionAsync(filer, saved.Summary.Id, EvaluationStep.Submit, null, saved.Summary.RowVersion);
        }
        return doc.Id;
    }
}

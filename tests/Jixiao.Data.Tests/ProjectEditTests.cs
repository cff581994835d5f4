using Jixiao.Core.Model.Identity;
using Jixiao.Data.Drafting;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Exchange;

namespace Jixiao.Data.Tests;

public sealed class SqliteProjectEditTests : ProjectEditTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresProjectEditTests : ProjectEditTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>修改项目表头: every header field, audited, re-reviewed, guarded by the project's row version; bad input stores nothing.</summary>
public abstract class ProjectEditTests : StoreTestBase
{
    private DocumentEditService NewService() => new(Db.NewStore());

    private async Task<(DocumentSummary Document, Actor Filer, ProjectDetail Project)> DraftProjectAsync()
    {
        var (doc, filer) = await ImportSeed002Async();
        var detail = await Db.NewStore().GetDocumentAsync(filer, doc.Id);
        return (doc, filer, await Db.NewStore().GetProjectAsync(filer, detail.Projects[0].Id));
    }

    [Fact]
    public async Task Every_header_field_is_saved_audited_and_rereviewed()
    {
        var (doc, filer, project) = await DraftProjectAsync();
        var edit = new ProjectEdit(Code: " 13073022 P00836 ", Name: "政法装备（修订）", Category: "特定目标类", Supervisor: "某某市司法局",
            Implementer: "某某市公证处", Owner: "张三", Phone: "0313-1234567", Total: "", Fiscal: "12.50", Other: "1.22",
            Purpose: "购买系统软件并培训", SpendingPlan: [new(3, "15"), new(6, "40%"), new(10, "75"), new(12, "100")],
            Goals: ["提升公共法律服务水平", " ", "群众满意度不低于95%"]);

        var result = await NewService().UpdateProjectAsync(filer, project.Summary.Id, edit, project.RowVersion);

        Assert.Equal(project.RowVersion + 1, result.RowVersion);
        var stored = await Db.NewStore().GetProjectAsync(filer, project.Summary.Id);
        var m = stored.Model;
        Assert.Equal(("13073022P00836", "政法装备（修订）", "特定目标类", "某某市司法局", "某某市公证处", "张三", "0313-1234567"),
            (m.Code, m.Name, m.Category, m.Supervisor, m.Implementer, m.Owner, m.Phone));
        // The total follows from its parts, exactly.
        Assert.Equal(("13.72", "12.50", "1.22"), (m.Budget.Total?.Text, m.Budget.Fiscal?.Text, m.Budget.Other?.Text));
        Assert.Equal(("13.72", "元", 0.001372m), (stored.Summary.BudgetAsWritten, stored.Summary.MoneyUnit, stored.Summary.BudgetWan));
        Assert.Equal(["提升公共法律服务水平", "群众满意度不低于95%"], m.Goals);
        Assert.Equal([3, 6, 10, 12], m.SpendingPlan!.Points.Select(p => p.Month));
        Assert.Equal("40", m.SpendingPlan[6]?.Text);
        Assert.Equal(project.Model.Key, m.Key);
        Assert.Equal("政法装备（修订）", stored.Summary.Name);
        // The version snapshot says the same as the project's own.
        var whole = DocumentJsonReader.Read(await Db.NewStore().ExportJsonAsync(filer, doc.Id));
        Assert.Equal(DocumentJsonWriter.ToJson(whole with { Projects = [m], Overall = null, BudgetTables = [] }),
            DocumentJsonWriter.ToJson(whole with { Projects = [whole.Projects[0]], Overall = null, BudgetTables = [] }));

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        var lines = audit.Where(a => a.Action == "修改项目").ToArray();
        Assert.All(lines, a => Assert.Equal(NotaryFiler, a.User));
        foreach (var field in new[] { "项目编码", "项目名称", "项目类别", "主管部门", "实施单位", "项目负责人", "联系电话", "财政资金", "其他资金", "资金用途", "资金支出计划", "年度绩效目标" })
            Assert.Contains(lines, a => a.Field == field);
        Assert.Contains(lines, a => a.Field == "资金支出计划" && a.New == "3月底15%，6月底40%，10月底75%，12月底100%");
        var findings = await Db.NewStore().GetFindingsAsync(filer, doc.Id, new FindingFilter(ProjectId: project.Summary.Id));
        Assert.Equal(findings.Select(f => f.Fingerprint), result.ProjectFindings.Select(f => f.Fingerprint));
    }

    [Theory]
    [InlineData("-5", null, null, "资金总额不能为负数")]
    [InlineData("十万", null, null, "资金总额“十万”不是数字")]
    [InlineData("10", "8", "3", "超过资金总额 10")]
    [InlineData("10", "6", "3", "之和为 9元，与资金总额 10元 不符")] // seed 002 states its money in 元
    public async Task Bad_money_is_refused_with_the_field_and_nothing_is_stored(string total, string? fiscal, string? other, string message)
    {
        var (_, filer, project) = await DraftProjectAsync();
        var e = await Assert.ThrowsAsync<JixiaoException>(() => NewService().UpdateProjectAsync(filer, project.Summary.Id,
            new ProjectEdit(Total: total, Fiscal: fiscal, Other: other), project.RowVersion));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(filer, project);
    }

    [Fact]
    public async Task A_falling_plan_a_huge_field_and_an_empty_name_are_refused()
    {
        var (_, filer, project) = await DraftProjectAsync();
        var falling = await Assert.ThrowsAsync<JixiaoException>(() => NewService().UpdateProjectAsync(filer, project.Summary.Id,
            new ProjectEdit(SpendingPlan: [new(3, "30"), new(6, "20")]), project.RowVersion));
        Assert.Contains("不能下降：3月底 30%，6月底 却为 20%", falling.Message, StringComparison.Ordinal);
        var huge = await Assert.ThrowsAsync<JixiaoException>(() => NewService().UpdateProjectAsync(filer, project.Summary.Id,
            new ProjectEdit(Purpose: new string('字', 20_000)), project.RowVersion));
        Assert.Contains("资金用途过长（20000 个字符）", huge.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<JixiaoException>(() => NewService().UpdateProjectAsync(filer, project.Summary.Id, new ProjectEdit(Name: " "), project.RowVersion));
        await AssertUnchangedAsync(filer, project);
    }

    [Fact]
    public async Task A_stale_row_version_is_refused_and_nothing_is_overwritten_while_another_project_still_saves()
    {
        var (doc, filer, project) = await DraftProjectAsync();
        await NewService().UpdateProjectAsync(filer, project.Summary.Id, new ProjectEdit(Purpose: "第一人"), project.RowVersion);
        var e = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            NewService().UpdateProjectAsync(filer, project.Summary.Id, new ProjectEdit(Purpose: "第二人"), project.RowVersion));
        Assert.Contains(NotaryFiler, e.Message, StringComparison.Ordinal);
        Assert.Equal("第一人", (await Db.NewStore().GetProjectAsync(filer, project.Summary.Id)).Model.Purpose);

        var second = await Db.NewStore().GetProjectAsync(filer, (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Projects[1].Id);
        await NewService().UpdateProjectAsync(filer, second.Summary.Id, new ProjectEdit(Purpose: "另一项目"), second.RowVersion);
        var model = (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Model;
        Assert.Equal(("第一人", "另一项目"), (model.Projects[0].Purpose, model.Projects[1].Purpose));
    }

    [Fact]
    public async Task Only_an_editable_draft_of_ones_own_may_be_edited()
    {
        var (doc, filer, project) = await DraftProjectAsync();
        var detox = await SignIn(DetoxFiler);
        var finance = await SignIn(Finance);
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().UpdateProjectAsync(detox, project.Summary.Id, new ProjectEdit(Purpose: "x"), project.RowVersion));
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().UpdateProjectAsync(finance, project.Summary.Id, new ProjectEdit(Purpose: "x"), project.RowVersion));
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Assert.ThrowsAsync<WorkflowException>(() => NewService().UpdateProjectAsync(filer, project.Summary.Id, new ProjectEdit(Purpose: "x"), project.RowVersion));
        await AssertUnchangedAsync(filer, project);
    }

    [Fact]
    public async Task Carried_money_stays_marked_until_the_money_is_saved()
    {
        var (last, filer) = await ImportSeed002Async();
        await Db.NewStore().TransitionAsync(filer, last.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(await SignIn(JusticeReviewer), last.Id, WorkflowAction.Approve, null);
        var created = await new NewDocumentService(Db.NewStore()).CreateAsync(filer,
            new NewDocumentRequest(filer.DepartmentId!.Value, filer.BudgetUnitId, 2023, NewDocumentStart.FromLastYear));
        var project = await Db.NewStore().GetProjectAsync(filer, (await Db.NewStore().GetDocumentAsync(filer, created.Id)).Projects[0].Id);
        Assert.True(project.Model.CarriedFrom!.MoneyToUpdate);

        var afterPurpose = await NewService().UpdateProjectAsync(filer, project.Summary.Id, new ProjectEdit(Purpose: "今年的用途"), project.RowVersion);
        Assert.True(afterPurpose.Model.CarriedFrom!.MoneyToUpdate);
        var afterMoney = await NewService().UpdateProjectAsync(filer, project.Summary.Id,
            new ProjectEdit(Total: project.Model.Budget.Total?.Text ?? "1"), afterPurpose.RowVersion);
        Assert.Equal(new CarriedFrom(2022, MoneyToUpdate: false), afterMoney.Model.CarriedFrom);
        Assert.Equal(new CarriedFrom(2022, MoneyToUpdate: false), (await Db.NewStore().GetProjectAsync(filer, project.Summary.Id)).Model.CarriedFrom);
    }

    private async Task AssertUnchangedAsync(Actor filer, ProjectDetail before)
    {
        var now = await Db.NewStore().GetProjectAsync(filer, before.Summary.Id);
        Assert.Equal(before.RowVersion, now.RowVersion);
        Assert.Equal(DocumentJsonWriter.ToJson(new Core.Model.TargetDocument { Source = new("a", "b"), Projects = [before.Model] }),
            DocumentJsonWriter.ToJson(new Core.Model.TargetDocument { Source = new("a", "b"), Projects = [now.Model] }));
    }
}

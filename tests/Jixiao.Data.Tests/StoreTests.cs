using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteStoreTests : StoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStoreTests : StoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>The store's behaviour, run on every provider.</summary>
public abstract class StoreTests : StoreTestBase
{
    [Fact]
    public async Task Migrations_match_the_model()
    {
        await using var context = Db.NewContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.False(context.Database.HasPendingModelChanges(), "模型有改动而没有迁移：请按 docs/data.md 为两个提供程序各加一个迁移。");
    }

    [Fact]
    public async Task Imported_seed_is_stored_and_reads_back_as_the_same_document()
    {
        // The stored document is the file's, with keys given on import (predictable here, random in use).
        var expected = DocumentJsonWriter.ToJson(Core.Model.Identity.DocumentKeys.AssignMissing(
            DocumentImporter.CreateDefault().Import(Seeds.S002, Seeds.Bytes(Seeds.S002)).Document, new Core.Model.Identity.SequentialKeyGenerator("t")));
        var filer = await SignIn(NotaryFiler);
        var summary = await Db.NewStore(new Core.Model.Identity.SequentialKeyGenerator("t"))
            .CommitImportAsync(filer, Seeds.S002, Seeds.Bytes(Seeds.S002), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022,
                new Importing.ImportChoice(NameConfirmed: true));

        Assert.Equal(WorkflowState.Draft, summary.State);
        Assert.Equal(1, summary.CurrentVersion);
        var store = Db.NewStore();
        Assert.Equal(expected, await store.ExportJsonAsync(filer, summary.Id));
        var detail = await store.GetDocumentAsync(filer, summary.Id);
        Assert.Equal(expected, DocumentJsonWriter.ToJson(detail.Model));
        Assert.Equal(detail.Model.Projects.Count, detail.Projects.Count);
        Assert.Equal(detail.Model.Projects.Count, summary.ProjectCount);

        // The project rows carry the figures as written and the same findings the review gives the model.
        var first = detail.Model.Projects[0];
        Assert.Equal(first.Name, detail.Projects[0].Name);
        Assert.Equal(first.Budget.Total?.Text, detail.Projects[0].BudgetAsWritten);
        var project = await store.GetProjectAsync(filer, detail.Projects[0].Id);
        Assert.Equal(first.Indicators.Count, project.Indicators.Count);
        Assert.Equal(first.Indicators.Select(i => i.Value), project.Indicators.Select(i => i.Value));
        Assert.True(project.CanEdit);
        var findings = await store.GetFindingsAsync(filer, summary.Id, new FindingFilter());
        var review = Core.Review.ReviewRules.Default.Review(DocumentImporter.CreateDefault().Import(Seeds.S002, Seeds.Bytes(Seeds.S002)).Document);
        Assert.Equal(review.Select(f => (f.RuleId, f.Fingerprint)), findings.Select(f => (f.RuleId, f.Fingerprint)));
        var audit = await store.GetAuditAsync(await SignIn(Finance), summary.Id);
        Assert.Contains(audit, a => a.Action == "导入" && a.User == NotaryFiler);
    }

    [Fact]
    public async Task Import_of_a_file_that_is_not_a_target_document_is_rejected_and_nothing_is_stored()
    {
        var filer = await SignIn(NotaryFiler);
        var before = await CountAsync(c => c.Documents);
        var e = await Assert.ThrowsAsync<ImportRejectedException>(() => Db.NewStore().CommitImportAsync(filer, "随便.txt",
            "这是一份会议通知，与预算无关。"u8.ToArray(), filer.DepartmentId!.Value, filer.BudgetUnitId, 2026));
        Assert.Contains("随便.txt", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(c => c.Documents));
    }

    [Fact]
    public async Task Preview_reads_and_reviews_without_storing()
    {
        var filer = await SignIn(NotaryFiler);
        var before = await CountAsync(c => c.Documents);
        var preview = await Db.NewStore().PreviewImportAsync(filer, Seeds.S002, Seeds.Bytes(Seeds.S002));
        Assert.Equal(2022, preview.FiscalYear);
        Assert.True(preview.Projects > 0 && preview.Indicators > preview.Projects);
        Assert.All(preview.Findings, f => Assert.Equal(0, f.Id));
        Assert.Equal(before, await CountAsync(c => c.Documents));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Db.NewStore().PreviewImportAsync(null, Seeds.S002, Seeds.Bytes(Seeds.S002)));
    }

    [Fact]
    public async Task Workflow_goes_draft_submitted_returned_submitted_approved_published_and_refuses_illegal_steps()
    {
        var (doc, filer) = await ImportSeed002Async();
        var reviewer = await SignIn(JusticeReviewer);
        var finance = await SignIn(Finance);
        var store = Db.NewStore();

        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Approve, null));
        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Publish, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Submit, null));

        Assert.Equal(WorkflowState.Submitted, (await store.TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null)).State);
        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Approve, null));
        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Return, "  "));
        var (_, row) = await FirstIndicatorAsync(filer, doc.Id);
        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: "≥99%"), row.RowVersion));

        var returned = await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Return, "请补充满意度指标");
        Assert.Equal(WorkflowState.Returned, returned.State);
        Assert.Equal(2, returned.CurrentVersion);
        Assert.Equal("请补充满意度指标", (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).ReturnNote);

        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Publish, null));
        Assert.Equal(WorkflowState.Approved, (await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Approve, null)).State);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Publish, null));
        Assert.Equal(WorkflowState.Published, (await Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Publish, null)).State);
        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Return, "晚了"));

        Assert.Contains(await Db.NewStore().ListPublishedAsync(), d => d.Id == doc.Id);
        Assert.Equal(doc.Id, (await Db.NewStore().GetDocumentAsync(null, doc.Id)).Summary.Id);
        var versions = await Db.NewStore().GetVersionsAsync(filer, doc.Id);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.True(v.Frozen));
        Assert.Equal([WorkflowState.Returned, WorkflowState.Published], versions.Select(v => v.StateWhenFrozen));
        var audit = await Db.NewStore().GetAuditAsync(finance, doc.Id);
        Assert.Equal(["导入", "送审", "退回", "退回", "送审", "审核通过", "公开"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task Submitted_version_stays_unchanged_after_return_and_edit()
    {
        var (doc, filer) = await ImportSeed002Async();
        var store = Db.NewStore();
        var original = await store.ExportJsonAsync(filer, doc.Id, 1);
        await store.TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(await SignIn(JusticeReviewer), doc.Id, WorkflowAction.Return, "目标值请细化");
        var (project, row) = await FirstIndicatorAsync(filer, doc.Id);
        await Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: "≥98%"), row.RowVersion);

        Assert.Equal(original, await Db.NewStore().ExportJsonAsync(filer, doc.Id, 1));
        var current = await Db.NewStore().ExportJsonAsync(filer, doc.Id, 2);
        Assert.NotEqual(original, current);
        Assert.Contains("≥98%", current, StringComparison.Ordinal);
        var diff = await Db.NewStore().DiffAsync(filer, doc.Id, 1, 2);
        var change = Assert.Single(diff.Changes);
        Assert.Equal("指标值", change.Field);
        Assert.Equal(row.Value, change.Old);
        Assert.Equal("≥98%", change.New);
        Assert.Contains(project.Summary.Name, change.Where, StringComparison.Ordinal);
        var versions = await Db.NewStore().GetVersionsAsync(filer, doc.Id);
        Assert.True(versions[0].Frozen);
        Assert.False(versions[1].Frozen);
    }

    [Fact]
    public async Task Editing_an_indicator_writes_one_audit_entry_per_changed_field_and_rereviews()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (project, row) = await FirstIndicatorAsync(filer, doc.Id);
        var result = await Db.NewStore().UpdateIndicatorAsync(filer, row.Id,
            new IndicatorEdit(Name: row.Name, Value: "≥0.5%", Basis: "年度工作计划（修订）"), row.RowVersion);

        Assert.Equal(row.RowVersion + 1, result.Row.RowVersion);
        Assert.Equal("≥0.5%", result.Row.Value);
        Assert.Equal("%", result.Row.Unit);
        var audit = (await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id)).Where(a => a.Action == "修改指标").ToArray();
        Assert.Equal(2, audit.Length);
        var value = Assert.Single(audit, a => a.Field == "指标值");
        Assert.Equal(NotaryFiler, value.User);
        Assert.Equal(row.Value, value.Old);
        Assert.Equal("≥0.5%", value.New);
        Assert.Contains(row.Name, value.Where!, StringComparison.Ordinal);
        var basis = Assert.Single(audit, a => a.Field == "指标值确定依据");
        Assert.Equal(row.Basis, basis.Old);

        // The project page shows the stored row, the snapshot agrees, and the findings are those of the edited model.
        var page = await Db.NewStore().GetProjectAsync(filer, project.Summary.Id);
        Assert.Equal("≥0.5%", page.Indicators.Single(i => i.Id == row.Id).Value);
        Assert.Equal("≥0.5%", page.Model.Indicators[row.Position - 1].Value);
        var model = (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Model;
        var expected = Core.Review.ReviewRules.Default.Review(model);
        var stored = await Db.NewStore().GetFindingsAsync(filer, doc.Id, new FindingFilter());
        Assert.Equal(expected.Select(f => f.Fingerprint).Order(), stored.Select(f => f.Fingerprint).Order());
        Assert.Equal(stored.Where(f => f.ProjectId == project.Summary.Id).Select(f => f.Id), result.ProjectFindings.Select(f => f.Id));
    }

    [Fact]
    public async Task Second_save_of_the_same_indicator_is_refused_and_nothing_is_overwritten()
    {
        var (doc, filer) = await ImportSeed002Async();
        var colleague = await SignIn(JusticeReviewer);
        var (_, row) = await FirstIndicatorAsync(filer, doc.Id);

        await Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: "≥91%"), row.RowVersion);
        var e = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: "≥92%", Basis: "别的依据"), row.RowVersion));
        Assert.Contains(NotaryFiler, e.Message, StringComparison.Ordinal);
        Assert.Contains("您的修改未保存", e.Message, StringComparison.Ordinal);

        var page = await Db.NewStore().GetProjectAsync(filer, (await FirstIndicatorAsync(filer, doc.Id)).Project.Summary.Id);
        var stored = page.Indicators.Single(i => i.Id == row.Id);
        Assert.Equal("≥91%", stored.Value);
        Assert.Equal(row.Basis, stored.Basis);
        Assert.Contains("≥91%", await Db.NewStore().ExportJsonAsync(filer, doc.Id), StringComparison.Ordinal);
        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Single(audit, a => a.Action == "修改指标");
        Assert.NotNull(colleague);
    }

    [Fact]
    public async Task Simultaneous_saves_of_one_indicator_let_exactly_one_win()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (_, row) = await FirstIndicatorAsync(filer, doc.Id);
        var attempts = new[] { "≥81%", "≥82%", "≥83%" }.Select(v => Task.Run(async () =>
        {
            try
            {
                await Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: v), row.RowVersion);
                return v;
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        })).ToArray();
        var winners = (await Task.WhenAll(attempts)).OfType<string>().ToArray();
        var winner = Assert.Single(winners);
        var (_, stored) = await FirstIndicatorAsync(filer, doc.Id);
        Assert.Equal(winner, stored.Value);
        Assert.Equal(row.RowVersion + 1, stored.RowVersion);
    }

    [Fact]
    public async Task Simultaneous_saves_of_different_indicators_both_reach_the_snapshot()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (_, a) = await FirstIndicatorAsync(filer, doc.Id);
        var (_, b) = await FirstIndicatorAsync(filer, doc.Id, skip: 1);
        await Task.WhenAll(
            Task.Run(() => Db.NewStore().UpdateIndicatorAsync(filer, a.Id, new IndicatorEdit(Basis: "依据甲"), a.RowVersion)),
            Task.Run(() => Db.NewStore().UpdateIndicatorAsync(filer, b.Id, new IndicatorEdit(Basis: "依据乙"), b.RowVersion)));
        var json = await Db.NewStore().ExportJsonAsync(filer, doc.Id);
        Assert.Contains("依据甲", json, StringComparison.Ordinal);
        Assert.Contains("依据乙", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_finding_stays_accepted_while_its_content_is_unchanged()
    {
        var (doc, filer) = await ImportSeed002Async();
        var reviewer = await SignIn(JusticeReviewer);
        var finding = (await Db.NewStore().GetFindingsAsync(reviewer, doc.Id, new FindingFilter())).First(f => f.IndicatorId is not null && f.Severity != "info");
        await Assert.ThrowsAsync<WorkflowException>(() => Db.NewStore().AcceptFindingAsync(reviewer, finding.Id, " "));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Db.NewStore().AcceptFindingAsync(filer, finding.Id, "我觉得没问题"));
        var accepted = await Db.NewStore().AcceptFindingAsync(reviewer, finding.Id, "历史沿用的口径");
        Assert.True(accepted.Accepted);
        Assert.Equal(JusticeReviewer, accepted.AcceptedBy);

        // Editing an indicator of another project re-runs the review: the accepted finding comes back accepted.
        var otherProject = (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Projects.First(p => p.Id != finding.ProjectId);
        var other = (await Db.NewStore().GetProjectAsync(filer, otherProject.Id)).Indicators[0];
        await Db.NewStore().UpdateIndicatorAsync(filer, other.Id, new IndicatorEdit(Description: "补充的描述"), other.RowVersion);
        var again = await Db.NewStore().GetFindingsAsync(reviewer, doc.Id, new FindingFilter(RuleId: finding.RuleId));
        Assert.Contains(again, f => f.Fingerprint == finding.Fingerprint && f.Accepted && f.AcceptedReason == "历史沿用的口径");
        var open = await Db.NewStore().GetFindingsAsync(reviewer, doc.Id, new FindingFilter(IncludeAccepted: false));
        Assert.DoesNotContain(open, f => f.Fingerprint == finding.Fingerprint && f.RuleId == finding.RuleId);
    }

    [Fact]
    public async Task Documents_of_other_units_and_unpublished_documents_are_not_found()
    {
        var (doc, _) = await ImportSeed002Async();
        var otherUnit = await SignIn(DetoxFiler);
        var otherDepartment = await SignIn(EducationReviewer);
        await Assert.ThrowsAsync<NotFoundException>(() => Db.NewStore().GetDocumentAsync(otherUnit, doc.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Db.NewStore().GetDocumentAsync(otherDepartment, doc.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Db.NewStore().GetDocumentAsync(null, doc.Id));
        var finance = await SignIn(Finance);
        await Assert.ThrowsAsync<NotFoundException>(() => Db.NewStore().GetDocumentAsync(finance, 999_999));
        Assert.Equal(doc.Id, (await Db.NewStore().GetDocumentAsync(await SignIn(JusticeReviewer), doc.Id)).Summary.Id);
        Assert.Equal(doc.Id, (await Db.NewStore().GetDocumentAsync(await SignIn(Admin), doc.Id)).Summary.Id);
        var reviewer = await SignIn(JusticeReviewer);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Db.NewStore().GetAuditAsync(reviewer, doc.Id));
        var (_, row) = await FirstIndicatorAsync(await SignIn(Finance), doc.Id);
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
            await Db.NewStore().UpdateIndicatorAsync(await SignIn(Finance), row.Id, new IndicatorEdit(Value: "1"), row.RowVersion));
        await Assert.ThrowsAsync<NotFoundException>(() => Db.NewStore().UpdateIndicatorAsync(otherUnit, row.Id, new IndicatorEdit(Value: "1"), row.RowVersion));
    }

    [Fact]
    public async Task Lists_show_each_actor_only_what_it_may_view()
    {
        var store = Db.NewStore();
        var finance = await SignIn(Finance);
        var filer = await SignIn(NotaryFiler);
        var jurisdiction = Assert.Single(await store.ListJurisdictionsAsync(finance));
        Assert.Equal(4, (await store.ListDepartmentsAsync(finance, jurisdiction.Id)).Count);
        var own = Assert.Single(await store.ListDepartmentsAsync(filer, jurisdiction.Id));
        Assert.Equal(filer.BudgetUnitId, Assert.Single(own.Units).Id);
        var overview = await store.GetOverviewAsync(filer, own.Id, DemoData.CurrentYear);
        Assert.All(overview.Documents, d => Assert.Equal(filer.BudgetUnitId, d.BudgetUnitId));
        var publicDepartments = await store.ListDepartmentsAsync(null, jurisdiction.Id);
        Assert.NotEmpty(publicDepartments);
        var publicOverview = await store.GetOverviewAsync(null, publicDepartments[0].Id, DemoData.PublishedYear);
        Assert.All(publicOverview.Documents, d => Assert.Equal(WorkflowState.Published, d.State));
        Assert.All(await store.ListPublishedAsync(), d => Assert.Equal(WorkflowState.Published, d.State));
    }

    [Fact]
    public async Task Overview_totals_and_counts_agree_with_the_projects_and_findings()
    {
        var store = Db.NewStore();
        var finance = await SignIn(Finance);
        var jurisdiction = (await store.ListJurisdictionsAsync(finance))[0];
        foreach (var department in await store.ListDepartmentsAsync(finance, jurisdiction.Id))
        {
            var overview = await store.GetOverviewAsync(finance, department.Id, DemoData.CurrentYear);
            Assert.NotEmpty(overview.Projects);
            Assert.Equal(overview.Projects.Sum(p => p.BudgetWan ?? 0), overview.TotalWan);
            var errors = 0;
            var warnings = 0;
            foreach (var d in overview.Documents)
            {
                var open = await store.GetFindingsAsync(finance, d.Id, new FindingFilter(IncludeAccepted: false));
                errors += open.Count(f => f.Severity == "error");
                warnings += open.Count(f => f.Severity == "warning");
                foreach (var p in overview.Projects.Where(p => p.DocumentId == d.Id))
                    Assert.Equal(open.Count(f => f.ProjectId == p.Id && f.Severity == "warning"), p.Warnings);
            }
            Assert.Equal(errors, overview.Errors);
            Assert.Equal(warnings, overview.Warnings);
        }
    }

    [Fact]
    public async Task Demo_passwords_are_renewed_on_request_and_the_old_ones_stop_working()
    {
        await using var context = Db.NewContext();
        var renewed = await new DemoData(context).RenewDemoPasswordsAsync();
        Assert.Equal(Seeded.Users.Select(u => u.UserName).Order(), renewed.Users.Select(u => u.UserName).Order());
        Assert.All(renewed.Users, u => Assert.NotEqual(TestDatabase.DemoPassword, u.Password));
        var store = Db.NewStore();
        Assert.Null(await store.SignInAsync(Admin, TestDatabase.DemoPassword));
        var admin = renewed.Users.Single(u => u.UserName == Admin);
        Assert.NotNull(await store.SignInAsync(Admin, admin.Password));
        // Back to the fixed test password, so the other tests of this database keep signing in.
        await using var again = Db.NewContext();
        var restored = await new DemoData(again, new DemoDataOptions(TestDatabase.DemoPassword)).RenewDemoPasswordsAsync();
        Assert.All(restored.Users, u => Assert.Equal(TestDatabase.DemoPassword, u.Password));
    }

    [Fact]
    public async Task Demo_data_has_a_jurisdiction_departments_every_role_two_years_and_is_seeded_once()
    {
        Assert.Equal(Enum.GetValues<Role>().Order(), Seeded.Users.Select(u => u.Role).Distinct().Order());
        Assert.All(Seeded.Users, u => Assert.Equal(TestDatabase.DemoPassword, u.Password));
        Assert.True(await CountAsync(c => c.Departments) >= 4);
        Assert.Equal(2, await CountAsync(c => c.Documents.Select(d => d.FiscalYear).Distinct()));
        Assert.True(await CountAsync(c => c.Documents.Where(d => d.State == WorkflowState.Published)) >= 1);
        foreach (var state in Enum.GetValues<WorkflowState>())
            Assert.True(await CountAsync(c => c.Documents.Where(d => d.State == state)) >= 1, $"演示数据中没有状态为 {state} 的文档");
        Assert.True(await CountAsync(c => c.Findings) > 0);
        await using (var context = Db.NewContext())
        {
            var perProject = await context.Indicators.GroupBy(i => i.ProjectId).Select(g => g.Count()).ToListAsync();
            Assert.All(perProject, n => Assert.InRange(n, 6, 12));
            Assert.All(await context.Projects.ToListAsync(), p => Assert.NotNull(p.SpendingPlan));
        }

        var documents = await CountAsync(c => c.Documents);
        var users = await CountAsync(c => c.Users);
        var again = await Db.SeedDemoAsync();
        Assert.Empty(again.Users);
        Assert.Equal(documents, await CountAsync(c => c.Documents));
        Assert.Equal(users, await CountAsync(c => c.Users));

        var store = Db.NewStore();
        Assert.Null(await store.SignInAsync(Admin, "wrong"));
        Assert.Null(await store.SignInAsync("nobody", TestDatabase.DemoPassword));
        var admin = await SignIn(Admin);
        Assert.Equal(Role.Administrator, (await store.GetActorAsync(admin.UserId))!.Role);
    }

    [Fact]
    public async Task Scale_data_is_generated_per_department_and_readable_by_overview()
    {
        await using var context = Db.NewContext();
        var scale = await new DemoData(context).GenerateScaleAsync(3, 5);
        Assert.Equal(3, scale.DepartmentIds.Count);
        var store = Db.NewStore();
        foreach (var id in scale.DepartmentIds)
        {
            var overview = await store.GetOverviewAsync(scale.Finance, id, scale.FiscalYear);
            Assert.Equal(5, overview.Projects.Count);
            var project = await store.GetProjectAsync(scale.Finance, overview.Projects[0].Id);
            Assert.InRange(project.Indicators.Count, 6, 12);
        }
    }
}

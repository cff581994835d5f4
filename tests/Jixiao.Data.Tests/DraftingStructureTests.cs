using Jixiao.Data.Drafting;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Exchange;

namespace Jixiao.Data.Tests;

public sealed class SqliteDraftingStructureTests : DraftingStructureTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresDraftingStructureTests : DraftingStructureTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// 编制 in the edit pipeline (DocumentEditService): adding, deleting and moving projects and indicators, from an empty
/// document; every change audited, re-reviewed and refused for the wrong person, the wrong state or a stale read.
/// </summary>
public abstract class DraftingStructureTests : StoreTestBase
{
    private DocumentEditService Edits() => new(Db.NewStore());

    private async Task<(DocumentSummary Document, Actor Filer)> EmptyDraftAsync()
    {
        var filer = await SignIn(NotaryFiler);
        var doc = await new NewDocumentService(Db.NewStore()).CreateAsync(filer,
            new NewDocumentRequest(filer.DepartmentId!.Value, filer.BudgetUnitId, 2031, NewDocumentStart.Empty));
        return (doc, filer);
    }

    private async Task<long> DocumentVersionAsync(Actor actor, int documentId) => (await Db.NewStore().GetDocumentAsync(actor, documentId)).RowVersion;

    private async Task<DraftEditResult> AddProjectAsync(Actor actor, int documentId, string name, string total = "100") =>
        await Edits().AddProjectAsync(actor, documentId, new ProjectEdit(Name: name, Total: total), await DocumentVersionAsync(actor, documentId));

    private async Task<DraftEditResult> AddIndicatorAsync(Actor actor, int projectId, string level1, string level2, string name, string? value = null, string? nature = null)
    {
        var project = await Db.NewStore().GetProjectAsync(actor, projectId);
        return await Edits().AddIndicatorAsync(actor, projectId, new NewIndicator(level1, level2, new IndicatorEdit(Name: name, Value: value, Nature: nature)), project.RowVersion);
    }

    [Fact]
    public async Task A_project_and_one_indicator_of_each_level1_are_built_from_nothing_in_frame_order_and_audited()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var added = await AddProjectAsync(filer, doc.Id, "社区矫正信息化");
        Assert.Equal("社区矫正信息化", added.Project!.Name);
        Assert.Equal(["社区矫正信息化"], added.Projects.Select(p => p.Name));
        var id = added.Project.Id;

        // Added out of order; the table keeps the 2021 frame's order (产出, 成本, 效益, 满意度).
        await AddIndicatorAsync(filer, id, "满意度指标", "服务对象满意度指标", "群众满意度", "95%", "≥");
        await AddIndicatorAsync(filer, id, "产出指标", "数量指标", "配备终端", "20台", "≥");
        await AddIndicatorAsync(filer, id, "效益指标", "社会效益指标", "矫正对象再犯率", "1%", "≤");
        var last = await AddIndicatorAsync(filer, id, "成本指标", "经济成本指标", "采购成本", "100万元", "≤");

        var project = await Db.NewStore().GetProjectAsync(filer, id);
        Assert.Equal(["产出指标", "成本指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
        Assert.Equal([1, 2, 3, 4], project.Indicators.Select(i => i.Position));
        Assert.Equal(project.Indicators.Select(i => i.Name), project.Model.Indicators.Select(i => i.Name));
        Assert.All(project.Model.Indicators, i => Assert.False(string.IsNullOrEmpty(i.Key)));
        Assert.Equal(4, project.Model.Indicators.Select(i => i.Key).Distinct().Count());
        // The answer carries the re-review: the same findings the project page reads.
        Assert.Equal(project.Findings.Select(f => f.Fingerprint), last.ProjectFindings.Select(f => f.Fingerprint));

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Contains(audit, a => a.Action == "添加项目" && a.Where == "项目社区矫正信息化" && a.New == "第1个项目");
        Assert.Contains(audit, a => a.Action == "添加项目" && a.Field == "资金总额" && a.New == "100");
        Assert.Equal(4, audit.Count(a => a.Action == "添加指标" && a.Field == "位置"));
        Assert.Contains(audit, a => a.Action == "添加指标" && a.Field == "指标值" && a.New == "20台" && a.User == NotaryFiler);
    }

    [Fact]
    public async Task A_level_outside_the_documents_frame_and_a_bad_weight_are_refused_and_nothing_is_stored()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var id = (await AddProjectAsync(filer, doc.Id, "项目甲")).Project!.Id;
        var before = await Db.NewStore().GetProjectAsync(filer, id);
        var wrong = await Assert.ThrowsAsync<JixiaoException>(() => Edits().AddIndicatorAsync(filer, id,
            new NewIndicator("产出指标", "成本指标", new IndicatorEdit(Name: "成本")), before.RowVersion));
        Assert.Contains("二级指标“成本指标”不属于一级指标“产出指标”", wrong.Message, StringComparison.Ordinal);
        var weight = await Assert.ThrowsAsync<JixiaoException>(() => Edits().AddIndicatorAsync(filer, id,
            new NewIndicator("产出指标", "数量指标", new IndicatorEdit(Name: "台数", Weight: "十分")), before.RowVersion));
        Assert.Contains("权重“十分”不是数字", weight.Message, StringComparison.Ordinal);
        var noName = await Assert.ThrowsAsync<JixiaoException>(() => Edits().AddIndicatorAsync(filer, id,
            new NewIndicator("产出指标", "数量指标", new IndicatorEdit(Name: " ")), before.RowVersion));
        Assert.Contains("三级指标名称不能为空", noName.Message, StringComparison.Ordinal);
        var after = await Db.NewStore().GetProjectAsync(filer, id);
        Assert.Empty(after.Indicators);
        Assert.Equal(before.RowVersion, after.RowVersion);
    }

    [Fact]
    public async Task The_older_frame_is_followed_where_the_document_puts_cost_under_output()
    {
        var (doc, filer) = await ImportSeed002Async();
        var detail = await Db.NewStore().GetDocumentAsync(filer, doc.Id);
        var frame = IndicatorFrame.Of(detail.Model);
        var expected = detail.Model.Projects.SelectMany(p => p.Indicators).Any(i => i.Level1?.Contains("成本", StringComparison.Ordinal) == true)
            ? IndicatorFrame.Frame2021 : IndicatorFrame.FrameBefore2021;
        Assert.Same(expected, frame);
        Assert.Same(frame, await Edits().FrameAsync(filer, doc.Id));
        Assert.Same(IndicatorFrame.FrameBefore2021, IndicatorFrame.Of([("产出指标", "成本指标")]));
        Assert.Same(IndicatorFrame.Frame2021, IndicatorFrame.Of([("产出指标", "数量指标"), ("成本指标", "经济成本指标")]));
    }

    [Fact]
    public async Task Indicators_move_within_their_level2_and_to_another_and_are_deleted()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var id = (await AddProjectAsync(filer, doc.Id, "项目甲")).Project!.Id;
        await AddIndicatorAsync(filer, id, "产出指标", "数量指标", "甲", "1台");
        await AddIndicatorAsync(filer, id, "产出指标", "数量指标", "乙", "2台");
        await AddIndicatorAsync(filer, id, "产出指标", "质量指标", "丙", "100%");
        var rows = (await Db.NewStore().GetProjectAsync(filer, id)).Indicators;
        Assert.Equal(["甲", "乙", "丙"], rows.Select(r => r.Name));

        var yi = rows[1];
        var up = await Edits().MoveIndicatorAsync(filer, yi.Id, new IndicatorMove(By: -1), yi.RowVersion);
        Assert.Equal(["乙", "甲", "丙"], (await Db.NewStore().GetProjectAsync(filer, id)).Indicators.Select(r => r.Name));
        var edge = await Assert.ThrowsAsync<JixiaoException>(() => Edits().MoveIndicatorAsync(filer, yi.Id, new IndicatorMove(By: -1), up.Indicator!.RowVersion));
        Assert.Contains("不能上移", edge.Message, StringComparison.Ordinal);
        // 甲 is the last 数量指标: moving it down would cross into 质量指标, which “移到” does instead.
        var jia = (await Db.NewStore().GetProjectAsync(filer, id)).Indicators[1];
        await Assert.ThrowsAsync<JixiaoException>(() => Edits().MoveIndicatorAsync(filer, jia.Id, new IndicatorMove(By: 1), jia.RowVersion));
        var moved = await Edits().MoveIndicatorAsync(filer, jia.Id, new IndicatorMove(Level1: "效益指标", Level2: "社会效益指标"), jia.RowVersion);
        Assert.Equal(("效益指标", "社会效益指标"), (moved.Indicator!.Level1, moved.Indicator.Level2));
        var after = (await Db.NewStore().GetProjectAsync(filer, id)).Indicators;
        Assert.Equal(["乙", "丙", "甲"], after.Select(r => r.Name));

        var bing = after[1];
        var deleted = await Edits().DeleteIndicatorAsync(filer, bing.Id, bing.RowVersion);
        Assert.Null(deleted.Indicator);
        var final = await Db.NewStore().GetProjectAsync(filer, id);
        Assert.Equal(["乙", "甲"], final.Indicators.Select(r => r.Name));
        Assert.Equal(["乙", "甲"], final.Model.Indicators.Select(r => r.Name));

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Contains(audit, a => a.Action == "移动指标" && a.Field == "位置" && a.Old == "第2项指标" && a.New == "第1项指标");
        Assert.Contains(audit, a => a.Action == "移动指标" && a.Field == "一级/二级指标" && a.Old == "产出指标/数量指标" && a.New == "效益指标/社会效益指标");
        Assert.Contains(audit, a => a.Action == "删除指标" && a.Old!.Contains("丙", StringComparison.Ordinal) && a.New == null);
    }

    [Fact]
    public async Task Projects_move_and_a_deleted_project_stays_in_the_earlier_frozen_version()
    {
        var (doc, filer) = await ImportSeed002Async();
        var detail = await Db.NewStore().GetDocumentAsync(filer, doc.Id);
        Assert.True(detail.Projects.Count >= 2);
        var (first, second) = (detail.Projects[0], detail.Projects[1]);
        var second2 = await Db.NewStore().GetProjectAsync(filer, second.Id);
        var moved = await Edits().MoveProjectAsync(filer, second.Id, 1, second2.RowVersion);
        Assert.Equal([second.Id, first.Id], moved.Projects.Take(2).Select(p => p.Id));
        var reordered = await Db.NewStore().GetDocumentAsync(filer, doc.Id);
        Assert.Equal([second.Name, first.Name], reordered.Model.Projects.Take(2).Select(p => p.Name));
        await Assert.ThrowsAsync<JixiaoException>(() => Edits().MoveProjectAsync(filer, second.Id, 0, moved.ProjectRowVersion!.Value));

        // 送审 then 退回: version 1 frozen; deleting in version 2 leaves version 1 whole.
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(await SignIn(JusticeReviewer), doc.Id, WorkflowAction.Return, "请补充");
        var victim = await Db.NewStore().GetProjectAsync(filer, first.Id);
        var deleted = await Edits().DeleteProjectAsync(filer, first.Id, victim.RowVersion);
        Assert.DoesNotContain(deleted.Projects, p => p.Id == first.Id);
        Assert.Equal(detail.Projects.Count - 1, deleted.Projects.Count);
        await Assert.ThrowsAsync<NotFoundException>(() => Db.NewStore().GetProjectAsync(filer, first.Id));
        var v1 = DocumentJsonReader.Read(await Db.NewStore().ExportJsonAsync(filer, doc.Id, version: 1));
        Assert.Contains(v1.Projects, p => p.Key == victim.Model.Key);
        var v2 = DocumentJsonReader.Read(await Db.NewStore().ExportJsonAsync(filer, doc.Id, version: 2));
        Assert.DoesNotContain(v2.Projects, p => p.Key == victim.Model.Key);
        Assert.Equal(0, await CountAsync(db => db.Indicators.Where(i => i.ProjectId == first.Id)));

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Contains(audit, a => a.Action == "移动项目" && a.Old == "第2个项目" && a.New == "第1个项目");
        Assert.Contains(audit, a => a.Action == "删除项目" && a.Old!.Contains(first.Name, StringComparison.Ordinal));
        // The diff pairs by key: a move and a deletion, not a field change on every project after it.
        var diff = await Db.NewStore().DiffAsync(filer, doc.Id, 1, 2);
        Assert.DoesNotContain(diff.Changes, c => c.Where.Contains(second.Name, StringComparison.Ordinal) && c.Field == "项目名称");
    }

    [Fact]
    public async Task Findings_written_as_a_difference_are_the_full_reviews_in_its_order()
    {
        var (doc, filer) = await ImportSeed002Async();
        for (var n = 0; n < 3; n++)
        {
            // Emptying a value adds a finding in the middle of the document; the stored list must still read as the review.
            var (_, row) = await FirstIndicatorAsync(filer, doc.Id);
            var result = await Edits().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: ""), row.RowVersion);
            Assert.Contains(result.ProjectFindings, f => f.IndicatorId == row.Id && f.RuleId == "R-VAL-001");
            var model = (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Model;
            var expected = Core.Review.ReviewRules.Default.Review(model).Select(f => (f.RuleId, f.Fingerprint)).ToArray();
            var stored = await Db.NewStore().GetFindingsAsync(filer, doc.Id, new FindingFilter());
            Assert.Equal(expected, stored.Select(f => (f.RuleId, f.Fingerprint)).ToArray());
        }
    }

    [Fact]
    public async Task A_stale_document_version_refuses_adding_a_project_and_nothing_is_added()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var stale = await DocumentVersionAsync(filer, doc.Id);
        await AddProjectAsync(filer, doc.Id, "先到");
        var e = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Edits().AddProjectAsync(filer, doc.Id, new ProjectEdit(Name: "后到"), stale));
        Assert.Contains("该文档已被", e.Message, StringComparison.Ordinal);
        Assert.Equal(["先到"], (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Projects.Select(p => p.Name));
    }

    [Fact]
    public async Task Two_people_edit_different_projects_and_both_succeed_the_same_field_second_is_refused()
    {
        var (doc, filer) = await ImportSeed002Async();
        // Two sessions of the unit (the unit has one filer account in the demo; each session is its own request and store).
        var other = await SignIn(NotaryFiler);
        var detail = await Db.NewStore().GetDocumentAsync(filer, doc.Id);
        var a = await Db.NewStore().GetProjectAsync(filer, detail.Projects[0].Id);
        var b = await Db.NewStore().GetProjectAsync(other, detail.Projects[1].Id);
        await Task.WhenAll(
            new DocumentEditService(Db.NewStore()).UpdateProjectAsync(filer, a.Summary.Id, new ProjectEdit(Owner: "甲"), a.RowVersion),
            new DocumentEditService(Db.NewStore()).UpdateProjectAsync(other, b.Summary.Id, new ProjectEdit(Owner: "乙"), b.RowVersion));
        var model = (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Model;
        Assert.Equal(("甲", "乙"), (model.Projects[0].Owner, model.Projects[1].Owner));

        var e = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Edits().UpdateProjectAsync(other, a.Summary.Id, new ProjectEdit(Owner: "覆盖"), a.RowVersion));
        Assert.Contains(NotaryFiler, e.Message, StringComparison.Ordinal);
        Assert.Equal("甲", (await Db.NewStore().GetProjectAsync(filer, a.Summary.Id)).Model.Owner);
    }

    /// <summary>
    /// Every operation, for every role: the filer of the unit edits the unit's draft; the department reviewer edits
    /// the department's own draft but not a unit's (separation of duties); nobody else, and nobody outside 草稿/被退回.
    /// </summary>
    [Fact]
    public async Task Every_operation_is_allowed_only_to_the_filer_of_the_unit_and_the_reviewer_of_the_department_in_a_draft()
    {
        var (doc, filer) = await ImportSeed002Async();
        var initial = await Db.NewStore().ExportJsonAsync(filer, doc.Id);
        var outsiders = new (string User, Type Refusal)[]
        {
            (DetoxFiler, typeof(NotFoundException)), (EducationReviewer, typeof(NotFoundException)),
            (JusticeReviewer, typeof(AccessDeniedException)), (Finance, typeof(AccessDeniedException)), (Admin, typeof(AccessDeniedException)),
        };
        foreach (var (user, refusal) in outsiders)
        {
            var actor = await SignIn(user);
            foreach (var (name, op) in Operations(doc.Id, filer))
            {
                var e = await Record.ExceptionAsync(() => op(actor));
                Assert.True(e?.GetType() == refusal, $"{user} {name}: {e?.GetType().Name} {e?.Message}");
            }
        }
        Assert.Equal(initial, await Db.NewStore().ExportJsonAsync(filer, doc.Id));

        foreach (var (name, op) in Operations(doc.Id, filer))
        {
            var e = await Record.ExceptionAsync(() => op(filer));
            Assert.True(e is null, $"{NotaryFiler} {name}: {e?.Message}");
        }

        // The department's own document: its reviewer files it; the unit's filer cannot even see it.
        var reviewer = await SignIn(JusticeReviewer);
        var own = await new NewDocumentService(Db.NewStore()).CreateAsync(reviewer,
            new NewDocumentRequest(reviewer.DepartmentId!.Value, null, 2031, NewDocumentStart.Empty));
        var ops = Operations(own.Id, reviewer);
        for (var n = 0; n < 3; n++) await ops[0].Run(reviewer);
        foreach (var (name, op) in ops)
        {
            Assert.IsType<NotFoundException>(await Record.ExceptionAsync(() => op(filer)));
            var e = await Record.ExceptionAsync(() => op(reviewer));
            Assert.True(e is null, $"{JusticeReviewer} {name}: {e?.Message}");
        }

        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        var submitted = await Db.NewStore().ExportJsonAsync(filer, doc.Id);
        foreach (var (name, op) in Operations(doc.Id, filer))
        {
            var e = await Record.ExceptionAsync(() => op(filer));
            Assert.True(e is WorkflowException, $"送审后 {name}: {e?.GetType().Name}");
        }
        Assert.Equal(submitted, await Db.NewStore().ExportJsonAsync(filer, doc.Id));
        Assert.NotEqual(initial, submitted);
    }

    /// <summary>One call of each operation, with row versions fresh as a client reads them (through <paramref name="reader"/>).</summary>
    private List<(string Name, Func<Actor, Task> Run)> Operations(int documentId, Actor reader)
    {
        async Task<ProjectDetail> Project(int n = 0) =>
            await Db.NewStore().GetProjectAsync(reader, (await Db.NewStore().GetDocumentAsync(reader, documentId)).Projects[n].Id);
        return
        [
            ("添加项目", async a => await Edits().AddProjectAsync(a, documentId, new ProjectEdit(Name: "新项目", Total: "10"), await DocumentVersionAsync(reader, documentId))),
            ("修改项目", async a => { var p = await Project(); await Edits().UpdateProjectAsync(a, p.Summary.Id, new ProjectEdit(Purpose: "用途" + a.UserName), p.RowVersion); }),
            ("移动项目", async a => { var p = await Project(1); await Edits().MoveProjectAsync(a, p.Summary.Id, 1, p.RowVersion); }),
            ("添加指标", async a => { var p = await Project(); await Edits().AddIndicatorAsync(a, p.Summary.Id, new NewIndicator("产出指标", "数量指标", new IndicatorEdit(Name: "新指标", Value: "1项")), p.RowVersion); }),
            ("修改指标", async a => { var r = (await Project()).Indicators[0]; await Edits().UpdateIndicatorAsync(a, r.Id, new IndicatorEdit(Basis: "依据" + a.UserName), r.RowVersion); }),
            ("移动指标", async a => { var r = (await Project()).Indicators[0]; await Edits().MoveIndicatorAsync(a, r.Id, new IndicatorMove(Level1: "满意度指标", Level2: "服务对象满意度指标"), r.RowVersion); }),
            ("删除指标", async a => { var r = (await Project()).Indicators[^1]; await Edits().DeleteIndicatorAsync(a, r.Id, r.RowVersion); }),
            ("删除项目", async a => { var p = await Project(2); await Edits().DeleteProjectAsync(a, p.Summary.Id, p.RowVersion); }),
        ];
    }
}

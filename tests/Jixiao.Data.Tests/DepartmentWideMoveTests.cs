using Jixiao.Data.Drafting;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;

namespace Jixiao.Data.Tests;

public sealed class SqliteDepartmentWideMoveTests : DepartmentWideMoveTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresDepartmentWideMoveTests : DepartmentWideMoveTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// 部门整体指标 moved the way a project's are (issue 17, must-hold 5 “editable the same way”): 上移/下移 within their
/// 一级/二级, 移到 another; through the one pipeline, so guarded by the part's row version, audited and refused for the
/// wrong person or state.
/// </summary>
public abstract class DepartmentWideMoveTests : StoreTestBase
{
    private DocumentEditService Edits() => new(Db.NewStore());
    private DepartmentWideService Overall() => new(Db.NewStore());

    /// <summary>An empty draft whose department-wide table has 数量 A, B and 质量 C.</summary>
    private async Task<(int DocumentId, Actor Filer, string A, string B, string C, long RowVersion)> ThreeIndicatorsAsync()
    {
        var filer = await SignIn(NotaryFiler);
        var doc = await new NewDocumentService(Db.NewStore()).CreateAsync(filer,
            new NewDocumentRequest(filer.DepartmentId!.Value, filer.BudgetUnitId, 2031, NewDocumentStart.Empty));
        var v = (await Overall().GetAsync(filer, doc.Id)).RowVersion;
        var a = await Edits().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("产出指标", "数量指标", new IndicatorEdit(Name: "甲", Value: "≥10件")), v);
        var b = await Edits().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("产出指标", "数量指标", new IndicatorEdit(Name: "乙", Value: "≥20件")), a.OverallRowVersion);
        var c = await Edits().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("产出指标", "质量指标", new IndicatorEdit(Name: "丙", Value: "≥95%")), b.OverallRowVersion);
        var keys = c.Overall!.Indicators.Select(i => i.Key!).ToArray();
        return (doc.Id, filer, keys[0], keys[1], keys[2], c.OverallRowVersion);
    }

    private async Task<string[]> NamesAsync(Actor reader, int documentId) =>
        (await Overall().GetAsync(reader, documentId)).Overall!.Indicators.Select(i => $"{i.Level2}/{i.Name}").ToArray();

    [Fact]
    public async Task Up_and_down_within_a_level_and_to_another_level_are_saved_audited_and_keep_keys()
    {
        var (id, filer, a, b, c, v) = await ThreeIndicatorsAsync();
        var down = await Edits().MoveOverallIndicatorAsync(filer, id, a, new IndicatorMove(By: 1), v);
        Assert.Equal(["数量指标/乙", "数量指标/甲", "质量指标/丙"], await NamesAsync(filer, id));
        Assert.Equal(v + 1, down.OverallRowVersion);

        var up = await Edits().MoveOverallIndicatorAsync(filer, id, a, new IndicatorMove(By: -1), down.OverallRowVersion);
        Assert.Equal(["数量指标/甲", "数量指标/乙", "质量指标/丙"], await NamesAsync(filer, id));

        // 移到 质量指标: after the last one there, with its key.
        var moved = await Edits().MoveOverallIndicatorAsync(filer, id, a, new IndicatorMove(Level1: "产出指标", Level2: "质量指标"), up.OverallRowVersion);
        Assert.Equal(["数量指标/乙", "质量指标/丙", "质量指标/甲"], await NamesAsync(filer, id));
        Assert.Equal([b, c, a], moved.Overall!.Indicators.Select(i => i.Key));

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), id);
        Assert.Contains(audit, x => x.Action == "移动部门整体指标" && x.Field == "位置" && x.Old == "第1项指标" && x.New == "第2项指标" && x.User == NotaryFiler);
        Assert.Contains(audit, x => x.Action == "移动部门整体指标" && x.Field == "一级/二级指标" && x.Old == "产出指标/数量指标" && x.New == "产出指标/质量指标，第3项指标");
    }

    [Fact]
    public async Task At_the_edge_of_its_level_a_stale_row_version_or_another_person_is_refused_and_nothing_moves()
    {
        var (id, filer, a, _, c, v) = await ThreeIndicatorsAsync();
        var before = await NamesAsync(filer, id);

        var top = await Assert.ThrowsAsync<JixiaoException>(() => Edits().MoveOverallIndicatorAsync(filer, id, a, new IndicatorMove(By: -1), v));
        Assert.Contains("不能上移", top.Message, StringComparison.Ordinal);
        // 丙 is alone in 质量指标: moving it down would leave its 二级.
        var edge = await Assert.ThrowsAsync<JixiaoException>(() => Edits().MoveOverallIndicatorAsync(filer, id, c, new IndicatorMove(By: -1), v));
        Assert.Contains("移到", edge.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Edits().MoveOverallIndicatorAsync(filer, id, a, new IndicatorMove(By: 1), v - 1));
        await Assert.ThrowsAsync<NotFoundException>(() => Edits().MoveOverallIndicatorAsync(filer, id, "no-such-key", new IndicatorMove(By: 1), v));

        foreach (var (user, refusal) in new (string, Type)[]
                 {
                     (DetoxFiler, typeof(NotFoundException)), (EducationReviewer, typeof(NotFoundException)),
                     (JusticeReviewer, typeof(AccessDeniedException)), (Finance, typeof(AccessDeniedException)), (Admin, typeof(AccessDeniedException)),
                 })
        {
            var e = await Record.ExceptionAsync(async () => await Edits().MoveOverallIndicatorAsync(await SignIn(user), id, a, new IndicatorMove(By: 1), v));
            Assert.True(e?.GetType() == refusal, $"{user}: {e?.GetType().Name} {e?.Message}");
        }
        Assert.Equal(before, await NamesAsync(filer, id));
        Assert.Equal(v, (await Overall().GetAsync(filer, id)).RowVersion);

        // After 送审 the part is frozen.
        await Edits().AddProjectAsync(filer, id, new ProjectEdit(Name: "项目甲", Total: "10"), (await Db.NewStore().GetDocumentAsync(filer, id)).RowVersion);
        await Db.NewStore().TransitionAsync(filer, id, WorkflowAction.Submit, null);
        await Assert.ThrowsAsync<WorkflowException>(() => Edits().MoveOverallIndicatorAsync(filer, id, a, new IndicatorMove(By: 1), v));
        Assert.Equal(before, await NamesAsync(filer, id));
    }
}

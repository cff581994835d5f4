using System.Text;
using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteLimitsTests : LimitsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresLimitsTests : LimitsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// Input limits (docs/limits.md) on every provider: each excess is refused with a Chinese message naming the limit and
/// the excess, before anything is stored; control characters never reach the database; nothing answers with a
/// provider error (PostgreSQL refuses NUL and over-long varchar values, which used to be a 500).
/// </summary>
public abstract class LimitsTests : StoreTestBase
{
    /// <summary>The synthetic documents name seed 002's department, not the demo unit they are filed under: confirmed.</summary>
    private static readonly Importing.ImportChoice Confirmed = new(NameConfirmed: true);

    private static string Seed002Text => Encoding.UTF8.GetString(Seeds.Bytes(Seeds.S002));

    private JixiaoStore StoreWith(InputLimits limits) => new(Db.NewContext(), new InputGuard(limits));

    private async Task<DocumentSummary> ImportTextAsync(JixiaoStore store, Actor filer, string text, string name = "合成文档.txt") =>
        await store.CommitImportAsync(filer, name, Encoding.UTF8.GetBytes(text), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, Confirmed);

    [Fact]
    public async Task A_document_at_the_project_limit_is_stored_and_one_project_more_is_refused_with_nothing_stored()
    {
        var filer = await SignIn(NotaryFiler);
        var limits = new InputLimits { MaxProjectsPerDocument = 3 };

        var stored = await ImportTextAsync(StoreWith(limits), filer, SyntheticDocument.Text(Seed002Text, 3, 2));
        Assert.Equal(3, stored.ProjectCount);

        var before = await CountAsync(c => c.Documents);
        var e = await Assert.ThrowsAsync<LimitExceededException>(() => ImportTextAsync(StoreWith(limits), filer, SyntheticDocument.Text(Seed002Text, 4, 2)));
        Assert.Contains("含 4 个项目，超过每份文档 3 个项目的上限（多 1 个）", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxProjectsPerDocument", e.Message, StringComparison.Ordinal);
        Assert.False(e.TryLater);
        Assert.Equal(before, await CountAsync(c => c.Documents));
        // The preview refuses it the same way.
        await Assert.ThrowsAsync<LimitExceededException>(() =>
            StoreWith(limits).PreviewImportAsync(filer, "合成文档.txt", Encoding.UTF8.GetBytes(SyntheticDocument.Text(Seed002Text, 4, 2))));
    }

    [Fact]
    public async Task The_default_limit_refuses_501_projects()
    {
        var filer = await SignIn(NotaryFiler);
        var before = await CountAsync(c => c.Projects);
        var e = await Assert.ThrowsAsync<LimitExceededException>(() => ImportTextAsync(Db.NewStore(), filer, SyntheticDocument.Text(Seed002Text, 501, 1)));
        Assert.Contains("含 501 个项目，超过每份文档 500 个项目的上限（多 1 个）", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(c => c.Projects));
    }

    [Fact]
    public async Task A_project_with_more_indicators_than_the_limit_is_refused_naming_the_project()
    {
        var filer = await SignIn(NotaryFiler);
        var limits = new InputLimits { MaxIndicatorsPerProject = 5 };
        var text = SyntheticDocument.Text(Seed002Text, 3, 5, i => i == 3 ? "超标项目" : "项目" + i, indicatorCount: i => i == 3 ? 6 : 5);

        var e = await Assert.ThrowsAsync<LimitExceededException>(() => ImportTextAsync(StoreWith(limits), filer, text));

        Assert.Contains("第 3 个项目“超标项目”有 6 项指标，超过每个项目 5 项指标的上限（多 1 项）", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(c => c.Projects.Where(p => p.Name == "超标项目")));
    }

    [Fact]
    public async Task A_document_with_more_indicators_in_all_than_the_limit_is_refused_with_the_excess()
    {
        var filer = await SignIn(NotaryFiler);

        var e = await Assert.ThrowsAsync<LimitExceededException>(() =>
            ImportTextAsync(StoreWith(new InputLimits { MaxIndicatorsPerDocument = 10 }), filer, SyntheticDocument.Text(Seed002Text, 3, 4)));

        Assert.Contains("共有 12 项绩效指标，超过每份文档 10 项指标的上限（多 2 项）", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_as_large_as_the_largest_real_one_imports_with_the_default_limits()
    {
        // The corpus' largest project has 246 indicators (docs/limits.md); the defaults must take it.
        var filer = await SignIn(NotaryFiler);
        var stored = await ImportTextAsync(Db.NewStore(), filer, SyntheticDocument.Text(Seed002Text, 2, 246));
        Assert.Equal(2 * 246, await CountAsync(c => c.Indicators.Where(i => i.DocumentId == stored.Id)));
    }

    [Fact]
    public async Task A_project_name_of_600_characters_is_refused_in_Chinese_not_by_the_database()
    {
        var filer = await SignIn(NotaryFiler);
        var longName = string.Concat(Enumerable.Repeat("很长的项目名称", 86)) + "末尾"; // 604 characters: over the default 500 (the column's width too)
        var text = SyntheticDocument.Text(Seed002Text, 2, 2, i => i == 2 ? longName : "项目" + i);

        var e = await Assert.ThrowsAsync<LimitExceededException>(() => ImportTextAsync(Db.NewStore(), filer, text));

        Assert.Contains($"第 2 个项目", e.Message, StringComparison.Ordinal);
        Assert.Contains($"项目名称有 {longName.Length} 个字符，超过名称类字段 500 个字符的上限（多 {longName.Length - 500} 个）", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(c => c.Projects.Where(p => p.Name.StartsWith("很长的项目名称"))));
    }

    [Fact]
    public async Task Control_characters_and_NUL_in_an_imported_text_are_removed_before_anything_is_stored()
    {
        var filer = await SignIn(NotaryFiler);
        var text = SyntheticDocument.Text(Seed002Text, 2, 3, i => i == 1 ? "法律\u0001援助\u001B[31m项目\0" : "普法\u007F经费",
            (i, j) => j == 2 ? "咨询\u0000数\u0008" : "指标" + j);

        var doc = await ImportTextAsync(Db.NewStore(), filer, text);

        var detail = await Db.NewStore().GetDocumentAsync(filer, doc.Id);
        Assert.Equal(["法律援助[31m项目", "普法经费"], detail.Projects.Select(p => p.Name).ToArray());
        var json = await Db.NewStore().ExportJsonAsync(filer, doc.Id);
        Assert.Contains("咨询数", json, StringComparison.Ordinal);
        foreach (var escaped in new[] { "\\u0000", "\\u0001", "\\u001B", "\\u001b", "\\u007F", "\\u007f", "\\b" })
            Assert.DoesNotContain(escaped, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_with_NUL_and_escape_characters_is_saved_without_them()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (_, row) = await FirstIndicatorAsync(filer, doc.Id);

        var result = await Db.NewStore().UpdateIndicatorAsync(filer, row.Id,
            new IndicatorEdit(Description: "描述\0含\u0001控制\u001B字符", Basis: "第一行\n第二行\t制表"), row.RowVersion);

        Assert.Equal("描述含控制字符", result.Row.Description);
        Assert.Equal("第一行\n第二行\t制表", result.Row.Basis);
        Assert.DoesNotContain("\\u0001", await Db.NewStore().ExportJsonAsync(filer, doc.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_indicator_nature_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (_, row) = await FirstIndicatorAsync(filer, doc.Id);
        var nature = new string('正', 25);

        var e = await Assert.ThrowsAsync<LimitExceededException>(() =>
            Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Nature: nature), row.RowVersion));

        Assert.Contains("指标性质有 25 个字符，超过该字段 20 个字符的上限（多 5 个）", e.Message, StringComparison.Ordinal);
        var (_, stored) = await FirstIndicatorAsync(filer, doc.Id);
        Assert.Equal(row.RowVersion, stored.RowVersion);
        Assert.Equal(row.Nature, stored.Nature);
    }

    [Fact]
    public async Task An_over_long_description_is_refused_with_the_limit_and_the_excess()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (_, row) = await FirstIndicatorAsync(filer, doc.Id);
        var edits = await CountAsync(c => c.AuditLog.Where(a => a.Action == "修改指标"));

        var e = await Assert.ThrowsAsync<LimitExceededException>(() =>
            Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Description: new string('述', 4100)), row.RowVersion));

        Assert.Contains("绩效指标描述有 4100 个字符，超过长文本字段 4000 个字符的上限（多 100 个）", e.Message, StringComparison.Ordinal);
        Assert.Equal(edits, await CountAsync(c => c.AuditLog.Where(a => a.Action == "修改指标")));
    }

    [Fact]
    public async Task A_user_with_the_allowed_number_of_imports_running_is_refused_one_more_until_one_ends()
    {
        var filer = await SignIn(NotaryFiler);
        var guard = new InputGuard(new InputLimits { MaxConcurrentImportsPerUser = 1 });
        var store = new JixiaoStore(Db.NewContext(), guard);
        var bytes = Seeds.Bytes(Seeds.S002);

        using (guard.Imports.Enter(filer))
        {
            var e = await Assert.ThrowsAsync<LimitExceededException>(() =>
                store.CommitImportAsync(filer, "a.txt", bytes, filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, Confirmed));
            Assert.True(e.TryLater);
            Assert.Contains("已有 1 个导入正在进行，达到每个用户同时 1 个导入的上限", e.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<LimitExceededException>(() => store.PreviewImportAsync(filer, "a.txt", bytes));
            // Another user is not held up by this one.
            var other = await SignIn(DetoxFiler);
            Assert.True((await new JixiaoStore(Db.NewContext(), guard).PreviewImportAsync(other, "a.txt", bytes)).Projects > 0);
        }
        Assert.Equal(0, guard.Imports.Running(filer.UserName));
        Assert.True((await store.CommitImportAsync(filer, "a.txt", bytes, filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, Confirmed)).ProjectCount > 0);
        Assert.Equal(0, guard.Imports.Running(filer.UserName));
    }

    [Fact]
    public async Task A_return_note_over_the_text_limit_is_refused_and_the_state_stays()
    {
        var (doc, filer) = await ImportSeed002Async();
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        var finance = await SignIn(Finance);

        var e = await Assert.ThrowsAsync<LimitExceededException>(() =>
            StoreWith(new InputLimits { MaxTextLength = 10 }).TransitionAsync(finance, doc.Id, WorkflowAction.Return, "请补充指标值的确定依据并重新送审"));

        Assert.Contains("退回意见有 16 个字符，超过长文本字段 10 个字符的上限（多 6 个）", e.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Submitted, (await Db.NewStore().GetDocumentAsync(finance, doc.Id)).Summary.State);
    }

    [Fact]
    public void Limits_are_read_from_configuration_and_a_bad_value_is_named()
    {
        var limits = InputLimits.From(new DictionaryConfiguration(new Dictionary<string, string?>
        {
            ["Jixiao:Limits:MaxProjectsPerDocument"] = "120",
            ["Jixiao:Limits:MaxTextLength"] = "8000",
        }));
        Assert.Equal(120, limits.MaxProjectsPerDocument);
        Assert.Equal(8000, limits.MaxTextLength);
        Assert.Equal(InputLimits.Default.MaxIndicatorsPerProject, limits.MaxIndicatorsPerProject);

        var e = Assert.Throws<JixiaoException>(() => InputLimits.From(new DictionaryConfiguration(new Dictionary<string, string?>
        {
            ["Jixiao:Limits:MaxIndicatorsPerProject"] = "-3",
        })));
        Assert.Contains("Jixiao:Limits:MaxIndicatorsPerProject", e.Message, StringComparison.Ordinal);
        Assert.Contains("-3", e.Message, StringComparison.Ordinal);
    }
}

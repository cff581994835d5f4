using System.Text;
using Jixiao.Data.Importing;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Data.Tests;

public sealed class SqliteImportChecksTests : ImportChecksTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresImportChecksTests : ImportChecksTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// Import checks (issue 20 item 2): an empty file is refused, a file of another department needs confirming, and a
/// unit's existing document for the year is replaced or versioned, never duplicated.
/// </summary>
public abstract class ImportChecksTests : StoreTestBase
{
    private static readonly ImportChoice Confirmed = new(NameConfirmed: true);

    private static string Seed002Text => Encoding.UTF8.GetString(Seeds.Bytes(Seeds.S002));

    /// <summary>
    /// A budget disclosure's explanation without one table (as some 部门预算 PDFs read when their tables are images):
    /// the reader accepts it as a disclosure, but there is nothing in it to store.
    /// </summary>
    private static byte[] ExplanationOnly() => Encoding.UTF8.GetBytes(
        "某某市司法局2022年部门预算\n\n第一部分 2022年部门预算编制说明\n\n一、部门基本情况\n某某市司法局负责全市法治建设工作。\n\n" +
        "二、收支预算情况说明\n2022年收入预算合计1000.00万元。\n");

    /// <summary>Seed 002's opening with two synthetic projects of three indicators (a different file of the same department and year).</summary>
    private static byte[] TwoProjects() => Encoding.UTF8.GetBytes(SyntheticDocument.Text(Seed002Text, 2, 3));

    [Fact]
    public async Task A_file_with_no_project_and_no_table_is_refused_in_preview_and_commit_and_nothing_is_stored()
    {
        var filer = await SignIn(NotaryFiler);
        var before = await CountAsync(c => c.Documents);
        var preview = await Assert.ThrowsAsync<ImportRejectedException>(() => Db.NewStore().PreviewImportAsync(filer, "说明.txt", ExplanationOnly()));
        Assert.Contains("“说明.txt”中没有读出任何项目绩效目标表、部门整体绩效目标或预算公开表，不能导入", preview.Message, StringComparison.Ordinal);
        var commit = await Assert.ThrowsAsync<ImportRejectedException>(() =>
            Db.NewStore().CommitImportAsync(filer, "说明.txt", ExplanationOnly(), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, Confirmed));
        Assert.Equal(preview.Message, commit.Message);
        Assert.Equal(before, await CountAsync(c => c.Documents));
    }

    [Fact]
    public async Task A_file_naming_another_department_is_stored_only_once_the_user_confirms()
    {
        var filer = await SignIn(NotaryFiler);
        var before = await CountAsync(c => c.Documents);
        var e = await Assert.ThrowsAsync<ImportConfirmationRequiredException>(() =>
            Db.NewStore().CommitImportAsync(filer, Seeds.S002, Seeds.Bytes(Seeds.S002), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022));
        Assert.Contains("文件写明的部门是“秦皇岛市抚宁区司法局”", e.Message, StringComparison.Ordinal);
        Assert.Contains("“某某市司法局”下的“某某市公证处”", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(c => c.Documents));

        var check = await new ImportTargetService(Db.NewStore()).CheckAsync(filer, filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, "秦皇岛市抚宁区司法局");
        Assert.Equal(e.Message, check.NameWarning);
        Assert.Null(check.Existing);

        var stored = await Db.NewStore().CommitImportAsync(filer, Seeds.S002, Seeds.Bytes(Seeds.S002), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, Confirmed);
        Assert.Equal(7, stored.ProjectCount);
        Assert.Equal(before + 1, await CountAsync(c => c.Documents));
    }

    [Theory]
    [InlineData("某某市司法局")]
    [InlineData("市司法局")]
    [InlineData("司法局")]
    [InlineData("某某市司法局（本级）")]
    [InlineData("某某市司法局部门")]
    [InlineData("某某市司法局机关")]
    [InlineData("河北省某某市司法局")]
    [InlineData("某某区司法局")]
    [InlineData("某某市公证处")]
    [InlineData(" 某某市 司法局 ")]
    [InlineData(null)]
    public void Names_that_differ_only_in_form_are_the_same_department(string? inFile) =>
        Assert.Null(OrganizationNames.Mismatch(inFile, "某某市", "某某市司法局", "某某市公证处"));

    [Theory]
    [InlineData("秦皇岛市抚宁区司法局")]
    [InlineData("福州市民政局")]
    [InlineData("某某市民政局")]
    [InlineData("烟台市司法局")]
    public void A_name_of_another_department_or_place_gives_a_warning(string inFile) =>
        Assert.Contains($"文件写明的部门是“{inFile}”", OrganizationNames.Mismatch(inFile, "某某市", "某某市司法局", "某某市公证处"), StringComparison.Ordinal);

    [Fact]
    public async Task A_second_import_for_the_unit_and_year_is_refused_and_offers_replace_or_new_version()
    {
        var (first, filer) = await ImportSeed002Async();
        var e = await Assert.ThrowsAsync<DocumentExistsException>(() =>
            Db.NewStore().CommitImportAsync(filer, "另一份.txt", TwoProjects(), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, Confirmed));
        Assert.Equal(first.Id, e.ExistingDocumentId);
        Assert.Contains($"已有文档“{first.Title}”（编号 {first.Id}，草稿，第 1 版）", e.Message, StringComparison.Ordinal);
        Assert.Contains("“替换草稿”", e.Message, StringComparison.Ordinal);
        Assert.Contains("“作为新版本”", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(c => c.Documents.Where(d => d.BudgetUnitId == filer.BudgetUnitId && d.FiscalYear == 2022)));

        var check = await new ImportTargetService(Db.NewStore()).CheckAsync(filer, filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, null);
        Assert.Equal((first.Id, true, true, (string?)null), (check.Existing!.Id, check.CanReplaceDraft, check.CanAddVersion, check.Blocked));
    }

    [Fact]
    public async Task Replacing_the_draft_rewrites_its_current_version_rows_and_findings_and_is_audited()
    {
        var (first, filer) = await ImportSeed002Async();
        var replaced = await Db.NewStore().CommitImportAsync(filer, "另一份.txt", TwoProjects(), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022,
            new ImportChoice(ImportMode.ReplaceDraft, NameConfirmed: true));

        Assert.Equal((first.Id, 1, 2, WorkflowState.Draft), (replaced.Id, replaced.CurrentVersion, replaced.ProjectCount, replaced.State));
        var detail = await Db.NewStore().GetDocumentAsync(filer, first.Id);
        Assert.Equal(["项目1", "项目2"], detail.Projects.Select(p => p.Name));
        Assert.Equal(2, detail.Model.Projects.Count);
        Assert.Equal(6, await CountAsync(c => c.Indicators.Where(i => i.DocumentId == first.Id)));
        Assert.Equal(0, await CountAsync(c => c.Findings.Where(f => f.DocumentId == first.Id && f.Project!.Name.StartsWith("公共法律"))));
        Assert.Single(await Db.NewStore().GetVersionsAsync(filer, first.Id));
        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), first.Id);
        Assert.Contains(audit, a => a.Action == "替换草稿" && a.User == NotaryFiler && a.New!.Contains("导入文件“另一份.txt”，2 个项目，6 项指标", StringComparison.Ordinal));
    }

    [Fact]
    public async Task As_a_new_version_the_old_one_is_kept_frozen_and_can_be_compared()
    {
        var (first, filer) = await ImportSeed002Async();
        var versioned = await Db.NewStore().CommitImportAsync(filer, "另一份.txt", TwoProjects(), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022,
            new ImportChoice(ImportMode.NewVersion, NameConfirmed: true));

        Assert.Equal((first.Id, 2, 2), (versioned.Id, versioned.CurrentVersion, versioned.ProjectCount));
        var versions = await Db.NewStore().GetVersionsAsync(filer, first.Id);
        Assert.Equal([(1, true), (2, false)], versions.Select(v => (v.Version, v.Frozen)));
        Assert.Equal(7, (await Db.NewStore().GetDocumentAsync(filer, first.Id, version: 1)).Model.Projects.Count);
        Assert.NotEmpty((await Db.NewStore().DiffAsync(filer, first.Id, 1, 2)).Changes);
        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), first.Id);
        Assert.Contains(audit, a => a.Action == "导入新版本" && a.Old == "第 1 版" && a.New!.StartsWith("第 2 版", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_submitted_document_takes_no_import_and_the_message_says_to_withdraw_first()
    {
        var (first, filer) = await ImportSeed002Async();
        await Db.NewStore().TransitionAsync(filer, first.Id, WorkflowAction.Submit, null);
        foreach (var mode in new[] { ImportMode.ReplaceDraft, ImportMode.NewVersion })
        {
            var e = await Assert.ThrowsAsync<WorkflowException>(() =>
                Db.NewStore().CommitImportAsync(filer, "另一份.txt", TwoProjects(), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, new ImportChoice(mode, true)));
            Assert.Contains("已送审，正在审核", e.Message, StringComparison.Ordinal);
        }
        var check = await new ImportTargetService(Db.NewStore()).CheckAsync(filer, filer.DepartmentId!.Value, filer.BudgetUnitId, 2022, null);
        Assert.False(check.CanReplaceDraft);
        Assert.Contains("请先撤回送审", check.Blocked, StringComparison.Ordinal);
        Assert.Equal(7, (await Db.NewStore().GetDocumentAsync(filer, first.Id)).Projects.Count);
    }
}

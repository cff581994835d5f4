using Jixiao.Core.Review;
using Jixiao.Data.Drafting;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteIncrementalSaveTests : IncrementalSaveTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresIncrementalSaveTests : IncrementalSaveTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// A save reviews only the tables it changed and keeps the other projects' stored findings (docs/drafting.md, “8.
/// Speed”). After every one of a run of random saves — indicator fields and project headers, each through the
/// pipeline — the stored findings and every count must be exactly what a whole review of the stored document gives.
/// </summary>
public abstract class IncrementalSaveTests : StoreTestBase
{
    private static readonly string[] Values = ["", "100", "≥100%", "≤5万元", "≥5万元", "不知道", "xx", "≥95%", "120%", "有所提高", "≥1次", "90%"];
    private static readonly string[] Names = ["成本", "群众满意度", "指标1", "服务对象满意度", "培训人次", "XX", "差错率"];
    private static readonly string[] Natures = ["", "≥", "≤", "定性"];
    private static readonly string[] Weights = ["", "10", "20", "50"];

    [Fact]
    public async Task After_random_saves_the_stored_findings_and_counts_are_those_of_a_whole_review()
    {
        var (doc, filer) = await ImportSeed002Async();
        var random = new Random(17);
        for (var n = 0; n < 30; n++)
        {
            var detail = await Db.NewStore().GetDocumentAsync(filer, doc.Id);
            var summary = detail.Projects[random.Next(detail.Projects.Count)];
            var project = await Db.NewStore().GetProjectAsync(filer, summary.Id);
            var edits = new DocumentEditService(Db.NewStore());
            if (n % 5 == 4)
            {
                // A header: another project's name (a repeat, R-CON-008 on both) or goals.
                var other = detail.Projects[random.Next(detail.Projects.Count)];
                var edit = random.Next(2) == 0 ? new ProjectEdit(Name: other.Name) : new ProjectEdit(Goals: [random.Next(2) == 0 ? "XX" : "完成全年工作任务，群众满意度达到95%"]);
                var versions = await edits.ProjectRowVersionsAsync(filer, doc.Id);
                await edits.UpdateProjectAsync(filer, project.Summary.Id, edit, versions[project.Summary.Id]);
            }
            else if (project.Indicators.Count > 0)
            {
                var row = project.Indicators[random.Next(project.Indicators.Count)];
                var edit = (n % 4) switch
                {
                    0 => new IndicatorEdit(Value: Values[random.Next(Values.Length)]),
                    1 => new IndicatorEdit(Name: Names[random.Next(Names.Length)]),
                    2 => new IndicatorEdit(Nature: Natures[random.Next(Natures.Length)], Value: Values[random.Next(Values.Length)]),
                    _ => new IndicatorEdit(Weight: Weights[random.Next(Weights.Length)]),
                };
                await edits.UpdateIndicatorAsync(filer, row.Id, edit, row.RowVersion);
            }
            await AssertAsWholeReviewAsync(doc.Id, filer, $"第 {n + 1} 次保存后");
        }
    }

    [Fact]
    public async Task A_save_keeps_the_rows_of_other_projects_findings()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (project, row) = await FirstIndicatorAsync(filer, doc.Id);
        await using var context = Db.NewContext();
        var othersBefore = await context.Findings.AsNoTracking().Where(f => f.DocumentId == doc.Id && f.ProjectId != project.Summary.Id && f.ProjectId != null)
            .Select(f => new { f.Id, f.Position }).ToListAsync();
        Assert.NotEmpty(othersBefore);
        var result = await new DocumentEditService(Db.NewStore()).UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: "不知道"), row.RowVersion);
        Assert.Contains(result.ProjectFindings, f => f.RuleId == RuleIds.ValueUnreadable || f.RuleId == RuleIds.VagueTarget || f.RuleId == RuleIds.QualitativeWhereMeasurable);
        await using var after = Db.NewContext();
        var othersAfter = await after.Findings.AsNoTracking().Where(f => f.DocumentId == doc.Id && f.ProjectId != project.Summary.Id && f.ProjectId != null)
            .Select(f => new { f.Id, f.Position }).ToListAsync();
        // Not one row of another project was deleted, inserted or renumbered.
        Assert.Equal(othersBefore.OrderBy(f => f.Id), othersAfter.OrderBy(f => f.Id));
        await AssertAsWholeReviewAsync(doc.Id, filer, "保存后");
    }

    /// <summary>The stored findings, document counts and every project's counts against a whole review of the stored model.</summary>
    private async Task AssertAsWholeReviewAsync(int documentId, Actor reader, string when)
    {
        var model = (await Db.NewStore().GetDocumentAsync(reader, documentId)).Model;
        await using var context = Db.NewContext();
        var d = await context.Documents.FirstAsync(x => x.Id == documentId);
        var projects = await context.Projects.Where(p => p.DocumentId == documentId).OrderBy(p => p.Position).ToListAsync();
        var indicators = await context.Indicators.Where(i => i.DocumentId == documentId).ToListAsync();
        var stored = await context.Findings.AsNoTracking().Where(f => f.DocumentId == documentId).OrderBy(f => f.Position).ThenBy(f => f.Id).ToListAsync();
        var whole = FindingRows.Build(ReviewRules.Default.Review(model), d, projects, indicators);

        Assert.True(whole.Select(Describe).Order(StringComparer.Ordinal).SequenceEqual(stored.Select(Describe).Order(StringComparer.Ordinal)),
            $"{when}：存储的审核意见与整份重新审核不同。\n多出：{string.Join("\n", stored.Select(Describe).Except(whole.Select(Describe)))}\n缺少：{string.Join("\n", whole.Select(Describe).Except(stored.Select(Describe)))}");
        // Each project's findings in review order (the project page lists them by position).
        foreach (var p in projects)
            Assert.Equal(whole.Where(f => f.Project == p).Select(Describe), stored.Where(f => f.ProjectId == p.Id).Select(Describe));

        var open = whole.Where(f => f.AcceptedReason is null).ToList();
        Assert.Equal(open.Count(f => f.Severity == "error"), d.Errors);
        Assert.Equal(open.Count(f => f.Severity == "warning"), d.Warnings);
        Assert.Equal(open.Count(f => f.Severity == "info"), d.Infos);
        foreach (var p in projects)
        {
            Assert.Equal(open.Count(f => f.Project == p && f.Severity == "error"), p.Errors);
            Assert.Equal(open.Count(f => f.Project == p && f.Severity == "warning"), p.Warnings);
        }
    }

    private static string Describe(FindingEntity f) =>
        string.Join(" | ", f.RuleId, f.Fingerprint, f.Project?.Id ?? f.ProjectId, f.Indicator?.Id ?? f.IndicatorId, f.Severity, f.Message, f.Where,
            f.Suggestion, f.FixField, f.FixFrom, f.FixTo, f.Expected, f.Actual, f.AcceptedReason);
}

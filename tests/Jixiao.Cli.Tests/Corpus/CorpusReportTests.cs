using Jixiao.Cli.Commands.Corpus;

namespace Jixiao.Cli.Tests.Corpus;

/// <summary>
/// The corpus report as a regression test: regenerated from ../shared/corpus (or $JIXIAO_SHARED/corpus) in the test run
/// and compared with the committed docs/corpus-report.md. Where the corpus is not beside the checkout the comparison
/// cannot run and passes; CI and scripts/test.sh have it. The report reads the files in parallel on every core, so the
/// class runs alone, after the parallel tests (about 20 s on 2 cores); its wall time against the 60 s goal is printed by
/// bench/corpus-report.sh, not asserted here, where other builds share the machine.
/// </summary>
[Collection(nameof(CorpusCollection))]
public class CorpusReportTests
{
    [Fact]
    public void Regenerated_report_equals_the_committed_docs_corpus_report()
    {
        var corpus = CorpusDirectory();
        if (corpus is null) return;
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "corpus-report.md"));
        var regenerated = CorpusReport.Render(CorpusReport.ReadAll(new DirectoryInfo(corpus)));
        var difference = ReportDiff.Describe(committed, regenerated);
        Assert.True(difference is null, difference);
    }

    [Fact]
    public void A_changed_row_or_detail_is_named_by_its_file_with_how_to_regenerate()
    {
        const string committed = """
            # 语料报告
            | 文件 | 结果 |
            | a.pdf | 读出 | 3 |
            | b.pdf | 拒绝 | 0 |

            ## 拒绝与例外

            ### b.pdf

            - 拒绝：不像部门预算

            ## 合计

            文件 2 个
            """;
        Assert.Null(ReportDiff.Describe(committed, committed));

        var changed = committed.Replace("| a.pdf | 读出 | 3 |", "| a.pdf | 读出 | 4 |", StringComparison.Ordinal)
            .Replace("- 拒绝：不像部门预算", "- 拒绝：这是一个网页文件", StringComparison.Ordinal);
        var message = ReportDiff.Describe(committed, changed);
        Assert.NotNull(message);
        Assert.Contains("a.pdf：\n  - | a.pdf | 读出 | 3 |\n  + | a.pdf | 读出 | 4 |", message, StringComparison.Ordinal);
        Assert.Contains("b.pdf：\n  - - 拒绝：不像部门预算\n  + - 拒绝：这是一个网页文件", message, StringComparison.Ordinal);
        Assert.DoesNotContain("报告头或合计", message, StringComparison.Ordinal);
        Assert.Contains("bench/corpus-report.sh", message, StringComparison.Ordinal);

        var totals = ReportDiff.Describe(committed, committed.Replace("文件 2 个", "文件 3 个", StringComparison.Ordinal));
        Assert.Contains("（报告头或合计）", totals, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("当年财政拨款预算金额", true)]
    [InlineData("项目名称", true)]
    [InlineData("三级指标", true)]
    [InlineData("1,234.56", true)]
    [InlineData("474.56万元", true)]
    [InlineData("年度资金总额（万元）", true)]
    [InlineData("办公场所租赁", false)]
    [InlineData("2026年度信访业务经费", false)]
    public void A_project_name_that_is_a_header_word_or_an_amount_is_an_exception(string name, bool exception) =>
        Assert.Equal(exception, CorpusReader.IsHeaderOrAmount(name));

    [Theory]
    [InlineData("涉及一级预算项目76个，预算资金3056.57万元", 76, "3056.57")]
    [InlineData("本部门四个二级项目，共474.56万元", 4, "474.56")]
    [InlineData("本部门十二个二级项目，合计1,200万元", 12, "1,200")]
    public void A_stated_project_count_and_total_is_found(string text, int count, string amount)
    {
        var match = CorpusWording.StatedProjects.Select(r => r.Match(text)).First(m => m.Success);
        Assert.Equal(count, CorpusWording.Count(match.Groups["count"].Value));
        Assert.Equal(amount, match.Groups["amount"].Value);
    }

    [Fact]
    public void Evaluation_and_management_counts_are_not_taken_for_the_tables_printed()
    {
        Assert.DoesNotContain(CorpusWording.StatedProjects, r => r.IsMatch("拟对中介服务费等1个项目开展部门重点绩效评价，涉及预算资金800万元"));
        Assert.DoesNotContain(CorpusWording.StatedProjects, r => r.IsMatch("本部门共12个项目纳入绩效目标管理，涉及财政性资金合计975.06万元"));
    }

    [Theory]
    [InlineData("2022年部门整体支出绩效目标表", true)]
    [InlineData("2026年度部门整体支出绩效目标申报表", true)]
    [InlineData("部门整体绩效目标", false)]
    [InlineData("表15\t2022年部门整体支出绩效目标表", false)]
    [InlineData("2022年专项资金总体绩效目标表", false)]
    public void A_department_wide_table_title_is_recognised_on_a_line_of_its_own(string line, bool title) =>
        Assert.Equal(title, CorpusWording.OverallTableTitle().IsMatch(line));

    internal static string? CorpusDirectory()
    {
        var env = Environment.GetEnvironmentVariable("JIXIAO_SHARED");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(env)) candidates.Add(Path.Combine(env, "corpus"));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            candidates.Add(Path.Combine(dir.FullName, "..", "shared", "corpus"));
        return candidates.Where(Directory.Exists).Select(Path.GetFullPath).FirstOrDefault();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("找不到检出目录（Jixiao.slnx）。");
    }
}

/// <summary>The corpus report uses every core: it runs alone, not beside the other test classes.</summary>
[CollectionDefinition(nameof(CorpusCollection), DisableParallelization = true)]
public sealed class CorpusCollection;

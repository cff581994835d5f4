using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Text;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>
/// 预算公开表从中性模型读（issue 16 第 2 条）：表头按单元格跨度读成列名，数据按单元格所在的列放。每个结构用一页真表的
/// 单元格（照 ../shared/corpus 里的页抄下的结构与数字，文件名在测试里）建成网格，读出后再交给审核规则，证明读对了的表
/// 不报错、数字改错了的表报错。
/// </summary>
public class BudgetTablesFromGridTests
{
    private static GridCell C(int row, int column, string text, int rowSpan = 1, int columnSpan = 1, int page = 1) =>
        new(row, column, rowSpan, columnSpan, text, page);

    private static SourceText Source(params GridBlock[] blocks) =>
        SourceText.FromString("t.pdf", "").WithGrid(new GridDocument("t.pdf", "pdf", blocks));

    private static IReadOnlyList<BudgetTable> Read(SourceText source) =>
        BudgetGridReader.Default.Read(source.Grid!, TableClassifier.Default.Classify(source.Grid!), source);

    private static IReadOnlyList<Finding> Review(IReadOnlyList<BudgetTable> tables, string rule) =>
        [.. ReviewRules.Default.Review(new TargetDocument { Source = new DocumentSource("t.pdf", "disclosure"), FiscalYear = 2026, BudgetTables = tables })
            .Where(f => f.RuleId == rule && f.Severity == Severity.Error)];

    /// <summary>
    /// shanghai_0291d4c.pdf 的“三公”经费和机关运行经费预算表：“三公”经费预算数跨六列，公务用车购置及运行费跨小计、购置费、
    /// 运行费三列，合计与机关运行经费跨行。
    /// </summary>
    private static GridTable ThreeCosts(string total, string carSubtotal) => GridTable.Create(
    [
        C(0, 0, "“三公”经费预算数", columnSpan: 6), C(0, 6, "机关运行经费预算数", rowSpan: 3),
        C(1, 0, "合计", rowSpan: 2), C(1, 1, "因公出国(境)费", rowSpan: 2), C(1, 2, "公务接待费", rowSpan: 2), C(1, 3, "公务用车购置及运行费", columnSpan: 3),
        C(2, 3, "小计"), C(2, 4, "购置费"), C(2, 5, "运行费"),
        C(3, 0, total), C(3, 1, "0.00"), C(3, 2, "0.60"), C(3, 3, carSubtotal), C(3, 4, "0.00"), C(3, 5, "3.00"), C(3, 6, "47.64"),
    ]);

    [Fact]
    public void A_subtotal_spans_its_parts_and_each_column_is_named_by_the_cells_above_it()
    {
        var source = Source(new GridParagraph("2026年单位“三公”经费和机关运行经费预算表", 1), new GridParagraph("单位：万元", 1), ThreeCosts("3.60", "3.00"));
        var table = Assert.Single(Read(source));
        Assert.Equal(
            ["“三公”经费预算数-合计", "“三公”经费预算数-因公出国(境)费", "“三公”经费预算数-公务接待费", "“三公”经费预算数-公务用车购置及运行费-小计",
             "“三公”经费预算数-公务用车购置及运行费-购置费", "“三公”经费预算数-公务用车购置及运行费-运行费", "机关运行经费预算数"], table.Columns);
        Assert.Equal(MoneyUnit.TenThousandYuan, table.Unit);
        Assert.Equal(["3.60", "0.00", "0.60", "3.00", "0.00", "3.00", "47.64"], Assert.Single(table.Rows));
        Assert.Empty(Review([table], "R-BUD-006"));
        // The same table with a 合计 that is not the sum of its parts is reported.
        Assert.NotEmpty(Review(Read(Source(new GridParagraph("2026年单位“三公”经费和机关运行经费预算表", 1), ThreeCosts("4.60", "3.00"))), "R-BUD-006"));
    }

    /// <summary>
    /// 支出总表（shanghai_0291d4c.pdf 支出预算总表的结构）：“支出预算”跨在合计、基本支出、项目支出之上；合计行的“合计”跨过
    /// 类、款、项和名称四列，数字仍在自己的列里（行文读时要把它们从“款”列挪回来）。
    /// </summary>
    [Fact]
    public void A_total_label_spanning_the_code_and_name_columns_leaves_the_figures_in_their_own_columns()
    {
        var table = GridTable.Create(
        [
            C(0, 0, "项目", columnSpan: 4), C(0, 4, "支出预算", columnSpan: 3),
            C(1, 0, "功能分类科目编码", columnSpan: 3), C(1, 3, "功能分类科目名称", rowSpan: 2), C(1, 4, "合计", rowSpan: 2), C(1, 5, "基本支出", rowSpan: 2), C(1, 6, "项目支出", rowSpan: 2),
            C(2, 0, "类"), C(2, 1, "款"), C(2, 2, "项"),
            C(3, 0, "合计", columnSpan: 4), C(3, 4, "2,615.99"), C(3, 5, "2,016.99"), C(3, 6, "599.00"),
            C(4, 0, "201"), C(4, 3, "一般公共服务支出"), C(4, 4, "2,615.99"), C(4, 5, "2,016.99"), C(4, 6, "599.00"),
        ]);
        var read = Assert.Single(Read(Source(new GridParagraph("2026年预算单位支出预算总表", 1), table)));
        Assert.Equal(["项目-功能分类科目编码-类", "项目-功能分类科目编码-款", "项目-功能分类科目编码-项", "项目-功能分类科目名称", "支出预算-合计", "支出预算-基本支出", "支出预算-项目支出"], read.Columns);
        Assert.Equal(["合计", null, null, null, "2,615.99", "2,016.99", "599.00"], read.Rows[0]);
        var place = Assert.IsType<BudgetRowPlace>(read.RowPlaces![0]);
        Assert.Equal((1, 1, 4, 1), (place.Page, place.Table, place.Row, place.Column));
        Assert.Empty(Review([read], "R-BUD-003"));
    }

    /// <summary>
    /// 其中列（issue 16：“其中：专项资金”被当成合计的又一个分项）：一般公共预算拨款跨在小计和“其中：专项资金”之上；合计 =
    /// 一般公共预算拨款小计 + 政府性基金，其中列不加。
    /// </summary>
    [Fact]
    public void A_share_column_stays_under_the_part_it_belongs_to_and_is_not_added_to_the_total()
    {
        var table = GridTable.Create(
        [
            C(0, 0, "科目编码", rowSpan: 2), C(0, 1, "科目名称", rowSpan: 2), C(0, 2, "合计", rowSpan: 2), C(0, 3, "一般公共预算", columnSpan: 2), C(0, 5, "政府性基金", rowSpan: 2),
            C(1, 3, "小计"), C(1, 4, "其中：专项资金"),
            C(2, 0, "合计", columnSpan: 2), C(2, 2, "150.00"), C(2, 3, "100.00"), C(2, 4, "40.00"), C(2, 5, "50.00"),
        ]);
        var read = Assert.Single(Read(Source(new GridParagraph("财政拨款支出预算表", 1), table)));
        Assert.Equal(["科目编码", "科目名称", "合计", "一般公共预算-小计", "一般公共预算-其中：专项资金", "政府性基金"], read.Columns);
        Assert.Empty(Review([read], "R-BUD-003"));
    }

    /// <summary>
    /// 基本支出跨在人员经费、公用经费之上（shanghai_0291d4c.pdf 财务收支预算总表），上年与本年各一组并列（wuxi 各表的“上年预算数｜本年预算数”）：
    /// 每列的名字带着它上面的格，所以本年的合计、人员经费、公用经费各在本年那一组里，上年那一组不被当成本年的。
    /// </summary>
    [Theory]
    [InlineData("1,000.00", false)]
    [InlineData("1,100.00", true)]
    public void Basic_expenditure_spans_personnel_and_public_funds_and_last_years_group_is_not_this_years(string thisYearTotal, bool error)
    {
        var table = GridTable.Create(
        [
            C(0, 0, "科目编码", rowSpan: 3), C(0, 1, "科目名称", rowSpan: 3), C(0, 2, "上年预算数", columnSpan: 3), C(0, 5, "本年预算数", columnSpan: 3),
            C(1, 2, "合计", rowSpan: 2), C(1, 3, "基本支出", columnSpan: 2), C(1, 5, "合计", rowSpan: 2), C(1, 6, "基本支出", columnSpan: 2),
            C(2, 3, "人员经费"), C(2, 4, "公用经费"), C(2, 6, "人员经费"), C(2, 7, "公用经费"),
            C(3, 0, "301"), C(3, 1, "工资福利支出"), C(3, 2, "900.00"), C(3, 3, "900.00"), C(3, 5, thisYearTotal), C(3, 6, "1,000.00"),
        ]);
        var read = Assert.Single(Read(Source(new GridParagraph("一般公共预算基本支出表", 1), table)));
        Assert.Equal(["科目编码", "科目名称", "上年预算数-合计", "上年预算数-基本支出-人员经费", "上年预算数-基本支出-公用经费",
            "本年预算数-合计", "本年预算数-基本支出-人员经费", "本年预算数-基本支出-公用经费"], read.Columns);
        var findings = Review([read], "R-BUD-004");
        if (error) Assert.Contains(findings, f => f.Message.Contains("本年预算数-合计", StringComparison.Ordinal));
        else Assert.Empty(findings);
    }

    /// <summary>“301 2”（丢了前导零的 30102）在编码列里补回：它是款，不是类，也不是数字 3012。</summary>
    [Fact]
    public void A_code_printed_without_its_leading_zero_is_restored_in_the_code_column()
    {
        var table = GridTable.Create(
        [
            C(0, 0, "经济分类科目编码"), C(0, 1, "科目名称"), C(0, 2, "合计"),
            C(1, 0, "301"), C(1, 1, "工资福利支出"), C(1, 2, "30.00"),
            C(2, 0, "301 1"), C(2, 1, "基本工资"), C(2, 2, "20.00"),
            C(3, 0, "301 2"), C(3, 1, "津贴补贴"), C(3, 2, "10.00"),
        ]);
        var read = Assert.Single(Read(Source(new GridParagraph("一般公共预算基本支出表", 1), table)));
        Assert.Equal(["301", "30101", "30102"], read.Rows.Select(r => r[0]));
        Assert.Equal("201", BudgetGridCodes.RestoreLostZeros("201"));
        Assert.Equal("2010102", BudgetGridCodes.RestoreLostZeros("201 1 2"));
        Assert.Equal("301 123", BudgetGridCodes.RestoreLostZeros("301 123"));
    }

    /// <summary>
    /// 收支总表的平衡项（issue 16 第 5 条）：本年收入合计之下印着上年结转和上级补助收入，收入总计 = 本年收入合计 + 两者；
    /// 从网格读出后按行的意义相加，不报错；收入总计印错时报错。合计印成整数（22,118,861 对 22,118,861.34）按印出的精度比。
    /// </summary>
    [Theory]
    [InlineData("60.00", "1,160.00", false)]
    [InlineData("60.00", "1,170.00", true)]
    [InlineData("59.66", "1,160", false)]
    [InlineData("59.66", "1,160.00", true)]
    public void Balancing_rows_are_added_by_meaning_and_the_tolerance_follows_the_printed_precision(string grant, string incomeTotal, bool error)
    {
        var table = GridTable.Create(
        [
            C(0, 0, "收入", columnSpan: 2), C(0, 2, "支出", columnSpan: 2),
            C(1, 0, "项目"), C(1, 1, "预算数"), C(1, 2, "项目"), C(1, 3, "预算数"),
            C(2, 0, "一、一般公共预算拨款收入"), C(2, 1, "1,000.00"), C(2, 2, "一、一般公共服务支出"), C(2, 3, "1,160.00"),
            C(3, 0, "本年收入合计"), C(3, 1, "1,000.00"), C(3, 2, "本年支出合计"), C(3, 3, "1,160.00"),
            C(4, 0, "上年结转"), C(4, 1, "100.00"), C(4, 2, "年终结转结余"), C(4, 3, ""),
            C(5, 0, "上级补助收入"), C(5, 1, grant),
            C(6, 0, "收入总计"), C(6, 1, incomeTotal), C(6, 2, "支出总计"), C(6, 3, incomeTotal),
        ]);
        var read = Assert.Single(Read(Source(new GridParagraph("部门收支总表", 1), new GridParagraph("单位：万元", 1), table)));
        Assert.Equal(["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], read.Columns);
        var findings = Review([read], "R-BUD-001");
        if (error) Assert.NotEmpty(findings);
        else Assert.Empty(findings);
    }

    /// <summary>分页没有接上的续表（上方只有单位、页码），与上一张列相同：接在它后面，重印的表头和栏次行不算；表下的“注：”留在表末。</summary>
    [Fact]
    public void A_continuation_without_a_title_joins_the_table_above_and_the_note_below_is_kept()
    {
        GridTable Part(int page, params GridCell[] data) => GridTable.Create(
            [C(0, 0, "科目编码", page: page), C(0, 1, "科目名称", page: page), C(0, 2, "合计", page: page), .. data]);
        var first = Part(1, C(1, 0, "栏次", page: 1), C(1, 1, "1", page: 1), C(1, 2, "2", page: 1), C(2, 0, "201", page: 1), C(2, 1, "一般公共服务支出", page: 1), C(2, 2, "5.00", page: 1));
        var second = Part(2, C(1, 0, "208", page: 2), C(1, 1, "社会保障和就业支出", page: 2), C(1, 2, "3.00", page: 2));
        var read = Read(Source(new GridParagraph("一般公共预算支出表", 1), first, new GridParagraph("单位：万元", 2), second,
            new GridParagraph("注：本单位无政府性基金预算。", 2)));
        var table = Assert.Single(read);
        Assert.Equal(["201", "208", "注：本单位无政府性基金预算。"], table.Rows.Select(r => r[0]));
        Assert.Equal([1, 2], table.RowPlaces!.Take(2).Select(p => p!.Page));
    }

    /// <summary>
    /// wuxi_aaf18ee.pdf 第 14 页的支出总表（行文读取者读不出这张表，网格读得出）：219 援助其他地区支出 502.00 之下，21999 其他支出
    /// 印了两次（第二行本该是项 2199999）。两行相加是 1004.00，但哪一行是款并没有印出来：只作警告，并说编码印了两次。
    /// </summary>
    [Fact]
    public void A_child_code_printed_twice_makes_the_parent_sum_a_warning_that_says_so()
    {
        var table = GridTable.Create(
        [
            C(0, 0, "科目编码"), C(0, 1, "科目名称"), C(0, 2, "合计"), C(0, 3, "基本支出"), C(0, 4, "项目支出"),
            C(1, 0, "219"), C(1, 1, "援助其他地区支出"), C(1, 2, "502.00"), C(1, 4, "502.00"),
            C(2, 0, "21999"), C(2, 1, "其他支出"), C(2, 2, "502.00"), C(2, 4, "502.00"),
            C(3, 0, "21999"), C(3, 1, "其他支出"), C(3, 2, "502.00"), C(3, 4, "502.00"),
        ]);
        var read = Read(Source(new GridParagraph("支出总表", 1), table));
        Assert.Empty(Review(read, "R-BUD-002"));
        var findings = ReviewRules.Default.Review(new TargetDocument { Source = new DocumentSource("t.pdf", "disclosure"), BudgetTables = read });
        Assert.Contains(findings, f => f.RuleId == "R-BUD-002" && f.Severity == Severity.Warning && f.Message.Contains("21999在表中印了两次", StringComparison.Ordinal));
    }

    /// <summary>
    /// xian_891d54a.pdf 第 32 页：竖排的“公务用车购置及运行维护费”被抽取拆进了两格，公务用车一栏认不出；“三公”小计 28.38 = 4.38 + 24.00
    /// 是对的。认不出一项时合计对不上只作警告，说哪一项没认出。
    /// </summary>
    [Fact]
    public void A_three_costs_item_whose_column_is_not_recognised_gives_a_warning_not_an_error()
    {
        var table = GridTable.Create(
        [
            C(0, 0, "单位名称", rowSpan: 2), C(0, 1, "一般公共预算拨款安排的“三公”经费预算", columnSpan: 4), C(0, 5, "会议费", rowSpan: 2),
            C(1, 1, "小计"), C(1, 2, "因公出国（境）费"), C(1, 3, "公公务接待费"), C(1, 4, "务用车购置及运行维护-小计"),
            C(2, 0, "合计"), C(2, 1, "28.38"), C(2, 3, "4.38"), C(2, 4, "24.00"), C(2, 5, "19.06"),
        ]);
        var read = Read(Source(new GridParagraph("一般公共预算拨款“三公”经费及会议费、培训费支出预算表", 1), table));
        Assert.Empty(Review(read, "R-BUD-006"));
        var findings = ReviewRules.Default.Review(new TargetDocument { Source = new DocumentSource("t.pdf", "disclosure"), BudgetTables = read });
        Assert.Contains(findings, f => f.RuleId == "R-BUD-006" && f.Severity == Severity.Warning && f.Message.Contains("未认出“公务用车购置及运维费”", StringComparison.Ordinal));
    }

    /// <summary>真文件：上海一份公开的九张表全从网格读出，列名由跨度而来（收入预算跨在合计……其他收入之上，行文读成了“项目-合计”）。</summary>
    [Fact]
    public void A_real_disclosure_reads_every_budget_table_from_the_grid()
    {
        const string file = "shanghai_0291d4c.pdf";
        var text = new Sources.Pdf.PdfFormat().Read(file, File.ReadAllBytes(Path.Combine(Seeds.SharedDirectory, "corpus", file)));
        var tables = DocumentImporter.CreateDefault().Import(text).Document.BudgetTables;
        Assert.Equal(9, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.RowPlaces));
        var income = tables.Single(t => t.Title.Contains("收入预算总表", StringComparison.Ordinal));
        Assert.Equal("收入预算-合计", income.Columns[4]);
        Assert.All(income.RowPlaces!, p => Assert.True(p is null || p.SourceLine > 0));
    }
}

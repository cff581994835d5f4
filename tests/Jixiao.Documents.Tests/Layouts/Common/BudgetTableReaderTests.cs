using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Text;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Common;

public sealed class BudgetTableReaderTests
{
    private static readonly Lazy<(IReadOnlyList<BudgetTable> Tables, ReadContext Context)> Seed004 = new(() =>
    {
        var context = new ReadContext();
        return (BudgetTableReader.Read(Seeds.Text(Seeds.S004).Lines, context), context);
    });

    private static IReadOnlyList<BudgetTable> Tables => Seed004.Value.Tables;

    private static BudgetTable Table(string title) => Assert.Single(Tables, t => t.Title == title);

    private static IReadOnlyList<string?> Row(BudgetTable table, string number) => Assert.Single(table.Rows, r => r[0] == number);

    [Fact]
    public void Seed004_AllDisclosureTables_InOrder_NotTheContents()
    {
        Assert.Equal(
        [
            "部门预算收支总表", "部门预算收入总表", "部门预算支出总表", "部门预算财政拨款收支总表",
            "部门预算一般公共预算财政拨款支出表", "部门预算一般公共预算财政拨款基本支出表",
            "部门预算政府性基金预算财政拨款支出表", "部门预算国有资本经营预算财政拨款支出表",
            "部门预算财政拨款“三公”经费支出表", "部门政府采购预算", "部门固定资产占用情况表",
        ], Tables.Select(t => t.Title));
        Assert.Equal([32, 88, 156, 215, 284, 341, 399, 413, 427, 1168, 1185], Tables.Select(t => t.SourceLine));
        Assert.All(Tables, t => Assert.Equal(MoneyUnit.TenThousandYuan, t.Unit));
    }

    [Theory]
    [InlineData("部门预算收支总表", 34)]
    [InlineData("部门预算收入总表", 35)]
    [InlineData("部门预算支出总表", 35)]
    [InlineData("部门预算财政拨款收支总表", 37)]
    [InlineData("部门预算一般公共预算财政拨款支出表", 35)]
    [InlineData("部门预算一般公共预算财政拨款基本支出表", 34)]
    [InlineData("部门预算政府性基金预算财政拨款支出表", 0)]
    [InlineData("部门预算国有资本经营预算财政拨款支出表", 0)]
    [InlineData("部门预算财政拨款“三公”经费支出表", 8)]
    [InlineData("部门政府采购预算", 0)]
    [InlineData("部门固定资产占用情况表", 6)]
    public void Seed004_RowCounts_AfterMergingPages(string title, int rows)
    {
        var table = Table(title);
        // Notes under a table ("注：…") are kept as one-cell rows at its end; the data rows span every column.
        var data = table.Rows.Where(r => r.Count > 1).ToList();
        Assert.Equal(rows, data.Count);
        Assert.All(data, r => Assert.Equal(table.Columns.Count, r.Count));
        Assert.All(table.Rows.SkipWhile(r => r.Count > 1), r => Assert.StartsWith("注", r[0], StringComparison.Ordinal));
        if (table.Columns[0] == "序号")
            Assert.Equal(Enumerable.Range(1, rows).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), data.Select(r => r[0]));
    }

    [Fact]
    public void Seed004_Columns_TwoLevelHeadersFlattened()
    {
        Assert.Equal(["序号", "收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], Table("部门预算收支总表").Columns);
        Assert.Equal(
        [
            "序号", "功能分类科目-科目编码", "功能分类科目-科目名称", "合计", "本年收入-小计", "本年收入-财政拨款收入",
            "本年收入-财政专户收入", "本年收入-事业收入", "本年收入-经营收入", "本年收入-上级补助收入",
            "本年收入-附属单位上缴收入", "本年收入-其他收入", "上年结转",
        ], Table("部门预算收入总表").Columns);
        string[] byFunction = ["序号", "功能分类科目-科目编码", "功能分类科目-科目名称", "合计", "基本支出", "项目支出"];
        Assert.Equal([.. byFunction, "经营支出", "上解上级支出", "对附属单位补助支出"], Table("部门预算支出总表").Columns);
        Assert.Equal(
        [
            "序号", "收入-项目", "收入-金额", "支出-项目", "支出-合计", "支出-一般公共预算财政拨款",
            "支出-政府性基金预算财政拨款", "支出-国有资本经营预算财政拨款",
        ], Table("部门预算财政拨款收支总表").Columns);
        Assert.Equal(byFunction, Table("部门预算一般公共预算财政拨款支出表").Columns);
        Assert.Equal(
        [
            "序号", "支出部门经济分类科目-科目编码", "支出部门经济分类科目-科目名称", "一般公共预算基本支出-合计",
            "一般公共预算基本支出-人员经费", "一般公共预算基本支出-公用经费",
        ], Table("部门预算一般公共预算财政拨款基本支出表").Columns);
        Assert.Equal(byFunction, Table("部门预算政府性基金预算财政拨款支出表").Columns);
        Assert.Equal(byFunction, Table("部门预算国有资本经营预算财政拨款支出表").Columns);
        Assert.Equal(
        [
            "序号", "项目", "资金性质-合计", "资金性质-一般公共预算财政拨款", "资金性质-政府性基金预算拨款",
            "资金性质-国有资本经营预算财政拨款",
        ], Table("部门预算财政拨款“三公”经费支出表").Columns);
        var procurement = Table("部门政府采购预算").Columns;
        Assert.Equal(14, procurement.Count);
        Assert.Equal("政府采购项目来源-项目名称", procurement[0]);
        Assert.Equal("政府采购金额（当年部门预算安排资金）-合计", procurement[7]);
        Assert.Equal("2024年预留中小微企业份额", procurement[13]);
        Assert.Equal(["项目", "数量", "价值（金额单位：万元）"], Table("部门固定资产占用情况表").Columns);
    }

    [Fact]
    public void Seed004_RowBrokenOverPage_Rejoined()
    {
        Assert.Equal(
            ["17", "2040804", "强制隔离戒毒人员生活", "55.00", "55.00", "55.00", null, null, null, null, null, null, null],
            Row(Table("部门预算收入总表"), "17"));
        Assert.Equal(["18", "2040806", "所政设施建设", "249.37", "20.00", "20.00", null, null, null, null, null, null, "229.37"],
            Row(Table("部门预算收入总表"), "18"));
        Assert.Equal(["1", null, "合计", "4148.23", "3771.58", "3771.58", null, null, null, null, null, null, "376.64"],
            Row(Table("部门预算收入总表"), "1"));
    }

    [Fact]
    public void Seed004_RowsOnContinuationPages_ExactCells()
    {
        var summary = Table("部门预算收支总表");
        Assert.Equal(["18", null, null, "十八、援助其他地区支出", null], Row(summary, "18"));
        Assert.Equal(["19", null, null, "十九、自然资源海洋气象等支出", null], Row(summary, "19"));
        Assert.Equal(["34", "收入总计", "4148.23", "支出总计", "4148.23"], Row(summary, "34"));
        Assert.Equal(["33", "221", "住房保障支出", "169.26", "169.26", "169.26", null, null, null, null, null, null, null],
            Row(Table("部门预算收入总表"), "33"));
        var fiscal = Table("部门预算财政拨款收支总表");
        // Bold markup stripped; the third page's dept line has no "##" and its header is spaced differently.
        Assert.Equal(["32", "本年收入合计", "3771.58", "本年支出合计", "4148.23", "4148.23", null, null], Row(fiscal, "32"));
        Assert.Equal(["37", "收入总计", "4148.23", "支出总计", "4148.23", "4148.23", null, null], Row(fiscal, "37"));
        Assert.Equal(["19", "30208", "取暖费", "68.61", null, "68.61"], Row(Table("部门预算一般公共预算财政拨款基本支出表"), "19"));
    }

    [Fact]
    public void Seed004_NoPageFurnitureLeftInsideTables()
    {
        // Header words, the 栏次 row, the department line and 预算年度/单位 lines of continuation pages.
        string[] headerWords = ["序号", "栏次", "项目", "项 目", "科目编码", "科目名称", "预算数", "金额", "金 额", "1"];
        foreach (var table in Tables)
            foreach (var row in table.Rows)
                foreach (var cell in row.Skip(1))
                {
                    Assert.DoesNotContain(cell, headerWords);
                    if (cell is null) continue;
                    Assert.DoesNotContain("承德市司法局", cell, StringComparison.Ordinal);
                    Assert.DoesNotContain("预算年度", cell, StringComparison.Ordinal);
                    Assert.DoesNotContain("单位：", cell, StringComparison.Ordinal);
                    Assert.DoesNotContain("<b>", cell, StringComparison.Ordinal);
                }
    }

    [Fact]
    public void Seed004_NotesUnderTables_KeptAsOneCellRows()
    {
        Assert.Empty(Seed004.Value.Context.Unplaced);
        var notes = Seed004.Value.Tables.SelectMany(t => t.Rows.Where(r => r.Count == 1).Select(r => (t.Title, Note: r[0]!))).ToList();
        Assert.Equal(4, notes.Count);
        Assert.Contains(notes, n => n.Title.Contains("政府性基金", StringComparison.Ordinal) && n.Note == "注：无政府基金预算财政拨款预算，空表列示。");
        Assert.Contains(notes, n => n.Title.Contains("国有资本经营", StringComparison.Ordinal) && n.Note.Contains("空表列示", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Seeds.S000)]
    [InlineData(Seeds.S001)]
    [InlineData(Seeds.S002)]
    [InlineData(Seeds.S003)]
    public void SeedsWithoutDisclosureTables_Empty(string seed)
    {
        var context = new ReadContext();
        Assert.Empty(BudgetTableReader.Read(Seeds.Text(seed).Lines, context));
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void ContinuationWithoutRepeatedHeader_AndBrokenRowWithoutPageBreak()
    {
        var text = SourceText.FromString("t.txt", string.Join("\n",
            "一、项目支出表",
            "单位：元",
            "序号\t科目名称\t金额",
            "1\t行政运行\t100.00",
            "2\t强制隔离戒毒",
            "\t人员生活\t",
            "",
            "单位：元",
            "3\t住房公积金\t20.00",
            "",
            "二、说明",
            "以上为项目支出。"));
        var context = new ReadContext();
        var table = Assert.Single(BudgetTableReader.Read(text.Lines, context));
        Assert.Equal("一、项目支出表", table.Title);
        Assert.Equal(MoneyUnit.Yuan, table.Unit);
        Assert.Equal(["序号", "科目名称", "金额"], table.Columns);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["2", "强制隔离戒毒人员生活", null], table.Rows[1]);
        Assert.Equal(["3", "住房公积金", "20.00"], table.Rows[2]);
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void RowWiderThanHeader_IsReported()
    {
        var text = SourceText.FromString("t.txt", "部门收入总表\n序号\t项目\t金额\n1\t收入\t5.00\t9.99\n2\t其他\t1.00");
        var context = new ReadContext();
        var table = Assert.Single(BudgetTableReader.Read(text.Lines, context));
        Assert.Equal(["2", "其他", "1.00"], Assert.Single(table.Rows));
        Assert.Equal(3, Assert.Single(context.Unplaced).Line);
    }

    [Fact]
    public void TitleWithoutTableUnderIt_IsNotATable()
    {
        var text = SourceText.FromString("t.txt", "三、机关运行经费安排情况\n2024年，机关运行经费共计安排348.81万元。\n部门预算收支总表 .....\t1");
        Assert.Empty(BudgetTableReader.Read(text.Lines, new ReadContext()));
    }
}

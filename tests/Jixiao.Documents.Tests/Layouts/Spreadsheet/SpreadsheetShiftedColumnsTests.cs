using Jixiao.Core.Model;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>
/// The trap of this layout: part-way down a table rows lose leading empty cells or gain blank ones, so a
/// cell's column says nothing. Each kind of shift, on made-up rows and on the seed rows that have it.
/// </summary>
public class SpreadsheetShiftedColumnsTests
{
    private static IReadOnlyList<Indicator> Indicators(params string[] rows)
    {
        var (result, context) = Sheet.ReadProject(rows);
        Assert.Empty(context.Unplaced);
        return Assert.Single(result.Document.Projects).Indicators;
    }

    private static (string? L1, string? L2, string Name, string? Nature, string? Value, string? Weight) Row(Indicator i) =>
        (i.Level1, i.Level2, i.Name, i.Nature, i.Value, i.Weight?.Text);

    [Fact]
    public void Missing_leading_cells_second_level_written_in_the_first_level_column()
    {
        var rows = Indicators(
            "\t产出指标\t数量指标\t办案数量\t≥\t600件\t40",
            "\t效果指标\t社会效益指标\t挽回损失\t≥\t10万元\t20",
            "可持续影响指标\t长效机制\t=\t建立\t20",
            "服务对象满意度指标\t群众满意度\t≥\t95%\t10",
            "\t指标2：当事人满意度\t≥\t90%\t10");
        Assert.Equal(("产出指标", "数量指标", "办案数量", "≥", "600件", "40"), Row(rows[0]));
        Assert.Equal(("效果指标", "社会效益指标", "挽回损失", "≥", "10万元", "20"), Row(rows[1]));
        // 可持续影响指标 belongs to 效益/效果: it keeps the first level written above (效果指标).
        Assert.Equal(("效果指标", "可持续影响指标", "长效机制", "=", "建立", "20"), Row(rows[2]));
        // The table writes 效果指标 as a first level (the older frame): 服务对象满意度指标 is 效果's second level
        // there, as the template's unshifted rows print it; the reader keeps the document's frame.
        Assert.Equal(("效果指标", "服务对象满意度指标", "群众满意度", "≥", "95%", "10"), Row(rows[3]));
        // A name alone, one cell in: both levels inherited.
        Assert.Equal(("效果指标", "服务对象满意度指标", "指标2：当事人满意度", "≥", "90%", "10"), Row(rows[4]));
    }

    [Fact]
    public void Without_效果指标_the_table_keeps_满意度_and_成本_as_first_levels()
    {
        // The 2021 frame (效益指标 as first level): a shifted 服务对象满意度指标 takes 满意度指标, and a bare
        // 成本指标 is a first level.
        var rows = Indicators(
            "\t产出指标\t数量指标\t办案数量\t≥\t600件\t40",
            "\t成本指标\t聘请单价\t≤\t6万元/人\t20",
            "\t效益指标\t社会效益指标\t挽回损失\t≥\t10万元\t20",
            "服务对象满意度指标\t群众满意度\t≥\t95%\t20");
        Assert.Equal(("成本指标", null, "聘请单价", "≤", "6万元/人", "20"), Row(rows[1]));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95%", "20"), Row(rows[3]));
    }

    [Fact]
    public void Missing_leading_cells_first_level_at_column_zero()
    {
        var rows = Indicators(
            "\t产出指标\t数量指标\t办案数量\t≥\t600件\t50",
            "效益指标\t社会效益指标\t挽回损失\t≥\t10万元\t30",
            "\t\t宣传覆盖\t≥\t100%\t20");
        Assert.Equal(("效益指标", "社会效益指标", "挽回损失", "≥", "10万元", "30"), Row(rows[1]));
        Assert.Equal(("效益指标", "社会效益指标", "宣传覆盖", "≥", "100%", "20"), Row(rows[2]));
    }

    [Fact]
    public void Missing_leading_cells_in_seed_001()
    {
        var doc = SpreadsheetSeed001.Result.Document;
        // Line 23: "效益指标\t社会效益指标\t…" starts one cell left of the rows above it.
        Assert.Equal(("效益指标", "社会效益指标", "指标1：法律援助挽回经济损失", "≥", "800万元", "10"), Row(doc.Overall!.Indicators.Single(i => i.SourceLine == 23)));
        // Line 126: "服务对象满意度指标\t服务对象满意度\t\t=\t100%\t30" in the first column, with a blank cell too.
        Assert.Equal(("效果指标", "服务对象满意度指标", "服务对象满意度", "=", "100%", "30"), Row(doc.Projects[3].Indicators.Single(i => i.SourceLine == 126)));
        // Line 233: "\t指标2：公证业务满意度\t≥…": the name where a first level would be.
        Assert.Equal(("效果指标", "服务对象满意度指标", "指标2：公证业务满意度", "≥", "99%", "5"), Row(doc.Projects[7].Indicators.Single(i => i.SourceLine == 233)));
    }

    [Fact]
    public void Extra_blank_cells_between_columns()
    {
        var rows = Indicators(
            "\t产出指标\t数量指标\t招聘社区矫正社会工作者服务数量\t\t=\t27名\t10",
            "\t\t产出指标\t\t质量指标\t\t差错率\t\t\t≤\t\t1%\t\t\t40",
            "\t成本指标\t聘请单价\t\t≤\t60000元/人\t30\t\t",
            "服务对象满意度指标\t服务对象满意度\t\t=\t100%\t20\t\t\t");
        Assert.Equal(("产出指标", "数量指标", "招聘社区矫正社会工作者服务数量", "=", "27名", "10"), Row(rows[0]));
        Assert.Equal(("产出指标", "质量指标", "差错率", "≤", "1%", "40"), Row(rows[1]));
        Assert.Equal(("成本指标", null, "聘请单价", "≤", "60000元/人", "30"), Row(rows[2]));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "服务对象满意度", "=", "100%", "20"), Row(rows[3]));
    }

    [Fact]
    public void Extra_blank_cells_in_seed_001_line_115()
    {
        var i = SpreadsheetSeed001.Result.Document.Projects[3].Indicators[0];
        Assert.Equal(115, i.SourceLine);
        Assert.Equal(("产出指标", "数量指标", "招聘社区矫正社会工作者服务数量", "=", "27名", "10"), Row(i));
    }

    [Fact]
    public void A_second_level_of_another_group_takes_its_own_first_level()
    {
        var rows = Indicators(
            "\t效果指标\t社会效益指标\t挽回损失\t≥\t10万元\t50",
            "\t\t数量指标\t办案数量\t≥\t600件\t50");
        Assert.Equal(("产出指标", "数量指标", "办案数量", "≥", "600件", "50"), Row(rows[1]));
    }

    [Fact]
    public void 可持续影响指标_with_no_first_level_above_is_效益()
    {
        var rows = Indicators("可持续影响指标\t长效机制\t=\t建立\t100");
        Assert.Equal(("效益指标", "可持续影响指标", "长效机制", "=", "建立", "100"), Row(rows[0]));
    }

    [Fact]
    public void 成本指标_is_产出s_second_level_in_the_second_level_column_and_a_first_level_in_the_first()
    {
        var rows = Indicators(
            "\t产出指标\t数量指标\t办案数量\t≥\t600件\t25",
            "\t\t成本指标\t人均成本\t≤\t600元/人\t25",
            "\t成本指标\t聘请单价\t≤\t6万元/人\t25",
            "\t成本指标\t经济成本指标\t总成本\t≤\t20万元\t25");
        Assert.Equal(("产出指标", "成本指标", "人均成本", "≤", "600元/人", "25"), Row(rows[1]));
        Assert.Equal(("成本指标", null, "聘请单价", "≤", "6万元/人", "25"), Row(rows[2]));
        Assert.Equal(("成本指标", "经济成本指标", "总成本", "≤", "20万元", "25"), Row(rows[3]));
    }

    [Fact]
    public void 成本指标_in_seed_001_as_each_table_writes_it()
    {
        var doc = SpreadsheetSeed001.Result.Document;
        Assert.Equal(("产出指标", "成本指标"), Level(doc.Projects[2], 96));   // "\t\t成本指标\t监管…"
        // The row lost its 一级 cell, and the table's frame (产出/效果, as its unshifted rows print it) puts 成本指标
        // under 产出; the department-wide table's frame (产出/成本/效益/满意度) makes it a first level.
        Assert.Equal(("产出指标", "成本指标"), Level(doc.Projects[3], 121));  // "\t成本指标\t聘请单价…"
        Assert.Equal(("产出指标", "成本指标"), Level(doc.Projects[4], 146));
        Assert.Equal(("成本指标", null), (doc.Overall!.Indicators[5].Level1, doc.Overall.Indicators[5].Level2));

        static (string?, string?) Level(Project p, int line)
        {
            var i = p.Indicators.Single(x => x.SourceLine == line);
            return (i.Level1, i.Level2);
        }
    }
}

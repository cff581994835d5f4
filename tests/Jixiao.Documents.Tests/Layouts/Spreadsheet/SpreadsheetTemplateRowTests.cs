using Jixiao.Documents.Layouts.Spreadsheet;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>Label rows with nothing under them (模板空行) are not indicators, are recorded, and are never reported as unplaced.</summary>
public class SpreadsheetTemplateRowTests
{
    [Fact]
    public void A_bare_second_level_row_is_an_empty_template_row()
    {
        var (result, context) = Sheet.ReadProject(
            "\t产出指标\t数量指标\t办案数量\t≥\t600件\t100",
            "\t\t质量指标\t\t\t",
            "\t\t时效指标");
        Assert.Empty(context.Unplaced);
        Assert.Single(result.Document.Projects[0].Indicators);
        Assert.Equal([new EmptyTemplateRow(1, 12, "产出指标", "质量指标"), new EmptyTemplateRow(1, 13, "产出指标", "时效指标")], result.EmptyTemplateRows);
    }

    [Fact]
    public void A_label_row_with_indicators_below_is_a_heading_not_an_empty_row()
    {
        var (result, context) = Sheet.ReadProject(
            "\t效果指标",
            "\t\t社会效益指标",
            "\t\t\t挽回损失\t≥\t10万元\t100",
            "\t\t生态效益指标");
        Assert.Empty(context.Unplaced);
        var i = Assert.Single(result.Document.Projects[0].Indicators);
        Assert.Equal(("效果指标", "社会效益指标", "挽回损失"), (i.Level1, i.Level2, i.Name));
        Assert.Equal([new EmptyTemplateRow(1, 14, "效果指标", "生态效益指标")], result.EmptyTemplateRows);
    }

    [Fact]
    public void A_bare_first_level_row_is_recorded_with_no_second_level()
    {
        var (result, _) = Sheet.ReadProject("\t产出指标\t数量指标\t办案数量\t≥\t600件\t100", "\t成本指标\t\t\t");
        Assert.Equal([new EmptyTemplateRow(1, 12, "成本指标", null)], result.EmptyTemplateRows);
    }
}

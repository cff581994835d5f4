using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.Spreadsheet;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>Builds small spreadsheet exports for the trap tests: one string a row, cells separated by \t.</summary>
public static class Sheet
{
    public const string ProjectHead =
        "2023年特定目标类项目绩效目标表\n单位：万元\n" +
        "项目名称\t测试项目\t项目负责人及电话\t张三 023-12345678\n" +
        "主管部门\t县司法局\t实施单位\t县司法局\n" +
        "资金情况 (万元)\t年度资金总额:\t10\n" +
        "\t其中:财政拨款\t10\n" +
        "\t其他资金\t\n" +
        "总体目标\t年度目标\n" +
        "\t完成工作。\n" +
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t指标权重\n";

    /// <summary>Reads a project table made of <see cref="ProjectHead"/> and the given indicator rows.</summary>
    public static (SpreadsheetReadResult Result, ReadContext Context) ReadProject(params string[] indicatorRows) =>
        ReadText(ProjectHead + string.Join('\n', indicatorRows) + "\n");

    public static (SpreadsheetReadResult Result, ReadContext Context) ReadText(string text)
    {
        var context = new ReadContext();
        var result = new SpreadsheetLayout().ReadDetailed(Jixiao.Documents.Text.SourceText.FromString("sheet.txt", text), context);
        return (result, context);
    }
}

using System.Text.RegularExpressions;

namespace Jixiao.Cli.Commands.Corpus;

/// <summary>
/// The wordings the corpus report's invariants look for, kept together as data: the header words a project name must
/// never be, how a table prints its weight total (分值权重（90分）), and how a document states its project count and
/// total (涉及一级预算项目76个，预算资金…万元). A new wording is one more entry here, never a file name or a city.
/// </summary>
internal static partial class CorpusWording
{
    /// <summary>Cell texts that head a column or a form row; a project called one of these is a header read as data.</summary>
    public static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "项目", "项目名称", "名称", "项目编码", "单位名称", "单位编码", "单位（项目）名称", "主管部门", "实施单位", "预算单位",
        "一级指标", "二级指标", "三级指标", "指标名称", "指标内容", "绩效指标", "指标值", "指标值内容", "绩效目标", "年度目标",
        "总体目标", "年度绩效目标", "绩效指标值", "评（扣）分标准", "度量单位", "指标方向", "分值", "权重", "分值权重", "备注",
        "资金总额", "资金金额", "预算金额", "预算数", "年度资金总额", "实施期资金总额", "财政拨款", "其他资金", "其中：财政拨款",
        "合计", "总计", "小计", "部门整体", "部门整体绩效目标", "项目支出绩效目标表", "项目绩效目标表",
    };

    /// <summary>The cells that, on one line, head a 绩效指标 table (project or 部门整体): the page shows target tables.</summary>
    public static readonly string[] TargetTableHeader = ["一级指标", "二级指标"];

    /// <summary>How far below its title a table's indicator header may start (form rows: 部门名称, 资金, 总体目标 …).</summary>
    public const int TitleToHeaderLines = 30;

    /// <summary>
    /// The title of a department-wide target table on a line of its own (部门整体支出绩效目标表, 整体支出绩效目标申报表):
    /// the page shows a 部门整体 target. Table rows (a list of the tables) and contents lines do not end in 表 alone.
    /// </summary>
    [GeneratedRegex(@"^[^\t]{0,20}整体[^\t]{0,10}绩效目标[^\t，。]{0,6}表$")]
    public static partial Regex OverallTableTitle();

    /// <summary>An amount heading such as 当年财政拨款预算金额 / 年度资金总额（万元）: a column header, not a project.</summary>
    [GeneratedRegex(@"^(当年|本年|年度|实施期)?(财政拨款|财政资金|一般公共预算|其他资金)?(预算)?(金额|资金总额|资金|数)([（(](万元|元)[）)])?$")]
    public static partial Regex AmountHeading();

    /// <summary>A name that is only a figure (1,234.56 / 12.5万元): an amount read as a project.</summary>
    [GeneratedRegex(@"^[-+]?[\d,，.．]+(万元|元)?$")]
    public static partial Regex Amount();

    /// <summary>A weight total printed in a table header: 分值权重（90分）, 权重(100分).</summary>
    [GeneratedRegex(@"权重[（(](?<total>\d+(\.\d+)?)分[）)]")]
    public static partial Regex WeightTotal();

    /// <summary>
    /// A stated project count and total: 涉及一级预算项目76个，预算资金3056.57万元; 四个二级项目，共474.56万元.
    /// Only the forms that name the projects the document's targets cover; 纳入绩效目标管理 counts in documents without
    /// target tables and 开展绩效评价 counts are not about the tables printed.
    /// </summary>
    public static readonly Regex[] StatedProjects = [StatedFirstLevel(), StatedSecondLevel()];

    [GeneratedRegex(@"涉及(?<level>一级|二级)?预算项目(?<count>\d+)个[，,]?(预算资金|资金)(?<amount>\d[\d,]*(\.\d+)?)万元")]
    private static partial Regex StatedFirstLevel();

    [GeneratedRegex(@"(?<count>[一二三四五六七八九十\d]+)个(?<level>二级)项目[，,：:]?(共计|合计|共|预算资金|资金)*(?<amount>\d[\d,]*(\.\d+)?)万元")]
    private static partial Regex StatedSecondLevel();

    /// <summary>一 … 九十九 or digits.</summary>
    public static int? Count(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        const string digits = "零一二三四五六七八九";
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return text.Length == 1 && digits.Contains(text[0], StringComparison.Ordinal) ? digits.IndexOf(text[0], StringComparison.Ordinal) : null;
        var tens = ten == 0 ? 1 : digits.IndexOf(text[0], StringComparison.Ordinal);
        var ones = ten == text.Length - 1 ? 0 : digits.IndexOf(text[^1], StringComparison.Ordinal);
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }
}

using System.Globalization;
using System.Text;

namespace Jixiao.Data.Tests.Support;

/// <summary>
/// A target document of any size in seed 002's layout (PDF text): seed 002's opening (部门整体绩效目标) followed by
/// <c>projects</c> project tables of <c>indicatorsPerProject</c> indicator rows each, so limits can be tested at and
/// past their values with a file the real reader reads.
/// </summary>
public static class SyntheticDocument
{
    private const string FirstProjectHeading = "# 1.公共法律服务绩效目标表";

    /// <param name="seed002">The text of seed 002 (its opening is kept).</param>
    /// <param name="projectName">The name of project <c>i</c> (1-based); by default 项目i.</param>
    /// <param name="indicatorName">The 三级指标 of row <c>j</c> of project <c>i</c>; by default 指标j.</param>
    /// <param name="indicatorCount">The rows of project <c>i</c>, when not <c>indicatorsPerProject</c>.</param>
    public static string Text(string seed002, int projects, int indicatorsPerProject,
        Func<int, string>? projectName = null, Func<int, int, string>? indicatorName = null, Func<int, int>? indicatorCount = null)
    {
        ArgumentNullException.ThrowIfNull(seed002);
        var start = seed002.IndexOf(FirstProjectHeading, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException("种子 002 中找不到第一个项目表。");
        var sb = new StringBuilder(seed002, 0, start, start + projects * (600 + indicatorsPerProject * 60));
        for (var i = 1; i <= projects; i++)
        {
            var name = projectName?.Invoke(i) ?? "项目" + i.ToString(CultureInfo.InvariantCulture);
            var n = i.ToString(CultureInfo.InvariantCulture);
            sb.Append("# ").Append(n).Append('.').Append(name).Append("绩效目标表\n\n315001 秦皇岛市抚宁区司法局本级\n\n单位：元\n\n");
            sb.Append("<b>项目编码</b>\t130306220").Append(i.ToString("D6", CultureInfo.InvariantCulture)).Append("\t\t<b>项目名称</b>\t").Append(name).Append("\t\t\n");
            sb.Append("<b>预算规模及 资金用途</b>\t<b>预算数</b>\t160000.00\t<b>其中：财政 资金</b>\t160000.00\t<b>其他资金</b>\t\n");
            sb.Append("\t用于法律援助经费\t\t\t\t\t\n");
            sb.Append("<b>资金支出计 划（%）</b>\t<b>3 月底</b>\t\t<b>6 月底</b>\t<b>10 月底</b>\t<b>12 月底</b>\t\n");
            sb.Append("\t20%\t\t40%\t70%\t100%\t\n");
            sb.Append("<b>绩效目标</b>\t1.应援优援，案件补贴到位\t\t\t\t\t\n");
            sb.Append("<b>一级指标</b>\t<b>二级指标</b>\t<b>三级指标</b>\t<b>绩效指标描述</b>\t<b>指标值</b>\t<b>指标值确定 依据</b>\t\n");
            var rows = indicatorCount?.Invoke(i) ?? indicatorsPerProject;
            for (var j = 1; j <= rows; j++)
            {
                var m = j.ToString(CultureInfo.InvariantCulture);
                var level1 = j == 1 ? "产出指标" : "";
                sb.Append(level1).Append("\t数量指标\t").Append(indicatorName?.Invoke(i, j) ?? "指标" + m)
                    .Append("\t法律援助咨询数\t≥").Append(m).Append(" 件\t工作计划\t\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}

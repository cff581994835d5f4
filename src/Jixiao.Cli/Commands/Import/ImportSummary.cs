using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Documents;

namespace Jixiao.Cli.Commands.Import;

/// <summary>The human summary of an import: who, which year, how much, and what could not be placed.</summary>
internal static class ImportSummary
{
    public static void Write(ImportResult result, TextWriter o)
    {
        var d = result.Document;
        var unit = d.MoneyUnit ?? MoneyUnit.TenThousandYuan;
        var indicators = d.Projects.Sum(p => p.Indicators.Count);
        var total = 0m;
        var withBudget = 0;
        foreach (var p in d.Projects)
        {
            if (p.Budget.Total is not { } t) continue;
            total += MoneyUnits.Convert(t.Value, p.MoneyUnit ?? unit, unit);
            withBudget++;
        }
        o.WriteLine($"文件：{d.Source.File}（{result.EncodingName}，版式 {d.Source.Layout}）");
        o.WriteLine($"部门：{(d.Department is null ? "（未注明）" : $"{d.Department.Code} {d.Department.Name}".Trim())}");
        o.WriteLine($"预算年度：{(d.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "（未注明）")}");
        o.WriteLine($"金额单位：{(d.MoneyUnit?.ToChinese() ?? "（未注明）")}");
        o.WriteLine($"项目数：{d.Projects.Count}");
        o.WriteLine($"绩效指标数：{indicators}");
        o.WriteLine($"项目预算合计：{FormatAmount(total)} {unit.ToChinese()}（{withBudget} 个项目注明预算数）");
        if (d.Overall is not null)
            o.WriteLine($"部门整体绩效目标：总体目标 {d.Overall.Goals.Count} 条，分项目标 {d.Overall.SubGoals.Count} 项，保障措施 {d.Overall.Measures.Count} 条，指标 {d.Overall.Indicators.Count} 个");
        if (d.BudgetTables.Count > 0)
            o.WriteLine($"预算公开表：{d.BudgetTables.Count} 张（{string.Join("、", d.BudgetTables.Select(t => t.Title))}）");
        if (result.Unplaced.Count == 0)
        {
            o.WriteLine("未能归位的行：无");
            return;
        }
        o.WriteLine($"未能归位的行：{result.Unplaced.Count} 行");
        foreach (var row in result.Unplaced)
            o.WriteLine($"  第 {row.Line} 行：{row.Text.Trim()}（{row.Reason}）");
    }

    /// <summary>Finance staff write amounts with thousands separators and two decimals: 4,148.23.</summary>
    public static string FormatAmount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Jixiao.Core.Values;

namespace Jixiao.Data.Overview;

/// <summary>
/// The overview's three tables as <see cref="ExportTable"/>s, headed in Chinese exactly as on screen, so every table of
/// the page downloads as an .xlsx (<see cref="TableWorkbook"/>): 按状态, 按部门, 文档清单.
/// </summary>
public static class OverviewExport
{
    /// <summary>The tables by the name the API and page use.</summary>
    public static readonly IReadOnlyList<string> Tables = ["states", "departments", "documents"];

    public static string FileTitle(string table) => table switch
    {
        "states" => "辖区总览_按状态",
        "departments" => "辖区总览_按部门",
        _ => "辖区总览_文档清单",
    };

    public static ExportTable States(JurisdictionOverview o) => new("按状态", Title("按状态汇总", o),
        ["状态", "文档数", "预算合计（万元）"],
        o.States.Select(s => (IReadOnlyList<object?>)[s.Name, s.Documents, s.BudgetWan])
            .Append(["合计", o.States.Sum(s => s.Documents), o.BudgetWan]).ToList());

    public static ExportTable Departments(JurisdictionOverview o) => new("按部门", Title("按部门汇总", o),
        ["部门编码", "部门", "文档数", "草稿", "已送审", "被退回", "已审核", "已公开", "预算合计（万元）", "错误", "提醒", "逾期"],
        o.Departments.Select(d => (IReadOnlyList<object?>)[d.Code, d.Name, d.Documents, d.Draft, d.Submitted, d.Returned, d.Approved,
            d.Published, d.BudgetWan, d.Errors, d.Warnings, d.Overdue]).ToList());

    public static ExportTable Documents(JurisdictionOverview o, IReadOnlyList<OverviewDocument> all) => new("文档清单", Title("文档清单", o),
        ["年度", "部门编码", "部门", "单位编码", "单位", "文档", "状态", "项目数", "预算合计（万元）", "错误", "提醒", "报送截止日期", "逾期", "最后修改"],
        all.Select(d => (IReadOnlyList<object?>)[d.FiscalYear, d.DepartmentCode, d.DepartmentName, d.UnitCode ?? "", d.UnitName, d.Title,
            d.StateName, d.Projects, d.BudgetWan, d.Errors, d.Warnings,
            d.Deadline is { } end ? ChineseDates.Date(end) : "", d.Overdue ? "逾期" : "",
            ChineseDates.DateTime(d.UpdatedAt)]).ToList());

    /// <summary>The title line says which filter made the table and on what day, so a printed sheet explains itself.</summary>
    private static string Title(string what, JurisdictionOverview o)
    {
        var f = o.Filter;
        var parts = new List<string>();
        if (f.Year is int y) parts.Add($"{y} 年度");
        if (f.State is { } s) parts.Add(s.ToChinese());
        if (!string.IsNullOrWhiteSpace(f.Name)) parts.Add($"名称含“{f.Name.Trim()}”");
        if (!string.IsNullOrWhiteSpace(f.Code)) parts.Add($"编码以“{f.Code.Trim()}”开头");
        if (f.OverdueOnly) parts.Add("只看逾期");
        return $"辖区总览·{what}（{(parts.Count == 0 ? "全部" : string.Join("，", parts))}；{ChineseDates.Date(o.Today)}）";
    }
}

using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// Finds the 项目绩效目标表 of a document and hands their rows to <see cref="ProjectTableReader"/>. A table begins
/// at a row whose first cell is 项目编码 or 项目名称, so the 目录 lines and the 预算公开 tables are never read as
/// projects. It ends at the next heading, the next table, or a line of prose after its 绩效指标 rows. Inside a table,
/// blank lines and the lines a PDF repeats on each page (单位, unit line, 预算年度, page numbers) are skipped.
/// </summary>
internal static class ProjectTableScanner
{
    /// <summary>How many lines above a table may hold its unit line and 单位.</summary>
    private const int SettingLines = 6;

    /// <summary>How many lines after a 项目编码 / 项目名称 row must show that a target table follows.</summary>
    private const int ConfirmLines = 4;

    public static IReadOnlyList<Project> Read(IReadOnlyList<SourceLine> lines, MoneyUnit? documentUnit, ReadContext context)
    {
        var projects = new List<Project>();
        ProjectTableReader? open = null;
        var settingFrom = 0;   // first line that may describe the next table
        string? title = null;  // the last project title seen since settingFrom
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var hasTab = text.Contains('\t', StringComparison.Ordinal);
            if (!hasTab)
            {
                // Prose between the tables is long and frequent: clean a line only when it can matter.
                if (open is not null && SourceLines.IsPageHeader(SourceLines.Plain(text))) continue;
                var isTitle = SourceLines.IsProjectTitle(text);
                var isHeading = isTitle || SourceLines.IsHeading(text);
                if (isHeading || open is null || open.InIndicators)
                {
                    Close(ref open, projects, context);
                    if (isHeading)
                    {
                        settingFrom = i + 1;
                        title = isTitle ? SourceLines.Plain(text) : null;
                    }
                    continue;
                }
            }
            else if (open is null && !MayStartProject(text))
                continue;

            var row = TableRow.Parse(lines[i]);
            if (TableLabels.IsProjectStart(row) && IsFollowedByTargetTable(lines, i))
            {
                Close(ref open, projects, context);
                open = new ProjectTableReader(row, ReadSetting(lines, settingFrom, i, title, documentUnit));
                settingFrom = i + 1;
                title = null;
            }
            else
                open?.Add(row, context);
        }
        Close(ref open, projects, context);
        return projects;
    }

    /// <summary>
    /// A 项目编码 / 项目名称 row starts a target table only when 预算数, 资金支出计划, 绩效目标 or 一级指标 follow
    /// within a few lines: other tables (政府采购预算) also have a 项目名称 column.
    /// </summary>
    private static bool IsFollowedByTargetTable(IReadOnlyList<SourceLine> lines, int row)
    {
        var seen = 0;
        for (var i = row + 1; i < lines.Count && seen < ConfirmLines; i++)
        {
            var text = lines[i].Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            seen++;
            if (text.Contains(TableLabels.BudgetTotal, StringComparison.Ordinal) || text.Contains(TableLabels.SpendingPlan, StringComparison.Ordinal)
                || text.Contains(TableLabels.Goals, StringComparison.Ordinal) || text.Contains(TableLabels.Level1, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool MayStartProject(string text) =>
        text.Contains(TableLabels.ProjectCode, StringComparison.Ordinal) || text.Contains(TableLabels.ProjectName, StringComparison.Ordinal);

    private static void Close(ref ProjectTableReader? open, List<Project> projects, ReadContext context)
    {
        if (open is null) return;
        projects.Add(open.Build(context));
        open = null;
    }

    /// <summary>The unit line and 单位 nearest above the table, within its title's section.</summary>
    private static ProjectSetting ReadSetting(IReadOnlyList<SourceLine> lines, int from, int tableLine, string? title, MoneyUnit? documentUnit)
    {
        BudgetUnit? unit = null;
        MoneyUnit? money = null;
        var looked = 0;
        for (var i = tableLine - 1; i >= from && looked < SettingLines; i--)
        {
            var text = lines[i].Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (text.Contains('\t', StringComparison.Ordinal)) break;
            looked++;
            var plain = SourceLines.Plain(text);
            if (money is null && SourceLines.TryMoneyUnit(plain, out var m)) money = m;
            else if (unit is null && SourceLines.TryCodeAndName(plain, out var code, out var name)) unit = new BudgetUnit(code, name);
        }
        return new ProjectSetting(unit, money ?? documentUnit, TitleName(title));
    }

    /// <summary>"1.公共法律服务绩效目标表" → "公共法律服务": numbering and the word 绩效目标表 removed.</summary>
    private static string? TitleName(string? title)
    {
        if (title is null) return null;
        var s = title.AsSpan();
        var end = s.IndexOf("绩效目标表");
        if (end >= 0) s = s[..end];
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > 0 && i < s.Length && s[i] is '.' or '．' or '、') s = s[(i + 1)..];
        var name = s.Trim().ToString();
        return name.Length == 0 ? null : name;
    }
}

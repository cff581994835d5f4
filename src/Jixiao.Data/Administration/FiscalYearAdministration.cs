using System.Globalization;
using Jixiao.Core.Values;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>A budget year open in the jurisdiction, with its 报送截止日期 (null: none set).</summary>
public sealed record FiscalYearView(int Year, DateOnly? SubmissionDeadline);

/// <summary>
/// 预算年度 by the 系统管理员: open a year (开放年度) and set its 报送截止日期, the day after which a document still 草稿 or
/// 被退回 counts as overdue (逾期) in the finance bureau's overview. Years are never closed or deleted here: documents
/// refer to them. Audited in the jurisdiction's administration log.
/// </summary>
public sealed class FiscalYearAdministration(JixiaoDbContext db, TimeProvider time)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>The jurisdiction's years, newest first (a jurisdiction opens one a year, so the list stays short).</summary>
    public async Task<IReadOnlyList<FiscalYearView>> ListAsync(Actor? actor, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "查看预算年度");
        return await YearsOfAsync(db, admin.JurisdictionId, ct).ConfigureAwait(false);
    }

    /// <summary>The years of a jurisdiction (also what the overview reads for deadlines).</summary>
    internal static async Task<IReadOnlyList<FiscalYearView>> YearsOfAsync(JixiaoDbContext db, int jurisdiction, CancellationToken ct) =>
        (await db.FiscalYears.AsNoTracking().Where(y => y.JurisdictionId == jurisdiction).ToListAsync(ct).ConfigureAwait(false))
        .OrderByDescending(y => y.Year).Select(y => new FiscalYearView(y.Year, y.SubmissionDeadline)).ToList();

    /// <summary>开放年度: the year becomes selectable for imports and new documents.</summary>
    public async Task<FiscalYearView> OpenAsync(Actor? actor, int year, DateOnly? deadline, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "开放预算年度");
        CheckYear(year);
        var jurisdiction = admin.JurisdictionId;
        if (await db.FiscalYears.AnyAsync(y => y.JurisdictionId == jurisdiction && y.Year == year, ct).ConfigureAwait(false))
            throw new InvalidInputException($"{year} 年度已经开放，无需再开放；可以修改它的报送截止日期。");
        CheckDeadline(year, deadline);
        db.FiscalYears.Add(new FiscalYearEntity { JurisdictionId = jurisdiction, Year = year, SubmissionDeadline = deadline });
        AdministrationLog.Write(db, time, admin, "开放年度", $"{year} 年度", "报送截止日期", null, Text(deadline));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new FiscalYearView(year, deadline);
    }

    /// <summary>Sets (or clears, with null) the year's 报送截止日期.</summary>
    public async Task<FiscalYearView> SetDeadlineAsync(Actor? actor, int year, DateOnly? deadline, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "设置报送截止日期");
        var jurisdiction = admin.JurisdictionId;
        var row = await db.FiscalYears.FirstOrDefaultAsync(y => y.JurisdictionId == jurisdiction && y.Year == year, ct).ConfigureAwait(false)
                  ?? throw new NotFoundException($"本辖区尚未开放 {year} 年度。");
        CheckDeadline(year, deadline);
        if (row.SubmissionDeadline != deadline)
        {
            AdministrationLog.Write(db, time, admin, "设置截止日期", $"{year} 年度", "报送截止日期", Text(row.SubmissionDeadline), Text(deadline));
            row.SubmissionDeadline = deadline;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return new FiscalYearView(year, deadline);
    }

    private static void CheckYear(int year)
    {
        if (year is < FirstYear or > LastYear) throw new InvalidInputException($"年度 {year} 无效：应在 {FirstYear}—{LastYear} 之间。");
    }

    /// <summary>Targets of a year are drafted the year before, so a deadline may fall in the year before or the year itself.</summary>
    private static void CheckDeadline(int year, DateOnly? deadline)
    {
        if (deadline is { } d && (d.Year < year - 1 || d.Year > year))
            throw new InvalidInputException($"{year} 年度的报送截止日期 {Text(d)} 不合理：应在 {year - 1} 年或 {year} 年内。");
    }

    internal static string Text(DateOnly? date) =>
        date is { } d ? ChineseDates.Date(d) : "未设置";
}

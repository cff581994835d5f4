using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Data.Administration;
using Jixiao.Data.Overview;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests.Office;

public sealed class SqliteOverviewTests : OverviewTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOverviewTests : OverviewTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// The finance bureau's jurisdiction overview (issue 20 item 4): every department, documents by state, budget totals
/// equal to the projects' sums, open findings, overdue against the year's deadline on an injected clock, filters, and
/// the tables as real .xlsx files with Chinese headers.
/// </summary>
public abstract class OverviewTests : StoreTestBase
{
    /// <summary>7 December 2026, 02:00 in Beijing (the evening before in UTC).</summary>
    private static readonly TimeProvider Clock = new FixedTime(new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero));

    private JurisdictionOverviewService Service(TimeProvider? time = null) => new(Db.NewContext(), time ?? Clock);

    [Fact]
    public async Task Every_department_with_its_states_totals_and_findings_as_stored()
    {
        var finance = await SignIn(Finance);
        var o = await Service().GetAsync(finance, new OverviewFilter(Year: 2026));

        Assert.Equal(["301", "302", "303", "304"], o.Departments.Select(d => d.Code));
        await using var context = Db.NewContext();
        var docs = await context.Documents.Where(d => d.FiscalYear == 2026).ToListAsync();
        var projects = await context.Projects.Where(p => docs.Select(d => d.Id).Contains(p.DocumentId)).Select(p => new { p.DocumentId, p.BudgetWan }).ToListAsync();
        Assert.Equal(docs.Count, o.Documents.Total);
        Assert.Equal(projects.Sum(p => p.BudgetWan ?? 0), o.BudgetWan);
        Assert.Equal(o.BudgetWan, o.Departments.Sum(d => d.BudgetWan));
        foreach (var s in o.States) Assert.Equal(docs.Count(d => d.State == s.State), s.Documents);
        var justice = o.Departments[0];
        var justiceDocs = docs.Where(d => d.DepartmentId == justice.DepartmentId).ToList();
        Assert.Equal((justiceDocs.Count, justiceDocs.Sum(d => d.Errors), justiceDocs.Sum(d => d.Warnings)), (justice.Documents, justice.Errors, justice.Warnings));
        Assert.Equal(justice.Documents, justice.Draft + justice.Submitted + justice.Returned + justice.Approved + justice.Published);
        // No deadline set yet: nothing is overdue.
        Assert.Equal(0, o.OverdueDocuments);
    }

    [Fact]
    public async Task Drafts_and_returned_documents_are_overdue_the_day_after_the_deadline_in_Beijing_time()
    {
        var admin = await SignIn(Admin);
        var finance = await SignIn(Finance);
        // Deadline 6 December: on 7 December in Beijing (still the 6th in UTC) drafts are overdue.
        await new FiscalYearAdministration(Db.NewContext(), Clock).SetDeadlineAsync(admin, 2026, new DateOnly(2026, 12, 6));
        var o = await Service().GetAsync(finance, new OverviewFilter(Year: 2026));
        var open = o.Documents.Where(d => d.State is WorkflowState.Draft or WorkflowState.Returned).ToList();
        Assert.NotEmpty(open);
        Assert.All(o.Documents, d => Assert.Equal(d.State is WorkflowState.Draft or WorkflowState.Returned, d.Overdue));
        Assert.Equal(open.Count, o.OverdueDocuments);
        Assert.Equal(open.Count, (await Service().GetAsync(finance, new OverviewFilter(Year: 2026, OverdueOnly: true))).Documents.Total);

        // On the deadline day itself nothing is overdue.
        var onTheDay = new FixedTime(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, (await Service(onTheDay).GetAsync(finance, new OverviewFilter(Year: 2026))).OverdueDocuments);
    }

    [Fact]
    public async Task Filters_by_state_unit_name_and_code_narrow_the_documents()
    {
        var finance = await SignIn(Finance);
        var notary = await SignIn(NotaryFiler);
        var published = await Service().GetAsync(finance, new OverviewFilter(State: WorkflowState.Published));
        Assert.All(published.Documents, d => Assert.Equal("已公开", d.StateName));
        Assert.Contains(published.Documents, d => d.FiscalYear == 2025);

        var unit = await Service().GetAsync(finance, new OverviewFilter(BudgetUnitId: notary.BudgetUnitId));
        Assert.Equal([2026, 2025], unit.Documents.Select(d => d.FiscalYear));
        Assert.All(unit.Documents, d => Assert.Equal("某某市公证处", d.UnitName));

        var byName = await Service().GetAsync(finance, new OverviewFilter(Year: 2025, Name: "教育"));
        Assert.Equal(["302", "302"], byName.Documents.Select(d => d.DepartmentCode));
        var byCode = await Service().GetAsync(finance, new OverviewFilter(Year: 2025, Code: "303002"));
        Assert.Equal("某某市疾病预防控制中心", Assert.Single(byCode.Documents).UnitName);
        // Every department keeps its line (with zeros) so a department that filed nothing is seen.
        Assert.Equal(4, byCode.Departments.Count);
        Assert.Equal(1, byCode.Departments.Sum(d => d.Documents));
    }

    [Fact]
    public async Task Only_the_finance_bureau_and_the_administrator_see_it()
    {
        Assert.NotNull(await Service().GetAsync(await SignIn(Admin), new OverviewFilter()));
        foreach (var name in new[] { JusticeReviewer, NotaryFiler })
            await Assert.ThrowsAsync<AccessDeniedException>(async () => await Service().GetAsync(await SignIn(name), new OverviewFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().GetAsync(null, new OverviewFilter()));
    }

    [Fact]
    public async Task Each_table_exports_as_an_xlsx_with_Chinese_headers_borders_and_numbers()
    {
        var finance = await SignIn(Finance);
        var o = await Service().GetAsync(finance, new OverviewFilter(Year: 2026));
        var all = await Service().DocumentsAsync(finance, new OverviewFilter(Year: 2026));

        var departments = Read(TableWorkbook.Write(OverviewExport.Departments(o)));
        Assert.StartsWith("辖区总览·按部门汇总（2026 年度；2026年12月7日）", departments.Rows[0][0], StringComparison.Ordinal);
        Assert.Equal(["部门编码", "部门", "文档数", "草稿", "已送审", "被退回", "已审核", "已公开", "预算合计（万元）", "错误", "提醒", "逾期"], departments.Rows[1]);
        Assert.Equal(["301", "某某市司法局"], departments.Rows[2].Take(2));
        Assert.Equal(o.Departments[0].BudgetWan, decimal.Parse(departments.Rows[2][8], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("A1:L1", departments.Merged);
        Assert.True(departments.Bordered);

        var documents = Read(TableWorkbook.Write(OverviewExport.Documents(o, all)));
        Assert.Equal(all.Count + 2, documents.Rows.Count);
        Assert.Equal("年度", documents.Rows[1][0]);
        var states = Read(TableWorkbook.Write(OverviewExport.States(o)));
        Assert.Equal(["草稿", "已送审", "被退回", "已审核", "已公开", "合计"], states.Rows.Skip(2).Select(r => r[0]));
    }

    private sealed record Sheet(List<List<string>> Rows, string? Merged, bool Bordered);

    /// <summary>Reads the workbook back with the Open XML SDK, as Excel would open it.</summary>
    private static Sheet Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var sheet = part.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        var styles = part.WorkbookStylesPart!.Stylesheet;
        var headerStyle = sheet.Descendants<Row>().ElementAt(1).Elements<Cell>().First().StyleIndex!.Value;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)headerStyle);
        var border = styles.Borders!.Elements<Border>().ElementAt((int)format.BorderId!.Value);
        return new Sheet(rows, sheet.Descendants<MergeCell>().FirstOrDefault()?.Reference?.Value, border.LeftBorder?.Style is not null);
    }
}

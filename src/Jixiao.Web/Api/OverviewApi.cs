using Jixiao.Data;
using Jixiao.Data.Overview;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Api;

/// <summary>
/// 辖区总览 for the finance bureau: GET /api/overview (the three tables, documents paged) and
/// GET /api/overview/export/{table} (each table as .xlsx with the same filter).
/// </summary>
internal static class OverviewApi
{
    private const string Filters =
        "筛选：year 年度，departmentId 部门，budgetUnitId 预算单位，state 状态（Draft/Submitted/Returned/Approved/Published），name 名称（部门、单位或文档标题包含），code 编码（部门或单位编码开头），overdue=true 只看逾期。财政审核人和系统管理员可用，其他角色 403。";

    public static void Map(RouteGroupBuilder signedIn)
    {
        var group = signedIn.MapGroup("/overview").WithTags("辖区总览").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("", async ([AsParameters] Query query, int? page, int? pageSize, JurisdictionOverviewService service, HttpContext http, CancellationToken ct) =>
            {
                var overview = await service.GetAsync(SignedInFilter.ActorOf(http), query.Filter(), PagedResponse.RequestOf(page, pageSize), ct);
                PagedResponse.WriteHeaders(http, overview.Documents);
                return TypedResults.Ok(overview);
            })
            .WithName("JurisdictionOverview").WithSummary("辖区总览：按状态、按部门汇总（预算合计、审核意见数、逾期）和文档清单（分页）")
            .WithDescription(Filters + PagedResponse.Description);
        group.MapGet("/export/{table}", async (string table, [AsParameters] Query query, JurisdictionOverviewService service, HttpContext http, CancellationToken ct) =>
            {
                if (!OverviewExport.Tables.Contains(table))
                    throw new InvalidInputException($"没有名为“{table}”的表：可导出 states（按状态）、departments（按部门）、documents（文档清单）。");
                var actor = SignedInFilter.ActorOf(http);
                var filter = query.Filter();
                var overview = await service.GetAsync(actor, filter, PageRequest.First, ct);
                var sheet = table switch
                {
                    "states" => OverviewExport.States(overview),
                    "departments" => OverviewExport.Departments(overview),
                    _ => OverviewExport.Documents(overview, await service.DocumentsAsync(actor, filter, ct)),
                };
                var name = OverviewExport.FileTitle(table) + (filter.Year is int y ? $"_{y}" : "") + ".xlsx";
                http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
                {
                    FileName = $"jixiao-overview-{table}.xlsx", FileNameStar = name,
                }.ToString();
                return TypedResults.File(TableWorkbook.Write(sheet), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            })
            .WithName("ExportOverviewTable").WithSummary("把辖区总览的一张表导出为 Excel（.xlsx，中文表头；table = states | departments | documents）")
            .WithDescription(Filters);
    }

    /// <summary>The overview's filter as query parameters.</summary>
    internal sealed record Query(int? Year, int? DepartmentId, int? BudgetUnitId, WorkflowState? State, string? Name, string? Code, bool? Overdue)
    {
        public OverviewFilter Filter() => new(Year, DepartmentId, BudgetUnitId, State, Name, Code, Overdue ?? false);
    }
}

using Jixiao.Data;
using Jixiao.Data.Drafting;

namespace Jixiao.Web.Api;

/// <summary>
/// 新建文档: POST /api/documents creates a 草稿 for a unit (or the department itself) and a year, empty or carried from
/// last year's approved or published document. A second document for the same unit and year is 409 naming the first.
/// </summary>
internal static class NewDocumentApi
{
    /// <summary>
    /// budgetUnitId null = the department itself; start "empty" (空白, the default) or "lastYear" (从上年结转).
    /// </summary>
    public sealed record NewDocumentBody(int DepartmentId, int? BudgetUnitId, int FiscalYear, string? Start);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/documents", CreateAsync).WithTags("文档").WithName("CreateDocument")
            .WithSummary("新建文档（空白，或从上年已审核/已公开的文档结转）")
            .WithDescription("请求体：departmentId、budgetUnitId（留空为部门本级）、fiscalYear、start（empty 或 lastYear）。" +
                "成功时 201，Location 指向新文档；该单位该年度已有文档时 409，detail 写明已有的文档。")
            .Produces<DocumentSummary>(StatusCodes.Status201Created);
    }

    private static async Task<IResult> CreateAsync(NewDocumentBody body, HttpContext http, NewDocumentService service, CancellationToken ct)
    {
        var start = body.Start?.Trim() switch
        {
            null or "" or "empty" => NewDocumentStart.Empty,
            "lastYear" => NewDocumentStart.FromLastYear,
            var other => (NewDocumentStart?)null,
        };
        if (start is null)
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, $"start 为“{body.Start}”，无法识别：应为 empty（空白）或 lastYear（从上年结转）。");
        var created = await service.CreateAsync(SignedInFilter.ActorOf(http),
            new NewDocumentRequest(body.DepartmentId, body.BudgetUnitId, body.FiscalYear, start.Value), ct);
        return TypedResults.Created($"/api/documents/{created.Id}", created);
    }
}

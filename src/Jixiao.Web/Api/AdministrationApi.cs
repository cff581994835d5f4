using Jixiao.Data.Administration;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// 系统管理 under /api/admin (系统管理员 of the jurisdiction; other roles 403, other jurisdictions' ids 404): users,
/// departments and units, years, and the administration log. Each call is one service method that checks and audits.
/// </summary>
internal static class AdministrationApi
{
    /// <summary>A new name (改名).</summary>
    public sealed record NameChange(string? Name);

    /// <summary>A year to open, with its 报送截止日期 (optional).</summary>
    public sealed record YearInput(int Year, DateOnly? SubmissionDeadline);

    /// <summary>A year's 报送截止日期 (null clears it).</summary>
    public sealed record DeadlineInput(DateOnly? SubmissionDeadline);

    private const string Refusals = "非系统管理员 403；本辖区没有该编号 404；输入有误（姓名为空、登录名或编码重复、范围与角色不符）422，均为中文 problem+json。";

    public static void Map(RouteGroupBuilder signedIn)
    {
        var admin = signedIn.MapGroup("/admin").WithTags("系统管理")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapGet("/users", async (string? search, int? page, int? pageSize, UserAdministration users, HttpContext http, CancellationToken ct) =>
                PagedResponse.Ok(http, await users.ListAsync(SignedInFilter.ActorOf(http), search, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("ListUsers").WithSummary("本辖区用户（按登录名分页；search 匹配登录名或姓名）").WithDescription(PagedResponse.Description + Refusals);
        admin.MapPost("/users", async (UserInput input, UserAdministration users, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await users.CreateAsync(SignedInFilter.ActorOf(http), input, ct)))
            .WithName("CreateUser").WithSummary("新建用户（返回一次性密码，只显示这一次）")
            .WithDescription("role: UnitFiler 须给 budgetUnitId；DepartmentReviewer 须给 departmentId；FinanceReviewer、Administrator 不给范围。" + Refusals);
        admin.MapPut("/users/{userId:int}", async (int userId, UserInput input, UserAdministration users, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await users.UpdateAsync(SignedInFilter.ActorOf(http), userId, input, ct)))
            .WithName("UpdateUser").WithSummary("修改用户的姓名、角色和范围（登录名不变）").WithDescription(Refusals);
        admin.MapPost("/users/{userId:int}/disable", async (int userId, UserAdministration users, SessionCookie cookie, HttpContext http, CancellationToken ct) =>
            {
                var view = await users.DisableAsync(SignedInFilter.ActorOf(http), userId, ct);
                cookie.Forget();
                return TypedResults.Ok(view);
            })
            .WithName("DisableUser").WithSummary("停用用户（立即结束其全部会话，之后不能登录）").WithDescription(Refusals);
        admin.MapPost("/users/{userId:int}/enable", async (int userId, UserAdministration users, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await users.EnableAsync(SignedInFilter.ActorOf(http), userId, ct)))
            .WithName("EnableUser").WithSummary("启用已停用的用户").WithDescription(Refusals);
        admin.MapPost("/users/{userId:int}/reset-password", async (int userId, UserAdministration users, SessionCookie cookie, HttpContext http, CancellationToken ct) =>
            {
                var reset = await users.ResetPasswordAsync(SignedInFilter.ActorOf(http), userId, ct);
                cookie.Forget();
                return TypedResults.Ok(reset);
            })
            .WithName("ResetPassword").WithSummary("重置密码（返回一次性新密码；旧密码和全部会话立即失效）").WithDescription(Refusals);

        admin.MapGet("/departments", async (int? page, int? pageSize, OrganizationAdministration orgs, HttpContext http, CancellationToken ct) =>
                PagedResponse.Ok(http, await orgs.ListAsync(SignedInFilter.ActorOf(http), PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("ListDepartmentsAndUnits").WithSummary("本辖区部门及其预算单位（按部门编码分页）").WithDescription(PagedResponse.Description + Refusals);
        admin.MapPost("/departments", async (DepartmentInput input, OrganizationAdministration orgs, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await orgs.CreateDepartmentAsync(SignedInFilter.ActorOf(http), input, ct)))
            .WithName("CreateDepartment").WithSummary("新建部门（编码在本辖区唯一）").WithDescription(Refusals);
        admin.MapPut("/departments/{departmentId:int}", async (int departmentId, NameChange change, OrganizationAdministration orgs, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await orgs.RenameDepartmentAsync(SignedInFilter.ActorOf(http), departmentId, change.Name, ct)))
            .WithName("RenameDepartment").WithSummary("部门改名（已报送的文档保留报送时的名称）").WithDescription(Refusals);
        admin.MapPost("/departments/{departmentId:int}/units", async (int departmentId, UnitInput input, OrganizationAdministration orgs, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await orgs.CreateUnitAsync(SignedInFilter.ActorOf(http), departmentId, input, ct)))
            .WithName("CreateUnit").WithSummary("新建预算单位（编码在部门内唯一）").WithDescription(Refusals);
        admin.MapPut("/units/{unitId:int}", async (int unitId, NameChange change, OrganizationAdministration orgs, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await orgs.RenameUnitAsync(SignedInFilter.ActorOf(http), unitId, change.Name, ct)))
            .WithName("RenameUnit").WithSummary("预算单位改名").WithDescription(Refusals);

        admin.MapGet("/years", async (FiscalYearAdministration years, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await years.ListAsync(SignedInFilter.ActorOf(http), ct)))
            .WithName("ListFiscalYears").WithSummary("本辖区已开放的预算年度及报送截止日期（新的在前）").WithDescription(Refusals);
        admin.MapPost("/years", async (YearInput input, FiscalYearAdministration years, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await years.OpenAsync(SignedInFilter.ActorOf(http), input.Year, input.SubmissionDeadline, ct)))
            .WithName("OpenFiscalYear").WithSummary("开放预算年度（可同时设报送截止日期，格式 2026-11-30）").WithDescription(Refusals);
        admin.MapPut("/years/{year:int}", async (int year, DeadlineInput input, FiscalYearAdministration years, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await years.SetDeadlineAsync(SignedInFilter.ActorOf(http), year, input.SubmissionDeadline, ct)))
            .WithName("SetSubmissionDeadline").WithSummary("设置或清除报送截止日期（过期仍为草稿或被退回的文档在辖区总览中记为逾期）").WithDescription(Refusals);

        signedIn.MapGet("/admin/log", async (int? page, int? pageSize, AdministrationAudit log, HttpContext http, CancellationToken ct) =>
                PagedResponse.Ok(http, await log.ListAsync(SignedInFilter.ActorOf(http), PagedResponse.RequestOf(page, pageSize), ct)))
            .WithTags("系统管理").WithName("AdministrationLog").WithSummary("管理操作记录（用户、部门单位、年度；新的在前；系统管理员和财政审核人）")
            .WithDescription(PagedResponse.Description).ProducesProblem(StatusCodes.Status403Forbidden);
    }
}

using System.Globalization;
using System.Net;
using Jixiao.Data;
using Jixiao.Web.Api;

namespace Jixiao.Web.Tests.Support;

/// <summary>Steps the tests share: import a fresh draft, find an indicator, take a workflow step.</summary>
public static class Scenario
{
    /// <summary>
    /// The client's own unit (or, for a department reviewer, the department itself) imports seed 002 as a new draft,
    /// for a year of its own (see NextYear): one document per unit and year, so every draft needs its year.
    /// </summary>
    public static async Task<DocumentSummary> ImportDraftAsync(WebFixture fixture, ApiClient owner)
    {
        var year = NextYear(fixture);
        var response = await owner.UploadAsync("/api/import", SharedSeeds.Seed002ForYear(year), "项目绩效目标表.txt", ImportFields(fixture, owner, year));
        await ApiClient.ExpectAsync(HttpStatusCode.Created, response, "导入种子 002");
        return await ApiClient.ReadAsync<DocumentSummary>(response);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WebFixture, System.Runtime.CompilerServices.StrongBox<int>> Years = [];

    /// <summary>
    /// A fiscal year no test of this host has filed a draft for yet: 2041, 2043 … (clear of the demo years and of the
    /// years tests of 新建文档 choose; every other year stays free for carrying a draft into the next year).
    /// </summary>
    public static int NextYear(WebFixture fixture) => Interlocked.Add(ref Years.GetValue(fixture, _ => new(2039)).Value, 2);

    /// <summary>
    /// The fields for an import into the client's own unit, for the fiscal year the seed states (the store refuses a
    /// year that contradicts the file). The seed names 秦皇岛市抚宁区司法局, not the demo unit: the name warning is
    /// confirmed (confirmName), as a user does after reading it.
    /// </summary>
    public static Dictionary<string, string> ImportFields(WebFixture fixture, ApiClient owner, int? fiscalYear = null)
    {
        var me = owner.Me ?? throw new InvalidOperationException("not signed in");
        var fields = new Dictionary<string, string>
        {
            ["departmentId"] = (me.DepartmentId ?? throw new InvalidOperationException($"{me.UserName} 没有部门")).ToString(CultureInfo.InvariantCulture),
            ["fiscalYear"] = (fiscalYear ?? fixture.SeedFiscalYear).ToString(CultureInfo.InvariantCulture),
            ["confirmName"] = "true",
        };
        if (me.BudgetUnitId is int unit) fields["budgetUnitId"] = unit.ToString(CultureInfo.InvariantCulture);
        return fields;
    }

    /// <summary>The first project of the document that has indicators, and its first indicator.</summary>
    public static async Task<(ProjectResponse Project, IndicatorRow Indicator)> FirstIndicatorAsync(ApiClient client, int documentId)
    {
        var document = await client.GetAsync<DocumentResponse>($"/api/documents/{documentId}");
        foreach (var summary in document.Projects)
        {
            var project = await client.GetAsync<ProjectResponse>($"/api/projects/{summary.Id}");
            if (project.Indicators.Count > 0) return (project, project.Indicators[0]);
        }
        throw new InvalidOperationException($"文档 {documentId} 没有指标");
    }

    public static Task<HttpResponseMessage> StepAsync(ApiClient client, int documentId, string step, string? note = null) =>
        client.PostAsync($"/api/documents/{documentId}/{step}", new { note });

    public static async Task<DocumentSummary> StepOkAsync(ApiClient client, int documentId, string step, string? note = null)
    {
        var response = await StepAsync(client, documentId, step, note);
        return (await ApiClient.ReadAsync<WorkflowApi.TransitionResponse>(response)).Document;
    }

    /// <summary>Every document the client may list.</summary>
    public static Task<List<DocumentSummary>> ListAsync(ApiClient client, string query = "") =>
        client.GetAsync<List<DocumentSummary>>("/api/documents" + query);
}

namespace Jixiao.Web.Api;

/// <summary>
/// The REST API under /api, one file per area. Everything but sign-in and the public reads needs a signed-in user
/// (401 otherwise); what that user may see and do is decided by the store, so the API cannot bypass it.
/// </summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapJixiaoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<JixiaoProblemFilter>();
        // Every JSON call gets the small body limit; the import endpoints raise it to the upload limit (ImportApi).
        RequestBodyLimit.Apply(api, app.ServiceProvider.GetRequiredService<UploadLimits>().MaxJsonBodyBytes);

        SessionApi.Map(api);
        PublicApi.Map(api);
        ExportApi.MapPublic(api);
        EvaluationsApi.MapPublic(api);
        DepartmentEvaluationsApi.MapPublic(api);
        OverallTargetApi.MapPublic(api);

        var signedIn = api.MapGroup("").RequireAuthorization().AddEndpointFilter<SignedInFilter>();
        DocumentsApi.Map(signedIn);
        ExportApi.MapSignedIn(signedIn);
        ProjectsApi.Map(signedIn);
        FindingsApi.Map(signedIn);
        WorkflowApi.Map(signedIn);
        ImportApi.Map(signedIn);
        SessionsAdminApi.Map(signedIn);
        NewDocumentApi.Map(signedIn);
        DraftingApi.Map(signedIn);
        OverallTargetApi.Map(signedIn);
        EvaluationsApi.Map(signedIn);
        DepartmentEvaluationsApi.Map(signedIn);
        EvaluationPrintApi.Map(signedIn);
        MonitoringApi.Map(signedIn);
        WithdrawalApi.Map(signedIn);
        WorkQueueApi.Map(signedIn);
        OfficeApi.Map(signedIn);
        ReviewProfileApi.Map(signedIn);
        JurisdictionSettingsApi.Map(signedIn);
        PerformanceSettingsApi.Map(signedIn);
        return app;
    }
}

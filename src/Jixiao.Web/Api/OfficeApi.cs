namespace Jixiao.Web.Api;

/// <summary>Administration, notifications and the jurisdiction overview (issue 20), mapped by one line of <see cref="ApiEndpoints"/>.</summary>
internal static class OfficeApi
{
    public static void Map(RouteGroupBuilder signedIn)
    {
        AdministrationApi.Map(signedIn);
        NotificationsApi.Map(signedIn);
        OverviewApi.Map(signedIn);
    }
}

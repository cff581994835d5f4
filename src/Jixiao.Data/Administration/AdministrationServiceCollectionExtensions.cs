using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data.Administration;

/// <summary>Administration, names, notifications and the jurisdiction overview (docs/administration.md, docs/notifications.md, docs/overview.md).</summary>
public static class AdministrationServiceCollectionExtensions
{
    public static IServiceCollection AddJixiaoAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<OrganizationAdministration>();
        services.AddScoped<FiscalYearAdministration>();
        services.AddScoped<JurisdictionSettingsAdministration>();
        services.AddScoped<AdministrationAudit>();
        services.AddScoped<PersonDirectory>();
        services.AddScoped<Notifications.NotificationService>();
        services.AddScoped<Overview.JurisdictionOverviewService>();
        return services;
    }
}

using Jixiao.Data.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data;

/// <summary>The services of the finance office's daily use (issue 20, docs/daily-use.md), registered by <c>AddJixiaoData</c>.</summary>
public static class OfficeServiceCollectionExtensions
{
    public static IServiceCollection AddJixiaoOffice(this IServiceCollection services)
    {
        services.AddScoped<Importing.ImportTargetService>();
        services.AddScoped<WithdrawalService>();
        services.AddScoped<Exports.DocumentExportService>();
        services.AddScoped<Queues.WorkQueueService>();
        services.AddJixiaoAdministration();
        services.AddScoped<ReviewProfiles.ReviewProfileService>();
        return services;
    }
}

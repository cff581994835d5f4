namespace Jixiao.WebBench;

/// <summary>One URL the load client requests, and which kind of answer it is (the statistics are kept per kind).</summary>
internal sealed record BenchTarget(string Kind, string Path);

/// <summary>The kinds measured: the two pages the issue names, and the API reads that load their data.</summary>
internal static class TargetKinds
{
    /// <summary>GET /departments/{id}/{year}: the year overview page (HTML the browser starts the page from).</summary>
    public const string OverviewPage = "页面 部门年度概览 /departments/{id}/{year}";
    /// <summary>GET /projects/{id}: the project page.</summary>
    public const string ProjectPage = "页面 项目 /projects/{id}";
    /// <summary>GET /api/departments/{id}/years/{year}: the same store read the overview page makes when it renders.</summary>
    public const string OverviewData = "数据 部门年度概览 /api/departments/{id}/years/{year}";
    /// <summary>GET /api/projects/{id}: the same store read the project page makes when it renders.</summary>
    public const string ProjectData = "数据 项目 /api/projects/{id}";
    /// <summary>GET /api/documents: the first page (100) of the signed-in user's document list (issue 19 item 8).</summary>
    public const string DocumentList = "数据 文档列表 /api/documents";

    /// <summary>GET /api/monitoring/periods/{id}/overview: the finance bureau's monitoring overview (issue 18 item 10).</summary>
    public const string MonitoringData = "数据 监控总览 /api/monitoring/periods/{id}/overview";
    /// <summary>GET /monitoring/overview/{id}: the monitoring overview page.</summary>
    public const string MonitoringPage = "页面 监控总览 /monitoring/overview/{id}";

    public static readonly string[] All = [OverviewPage, ProjectPage, OverviewData, ProjectData, DocumentList];
}

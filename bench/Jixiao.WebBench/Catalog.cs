using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.WebBench;

/// <summary>
/// What there is to request, discovered through the API as the signed-in user sees it: the jurisdiction's
/// departments, the year each has documents for, and every project of that year.
/// </summary>
internal sealed record Catalog(IReadOnlyList<(int DepartmentId, int Year)> Overviews, IReadOnlyList<int> Projects)
{
    /// <summary>The monitoring periods the user sees (bench/monitoring-p95.sh seeds one).</summary>
    public IReadOnlyList<int> Periods { get; init; } = [];

    public static async Task<Catalog> DiscoverAsync(HttpClient http)
    {
        var overviews = new List<(int, int)>();
        var projects = new List<int>();
        foreach (var jurisdiction in (await GetAsync(http, "api/jurisdictions")).EnumerateArray())
        {
            var jurisdictionId = jurisdiction.GetProperty("id").GetInt32();
            // One largest page of each list (500): the scale data has 100 departments of 30 projects.
            foreach (var department in (await GetAsync(http, $"api/jurisdictions/{jurisdictionId}/departments?pageSize=500")).EnumerateArray())
            {
                var departmentId = department.GetProperty("id").GetInt32();
                foreach (var year in department.GetProperty("fiscalYears").EnumerateArray().Select(y => y.GetInt32()))
                {
                    var overview = await GetAsync(http, $"api/departments/{departmentId}/years/{year}?pageSize=500");
                    var ids = overview.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
                    if (ids.Count == 0) continue;
                    overviews.Add((departmentId, year));
                    projects.AddRange(ids);
                }
            }
        }
        if (overviews.Count == 0 || projects.Count == 0)
            throw new InvalidOperationException("登录用户看不到任何有项目的部门年度：请确认已生成规模测试数据（Jixiao:Demo:Scale），并以其财政审核人登录。");
        var periods = (await GetAsync(http, "api/monitoring/periods")).EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray();
        return new Catalog(overviews, projects) { Periods = periods };
    }

    /// <summary>A random mix (fixed seed) of the given kinds, in turn, over all departments and projects.</summary>
    public IReadOnlyList<BenchTarget> Mix(int count, Random random, IReadOnlyList<string> kinds)
    {
        var targets = new BenchTarget[count];
        for (var i = 0; i < count; i++)
        {
            var (department, year) = Overviews[random.Next(Overviews.Count)];
            var project = Projects[random.Next(Projects.Count)];
            var kind = kinds[i % kinds.Count];
            targets[i] = new BenchTarget(kind, kind switch
            {
                TargetKinds.DocumentList => "api/documents",
                TargetKinds.OverviewPage => $"departments/{department}/{year}",
                TargetKinds.ProjectPage => $"projects/{project}",
                TargetKinds.OverviewData => $"api/departments/{department}/years/{year}",
                TargetKinds.MonitoringData => $"api/monitoring/periods/{Periods[random.Next(Periods.Count)]}/overview",
                TargetKinds.MonitoringPage => $"monitoring/overview/{Periods[random.Next(Periods.Count)]}",
                _ => $"api/projects/{project}",
            });
        }
        return targets;
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET /{path} 返回 {(int)response.StatusCode}：{await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

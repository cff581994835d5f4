using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Demo;

/// <summary>
/// Benchmark data (规模测试数据): <c>Jixiao:Demo:Scale=100x30</c> makes the host generate, once per database, a separate
/// jurisdiction of 100 departments × 30 projects (<see cref="DemoData.GenerateScaleAsync"/>) and a finance reviewer
/// for it. For the speed benchmark (bench/web-p95.sh), never for real use.
/// </summary>
internal static partial class DemoScale
{
    public const string Setting = "Jixiao:Demo:Scale";

    /// <summary>Generates the data when the setting asks for it and the database does not have it yet.</summary>
    public static async Task GenerateIfConfiguredAsync(IServiceProvider services, IConfiguration config, TextWriter output, bool printPassword)
    {
        var text = config[Setting];
        if (string.IsNullOrWhiteSpace(text)) return;
        var match = SizePattern().Match(text.Trim());
        if (!match.Success
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var departments)
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var projects)
            || departments is < 1 or > 10_000 || projects is < 1 or > 1_000)
            throw new JixiaoException($"配置 {Setting} 的值“{text}”无效：应写作“部门数x每部门项目数”，例如 100x30（部门数 1–10000，项目数 1–1000）。");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        // GenerateScaleAsync names its jurisdiction S{departments}x{projects}-{n}; one is enough per database.
        var prefix = $"S{departments}x{projects}-";
        if (await db.Jurisdictions.AnyAsync(j => j.Code.StartsWith(prefix)))
        {
            output.WriteLine($"规模测试数据（{departments} 个部门 × {projects} 个项目）已存在，不再生成。");
            return;
        }
        output.WriteLine($"正在生成规模测试数据：{departments} 个部门 × {projects} 个项目……");
        var result = await scope.ServiceProvider.GetRequiredService<DemoData>().GenerateScaleAsync(departments, projects);
        output.WriteLine($"规模测试数据已生成：行政区划 {result.JurisdictionId}，{result.DepartmentIds.Count} 个部门，{result.FiscalYear} 年度。");
        // Production never prints a password: the benchmark sets it itself (Jixiao:Demo:Password).
        var password = printPassword ? result.FinancePassword : "（生产环境不打印）";
        output.WriteLine($"  角色：财政审核人  用户名：{result.Finance.UserName}  密码：{password}  （可查看全部规模测试部门）");
    }

    [GeneratedRegex(@"^(\d+)\s*[xX×*]\s*(\d+)$")]
    private static partial Regex SizePattern();
}

using System.Globalization;
using Jixiao.Core.Values;
using Jixiao.Data;
using Jixiao.Data.Monitoring;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Seeds the monitoring benchmark (issue 18 item 10, bench/monitoring-p95.sh) into a SQLite database: the scale data
// (departments × projects, one document per department), each document taken to 已审核 by its department, a 1–7月
// period, and every document's monitoring table filled and submitted the way a department would — most projects on
// plan, every fifth spending nothing (red, with cause and remedy) — through MonitoringService, so the stored items are
// the ones the web writes. Prints the finance reviewer to sign in as.
// Usage: jixiao-monitorseed DB_PATH DEPARTMENTSxPROJECTS PASSWORD
if (args.Length != 3) { Console.Error.WriteLine("用法：jixiao-monitorseed 数据库路径 100x30 密码"); return 2; }
var size = args[1].Split('x');
var (departments, projects) = (int.Parse(size[0], CultureInfo.InvariantCulture), int.Parse(size[1], CultureInfo.InvariantCulture));
var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Jixiao:Database:Provider"] = "sqlite",
    ["ConnectionStrings:Jixiao"] = $"Data Source={args[0]}",
    ["Jixiao:Demo:Password"] = args[2],
}).Build();
var services = new ServiceCollection().AddLogging().AddJixiaoData(config).BuildServiceProvider();
await JixiaoDatabase.MigrateAsync(services);

ScaleSeedResult scale;
await using (var scope = services.CreateAsyncScope())
    scale = await scope.ServiceProvider.GetRequiredService<DemoData>().GenerateScaleAsync(departments, projects);
Console.WriteLine($"规模测试数据已生成：{departments} 个部门 × {projects} 个项目，{scale.FiscalYear} 年度。");

await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
    // The benchmark's department reviewers take their own documents through both steps.
    var jurisdiction = await db.Jurisdictions.FirstAsync(j => j.Id == scale.JurisdictionId);
    jurisdiction.SeparateSubmitAndApprove = false;
    await db.SaveChangesAsync();
}

MonitoringPeriodView period;
await using (var scope = services.CreateAsyncScope())
    period = await scope.ServiceProvider.GetRequiredService<MonitoringService>()
        .OpenPeriodAsync(scale.Finance, scale.FiscalYear, 7, new DateOnly(scale.FiscalYear, 8, 15));

var red = 0;
foreach (var departmentId in scale.DepartmentIds)
{
    await using var scope = services.CreateAsyncScope();
    var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
    var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
    var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
    var reviewer = new Actor(0, $"reviewer.bench.{departmentId}", "规模测试部门审核人", Role.DepartmentReviewer, scale.JurisdictionId, departmentId, null);
    var documentId = await db.Documents.Where(d => d.DepartmentId == departmentId).Select(d => d.Id).FirstAsync();
    await store.TransitionAsync(reviewer, documentId, WorkflowAction.Submit, null);
    await store.TransitionAsync(reviewer, documentId, WorkflowAction.Approve, null);
    var report = await monitoring.StartAsync(reviewer, period.Id, documentId);
    var inputs = new MonitoringInputs(report.Projects.Select((p, i) =>
    {
        var lagging = i % 5 == 0;
        if (lagging) red++;
        return new ProjectProgressInput(p.Key, p.YearBudget, lagging ? "0" : p.YearBudget,
            lagging ? ["经费保障"] : null, lagging ? "资金下达较晚" : null, lagging ? "8月集中支付" : null,
            p.Lines.Select(l =>
            {
                var t = l.Target is null ? null : TargetValue.Parse(l.Target);
                var progress = t is { IsMeasurable: true, Number: not null } ? t.Number + t.Unit : "按计划推进";
                return new LineProgressInput(l.Key, progress, progress, "确定能");
            }).ToArray());
    }).ToArray());
    var saved = await monitoring.SaveAsync(reviewer, report.Summary.Id, inputs, report.Summary.RowVersion);
    await monitoring.TransitionAsync(reviewer, report.Summary.Id, MonitoringStep.Submit, null, saved.Summary.RowVersion);
}
Console.WriteLine($"监控数据已生成：监控期 {period.Id}（{period.Name}），{scale.DepartmentIds.Count} 张监控表已报送，{red} 个项目红灯。");
Console.WriteLine($"用户名：{scale.Finance.UserName}");
return 0;

using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Monitoring;
using static Jixiao.Documents.Exchange.SheetJson;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Reads a filled monitoring report (<c>jixiao.monitoring/1</c>, FORMAT.md) into a <see cref="MonitoringSheet"/>; the
/// *out* fields (lights, rates, findings) are ignored. A project may carry <c>causes</c> and <c>remedy</c> of its own
/// (docs/monitoring.md). Anything of the wrong type is refused with a Chinese message saying where and what.
/// </summary>
public static class MonitoringJsonReader
{
    private const string What = "监控表（jixiao.monitoring/1）";

    public static MonitoringSheet Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = Parse(json, What);
        var root = doc.RootElement;
        RequireFormat(root, MonitoringJsonWriter.FormatName, What);
        return new MonitoringSheet
        {
            FiscalYear = Int(root, "fiscalYear", What),
            AsOf = Str(root, "asOf", What) is { } text ? ParseDate(text, What + "的 asOf") : null,
            MoneyUnit = Unit(root, What),
            Projects = Array(root, "projects", What, required: true).Select((p, i) => ReadProject(p, i + 1)).ToArray(),
        };
    }

    /// <summary>A date written YYYY-MM-DD; anything else is refused, naming where it was.</summary>
    public static DateOnly ParseDate(string text, string where) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new DocumentReadException($"{where}“{text}”不是日期（应写作 2024-07-31）。");

    private static ProjectProgress ReadProject(JsonElement p, int position)
    {
        var where = ProjectWhere(position, p);
        var execution = Obj(p, "execution", where);
        var executionWhere = where + "的 execution";
        return new ProjectProgress
        {
            Key = Str(p, "key", where),
            Code = Str(p, "code", where),
            Name = RequiredStr(p, "name", where + "（项目名称）"),
            Execution = execution is { } e
                ? new ExecutionProgress(Dec(e, "yearBudget", executionWhere), Dec(e, "executed", executionWhere))
                : ExecutionProgress.Empty,
            Causes = Strings(p, "causes", where),
            Remedy = Str(p, "remedy", where),
            Indicators = Array(p, "indicators", where).Select((i, k) => ReadIndicator(i, IndicatorWhere(where, k + 1, i))).ToArray(),
        };
    }

    private static IndicatorProgress ReadIndicator(JsonElement i, string where) => new()
    {
        Key = Str(i, "key", where),
        Level2 = Str(i, "level2", where),
        Name = RequiredStr(i, "name", where + "（三级指标名称）"),
        Progress = Str(i, "progress", where),
        Forecast = Str(i, "forecast", where),
        Likelihood = Str(i, "likelihood", where),
        Causes = Strings(i, "causes", where),
        Remedy = Str(i, "remedy", where),
    };
}

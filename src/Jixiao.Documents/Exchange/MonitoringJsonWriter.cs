using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using static Jixiao.Documents.Exchange.SheetJson;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Writes a lit monitoring report as <c>jixiao.monitoring/1</c> (FORMAT.md), keys in the documented order; a project's
/// own <c>causes</c> and <c>remedy</c> follow its execution. <see cref="WriteTemplate"/> writes the pre-filled report.
/// </summary>
public static class MonitoringJsonWriter
{
    public const string FormatName = "jixiao.monitoring/1";

    public static string ToJson(MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(result.FiscalYear, result.AsOf, result.MoneyUnit, w =>
        {
            foreach (var p in result.Projects)
            {
                w.WriteStartObject();
                Project(w, p.Key, p.Code, p.Name, p.Execution, p.Causes, p.Remedy);
                w.WriteStartArray("indicators");
                foreach (var i in p.Indicators)
                {
                    w.WriteStartObject();
                    Indicator(w, i.Key, i.Level2, i.Name, i.Progress, i.Forecast, i.Likelihood, i.Causes, i.Remedy);
                    w.WriteString("light", i.Light.ToFormat());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                Nullable(w, "plannedRate", p.PlannedRate is { } pr ? ScoreRounding.Format2(pr) : null);
                Nullable(w, "executionRate", p.ExecutionRate is { } er ? ScoreRounding.Format2(er) : null);
                w.WriteString("light", p.Light.ToFormat());
                FindingJsonWriter.Write(w, p.Findings);
                w.WriteEndObject();
            }
        });
    }

    public static string WriteTemplate(MonitoringSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Write(sheet.FiscalYear, sheet.AsOf, sheet.MoneyUnit, w =>
        {
            foreach (var p in sheet.Projects)
            {
                w.WriteStartObject();
                Project(w, p.Key, p.Code, p.Name, p.Execution, p.Causes, p.Remedy);
                w.WriteStartArray("indicators");
                foreach (var i in p.Indicators)
                {
                    w.WriteStartObject();
                    Indicator(w, i.Key, i.Level2, i.Name, i.Progress, i.Forecast, i.Likelihood, i.Causes, i.Remedy);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
        });
    }

    private static string Write(int? fiscalYear, DateOnly? asOf, MoneyUnit? unit, Action<Utf8JsonWriter> projects)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer, EvaluationJsonWriter.Options))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            if (fiscalYear is int y) w.WriteNumber("fiscalYear", y); else w.WriteNull("fiscalYear");
            Nullable(w, "asOf", asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Nullable(w, "moneyUnit", unit?.ToChinese());
            w.WriteStartArray("projects");
            projects(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Project(Utf8JsonWriter w, string? key, string? code, string name, ExecutionProgress e, IReadOnlyList<string> causes, string? remedy)
    {
        Nullable(w, "key", key);
        Nullable(w, "code", code);
        w.WriteString("name", name);
        w.WriteStartObject("execution");
        Nullable(w, "yearBudget", e.YearBudget?.Text);
        Nullable(w, "executed", e.Executed?.Text);
        w.WriteEndObject();
        Strings(w, "causes", causes);
        Nullable(w, "remedy", remedy);
    }

    private static void Indicator(Utf8JsonWriter w, string? key, string? level2, string name, string? progress, string? forecast,
        string? likelihood, IReadOnlyList<string> causes, string? remedy)
    {
        Nullable(w, "key", key);
        Nullable(w, "level2", level2);
        w.WriteString("name", name);
        Nullable(w, "progress", progress);
        Nullable(w, "forecast", forecast);
        Nullable(w, "likelihood", likelihood);
        Strings(w, "causes", causes);
        Nullable(w, "remedy", remedy);
    }
}

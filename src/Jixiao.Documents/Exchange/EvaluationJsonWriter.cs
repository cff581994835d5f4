using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using static Jixiao.Documents.Exchange.SheetJson;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Writes a scored self-evaluation as <c>jixiao.evaluation/1</c> (FORMAT.md): keys in the documented order, what was
/// filled exactly as written, computed scores with two decimals, points without trailing zeros, null for what is
/// missing. <see cref="WriteTemplate"/> writes the pre-filled sheet a unit starts from (no *out* fields).
/// </summary>
public static class EvaluationJsonWriter
{
    public const string FormatName = "jixiao.evaluation/1";

    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(w =>
        {
            Header(w, result.FiscalYear, result.MoneyUnit);
            w.WriteStartArray("projects");
            foreach (var p in result.Projects) WriteProject(w, p);
            w.WriteEndArray();
        });
    }

    /// <summary>The sheet as input only: every project and line, actual/grade/score/reason as filled (null in a template).</summary>
    public static string WriteTemplate(EvaluationSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Write(w =>
        {
            Header(w, sheet.FiscalYear, sheet.MoneyUnit);
            w.WriteStartArray("projects");
            foreach (var p in sheet.Projects)
            {
                w.WriteStartObject();
                Identity(w, p.Key, p.Code, p.Name);
                Execution(w, p.Execution);
                w.WriteStartArray("indicators");
                foreach (var i in p.Indicators)
                {
                    w.WriteStartObject();
                    Nullable(w, "key", i.Key);
                    Nullable(w, "level2", i.Level2);
                    w.WriteString("name", i.Name);
                    Nullable(w, "actual", i.Actual);
                    Nullable(w, "grade", i.Grade);
                    Nullable(w, "score", i.Score?.Text);
                    Nullable(w, "reason", i.Reason);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            body(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Header(Utf8JsonWriter w, int? fiscalYear, MoneyUnit? unit)
    {
        if (fiscalYear is int y) w.WriteNumber("fiscalYear", y); else w.WriteNull("fiscalYear");
        Nullable(w, "moneyUnit", unit?.ToChinese());
    }

    private static void Identity(Utf8JsonWriter w, string? key, string? code, string name)
    {
        Nullable(w, "key", key);
        Nullable(w, "code", code);
        w.WriteString("name", name);
    }

    private static void Execution(Utf8JsonWriter w, ExecutionActuals e)
    {
        w.WriteStartObject("execution");
        Nullable(w, "initialBudget", e.InitialBudget?.Text);
        Nullable(w, "yearBudget", e.YearBudget?.Text);
        Nullable(w, "executed", e.Executed?.Text);
        w.WriteEndObject();
    }

    private static void WriteProject(Utf8JsonWriter w, ProjectEvaluation p)
    {
        w.WriteStartObject();
        Identity(w, p.Key, p.Code, p.Name);
        Execution(w, p.Execution);
        w.WriteStartArray("indicators");
        foreach (var i in p.Indicators)
        {
            w.WriteStartObject();
            Nullable(w, "key", i.Key);
            Nullable(w, "level2", i.Level2);
            w.WriteString("name", i.Name);
            Nullable(w, "actual", i.Actual);
            Nullable(w, "grade", i.Grade);
            // A judged line's score is the evaluator's, as written; the formula's otherwise.
            Nullable(w, "score", i.Method == ScoringMethod.Judged ? i.WrittenScore?.Text : i.Score is { } s ? ScoreRounding.Format2(s) : null);
            Nullable(w, "reason", i.Reason);
            Nullable(w, "points", i.Points is { } pts ? ScoreRounding.FormatPoints(pts) : null);
            Nullable(w, "method", i.Method?.ToFormat());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Nullable(w, "executionRate", Two(p.ExecutionRate));
        Nullable(w, "executionScore", Two(p.ExecutionScore));
        Nullable(w, "indicatorScore", Two(p.IndicatorScore));
        Nullable(w, "total", Two(p.Total));
        Nullable(w, "grade", p.Grade);
        FindingJsonWriter.Write(w, p.Findings);
        w.WriteEndObject();
    }

    private static string? Two(decimal? value) => value is { } v ? ScoreRounding.Format2(v) : null;
}

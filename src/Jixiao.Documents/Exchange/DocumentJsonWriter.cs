using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Writes a <see cref="TargetDocument"/> as <c>jixiao.document/1</c> (FORMAT.md): keys in the documented
/// order, decimals as the strings the document printed, null for anything missing. Chinese is written
/// as is (not \u-escaped) so that a finance officer can read the file.
/// </summary>
public static class DocumentJsonWriter
{
    public const string FormatName = "jixiao.document/1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(TargetDocument document, Action<Utf8JsonWriter>? writeFindings = null)
    {
        // Each save of a draft writes its whole document (about 1 MB for 1,200 indicators): a buffer grown afresh every
        // time is a series of large-object allocations, and the collections they cause were the slowest saves
        // (bench/Jixiao.EditBench). One buffer per thread is reused; an unusually large one is not kept.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, Options))
                Write(writer, document, writeFindings);
            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBuffer) t_buffer = null;
        }
    }

    private const int MaxKeptBuffer = 8 * 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>Writes the document; <paramref name="writeFindings"/> writes the <c>findings</c> array when a review ran.</summary>
    public static void Write(Utf8JsonWriter w, TargetDocument d, Action<Utf8JsonWriter>? writeFindings = null)
    {
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteStartObject("source");
        w.WriteString("file", d.Source.File);
        w.WriteString("layout", d.Source.Layout);
        w.WriteEndObject();
        if (d.Department is null) w.WriteNull("department");
        else
        {
            w.WriteStartObject("department");
            WriteNullable(w, "code", d.Department.Code);
            w.WriteString("name", d.Department.Name);
            w.WriteEndObject();
        }
        if (d.FiscalYear is int y) w.WriteNumber("fiscalYear", y); else w.WriteNull("fiscalYear");
        WriteNullable(w, "moneyUnit", d.MoneyUnit?.ToChinese());
        if (d.Overall is null) w.WriteNull("overall"); else WriteOverall(w, d.Overall);
        w.WriteStartArray("projects");
        foreach (var p in d.Projects) WriteProject(w, p);
        w.WriteEndArray();
        w.WriteStartArray("budgetTables");
        foreach (var t in d.BudgetTables) WriteTable(w, t);
        w.WriteEndArray();
        if (writeFindings is not null) writeFindings(w);
        w.WriteEndObject();
    }

    private static void WriteOverall(Utf8JsonWriter w, OverallTarget o)
    {
        w.WriteStartObject("overall");
        WriteStrings(w, "goals", o.Goals);
        w.WriteStartArray("subGoals");
        foreach (var s in o.SubGoals)
        {
            w.WriteStartObject();
            w.WriteString("title", s.Title);
            WriteNullable(w, "target", s.Target);
            WriteNullable(w, "indicatorText", s.IndicatorText);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteStrings(w, "measures", o.Measures);
        if (o.Funds is null) w.WriteNull("funds");
        else
        {
            w.WriteStartObject("funds");
            WriteDecimal(w, "total", o.Funds.Total);
            WriteDecimal(w, "basic", o.Funds.Basic);
            WriteDecimal(w, "project", o.Funds.Project);
            w.WriteEndObject();
        }
        WriteIndicators(w, o.Indicators);
        w.WriteEndObject();
    }

    private static void WriteProject(Utf8JsonWriter w, Project p)
    {
        w.WriteStartObject();
        WriteNullable(w, "key", p.Key);
        WriteCarried(w, p.CarriedFrom, withMoney: true);
        if (p.Unit is null) w.WriteNull("unit");
        else
        {
            w.WriteStartObject("unit");
            WriteNullable(w, "code", p.Unit.Code);
            w.WriteString("name", p.Unit.Name);
            w.WriteEndObject();
        }
        WriteNullable(w, "code", p.Code);
        w.WriteString("name", p.Name);
        WriteNullable(w, "category", p.Category);
        WriteNullable(w, "owner", p.Owner);
        WriteNullable(w, "phone", p.Phone);
        WriteNullable(w, "supervisor", p.Supervisor);
        WriteNullable(w, "implementer", p.Implementer);
        w.WriteStartObject("budget");
        WriteDecimal(w, "total", p.Budget.Total);
        WriteDecimal(w, "fiscal", p.Budget.Fiscal);
        WriteDecimal(w, "other", p.Budget.Other);
        w.WriteEndObject();
        WriteNullable(w, "purpose", p.Purpose);
        if (p.SpendingPlan is null) w.WriteNull("spendingPlan");
        else
        {
            w.WriteStartObject("spendingPlan");
            foreach (var point in p.SpendingPlan.Points)
                w.WriteString(point.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), point.Percent.Text);
            w.WriteEndObject();
        }
        WriteStrings(w, "goals", p.Goals);
        WriteIndicators(w, p.Indicators);
        w.WriteEndObject();
    }

    private static void WriteIndicators(Utf8JsonWriter w, IReadOnlyList<Indicator> indicators)
    {
        w.WriteStartArray("indicators");
        foreach (var i in indicators)
        {
            w.WriteStartObject();
            WriteNullable(w, "key", i.Key);
            WriteCarried(w, i.CarriedFrom, withMoney: false);
            WriteNullable(w, "level1", i.Level1);
            WriteNullable(w, "level2", i.Level2);
            w.WriteString("name", i.Name);
            WriteNullable(w, "description", i.Description);
            WriteNullable(w, "value", i.Value);
            WriteNullable(w, "nature", i.Nature);
            WriteDecimal(w, "weight", i.Weight);
            WriteNullable(w, "basis", i.Basis);
            if (i.Target is null) w.WriteNull("target"); else WriteTarget(w, i.Target);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes a target with only the keys its kind has (FORMAT.md examples).</summary>
    public static void WriteTarget(Utf8JsonWriter w, TargetValue t, string name = "target")
    {
        w.WriteStartObject(name);
        w.WriteString("kind", t.Kind.ToFormatName());
        switch (t.Kind)
        {
            case TargetKind.Quantity or TargetKind.Ratio or TargetKind.Amount:
                w.WriteString("op", (t.Op ?? ComparisonOperator.Equal).ToFormat());
                WriteNullable(w, "number", t.Number);
                WriteNullable(w, "unit", t.Unit);
                break;
            case TargetKind.Deadline:
                WriteNullable(w, "text", t.Text);
                if (t.Month is int m) w.WriteNumber("month", m); else w.WriteNull("month");
                if (t.Day is int day) w.WriteNumber("day", day); else w.WriteNull("day");
                break;
            default:
                WriteNullable(w, "text", t.Text);
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, BudgetTable t)
    {
        w.WriteStartObject();
        w.WriteString("title", t.Title);
        WriteStrings(w, "columns", t.Columns);
        w.WriteStartArray("rows");
        foreach (var row in t.Rows)
        {
            w.WriteStartArray();
            foreach (var cell in row)
                if (cell is null) w.WriteNullValue(); else w.WriteStringValue(cell);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>carriedFrom</c>: null, or the year it was carried from; a project adds whether its money still awaits updating
    /// (docs/exchange-format.md).
    /// </summary>
    private static void WriteCarried(Utf8JsonWriter w, Core.Model.Identity.CarriedFrom? carried, bool withMoney)
    {
        if (carried is null)
        {
            w.WriteNull("carriedFrom");
            return;
        }
        w.WriteStartObject("carriedFrom");
        w.WriteNumber("fiscalYear", carried.FiscalYear);
        if (withMoney) w.WriteBoolean("moneyToUpdate", carried.MoneyToUpdate);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (var s in items) w.WriteStringValue(s);
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        // FORMAT.md: a missing value is null, never "".
        if (string.IsNullOrEmpty(value)) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void WriteDecimal(Utf8JsonWriter w, string name, WrittenDecimal? value)
    {
        if (value is { } v) w.WriteString(name, v.Text); else w.WriteNull(name);
    }
}

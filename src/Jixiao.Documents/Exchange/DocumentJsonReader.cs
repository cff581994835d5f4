using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Reads <c>jixiao.document/1</c> JSON (FORMAT.md) back into a <see cref="TargetDocument"/>, the inverse of
/// <see cref="DocumentJsonWriter"/>: writing what this returns gives the same JSON. Decimals are taken from their
/// strings as written; targets from the <c>target</c> objects. What the format does not carry (source lines,
/// a budget table's own unit) is left at its default. A <c>findings</c> array, if present, is ignored.
/// </summary>
public static class DocumentJsonReader
{
    public static TargetDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    public static TargetDocument Read(JsonElement root)
    {
        var format = Str(root, "format");
        if (format != DocumentJsonWriter.FormatName)
            throw new DocumentReadException($"JSON 的 format 为“{format ?? "（空）"}”，不是 {DocumentJsonWriter.FormatName}，无法读取。");
        var source = root.GetProperty("source");
        return new TargetDocument
        {
            Source = new DocumentSource(Str(source, "file") ?? "", Str(source, "layout") ?? ""),
            Department = Obj(root, "department") is { } d ? new Department(Str(d, "code"), Str(d, "name") ?? "") : null,
            FiscalYear = root.TryGetProperty("fiscalYear", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
            MoneyUnit = MoneyUnits.FromChinese(Str(root, "moneyUnit")),
            Overall = Obj(root, "overall") is { } o ? ReadOverall(o) : null,
            Projects = Array(root, "projects").Select(ReadProject).ToArray(),
            BudgetTables = Array(root, "budgetTables").Select(ReadTable).ToArray(),
        };
    }

    /// <summary>
    /// Reads only the project at <paramref name="index"/> (0-based) of a document's JSON, for pages that show one project
    /// of a large document; null when there is no such project.
    /// </summary>
    public static Project? ReadProject(string json, int index)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("projects", out var projects) || projects.ValueKind != JsonValueKind.Array) return null;
        return index >= 0 && index < projects.GetArrayLength() ? ReadProject(projects[index]) : null;
    }

    /// <summary>
    /// The project as reading its written JSON gives it: what the format does not carry (source lines, a stated weight
    /// total …) dropped, the target taken as <see cref="ReadTarget"/> takes it. A project is read from its own JSON
    /// object alone, so this equals the project read back from any whole document that contains it.
    /// </summary>
    public static Project AsRead(Project project) =>
        Read(DocumentJsonWriter.ToJson(new TargetDocument { Source = new DocumentSource("", ""), Projects = [project] })).Projects[0];

    /// <summary>The department-wide part as reading its written JSON gives it (see <see cref="AsRead(Project)"/>).</summary>
    public static OverallTarget? AsRead(OverallTarget? overall) =>
        overall is null ? null : Read(DocumentJsonWriter.ToJson(new TargetDocument { Source = new DocumentSource("", ""), Overall = overall })).Overall;

    private static OverallTarget ReadOverall(JsonElement o) => new()
    {
        Goals = Strings(o, "goals"),
        SubGoals = Array(o, "subGoals").Select(s => new SubGoal(Str(s, "title") ?? "", Str(s, "target"), Str(s, "indicatorText"))).ToArray(),
        Measures = Strings(o, "measures"),
        Funds = Obj(o, "funds") is { } f ? new OverallFunds(Dec(f, "total"), Dec(f, "basic"), Dec(f, "project")) : null,
        Indicators = Array(o, "indicators").Select(ReadIndicator).ToArray(),
        // The format has no flag for an empty heading; a heading is known to be printed when something is under it.
        HasSubGoalHeading = Array(o, "subGoals").Any(),
        HasMeasuresHeading = Array(o, "measures").Any(),
    };

    private static Project ReadProject(JsonElement p)
    {
        var budget = Obj(p, "budget");
        return new Project
        {
            Key = Str(p, "key"),
            CarriedFrom = ReadCarried(p),
            Unit = Obj(p, "unit") is { } u ? new BudgetUnit(Str(u, "code"), Str(u, "name") ?? "") : null,
            Code = Str(p, "code"),
            Name = Str(p, "name") ?? "",
            Category = Str(p, "category"),
            Owner = Str(p, "owner"),
            Phone = Str(p, "phone"),
            Supervisor = Str(p, "supervisor"),
            Implementer = Str(p, "implementer"),
            Budget = budget is { } b ? new ProjectBudget(Dec(b, "total"), Dec(b, "fiscal"), Dec(b, "other")) : ProjectBudget.Empty,
            Purpose = Str(p, "purpose"),
            SpendingPlan = Obj(p, "spendingPlan") is { } plan ? ReadPlan(plan) : null,
            Goals = Strings(p, "goals"),
            Indicators = Array(p, "indicators").Select(ReadIndicator).ToArray(),
        };
    }

    private static Core.Model.Identity.CarriedFrom? ReadCarried(JsonElement e) =>
        Obj(e, "carriedFrom") is { } c && Int(c, "fiscalYear") is int year
            ? new Core.Model.Identity.CarriedFrom(year, c.TryGetProperty("moneyToUpdate", out var m) && m.ValueKind == JsonValueKind.True)
            : null;

    private static SpendingPlan ReadPlan(JsonElement plan)
    {
        var points = new List<SpendingPlanPoint>();
        foreach (var month in plan.EnumerateObject())
        {
            if (!int.TryParse(month.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var m))
                throw new DocumentReadException($"资金支出计划的月份“{month.Name}”不是数字。");
            points.Add(new SpendingPlanPoint(m, ToDecimal(month.Value.GetString(), $"资金支出计划 {m} 月")));
        }
        return new SpendingPlan(points);
    }

    private static Indicator ReadIndicator(JsonElement i)
    {
        var value = Str(i, "value");
        var nature = Str(i, "nature");
        return new Indicator
        {
            Key = Str(i, "key"),
            CarriedFrom = ReadCarried(i),
            Level1 = Str(i, "level1"),
            Level2 = Str(i, "level2"),
            Name = Str(i, "name") ?? "",
            Description = Str(i, "description"),
            Value = value,
            Nature = nature,
            Weight = Dec(i, "weight"),
            Basis = Str(i, "basis"),
            Target = Obj(i, "target") is { } t ? ReadTarget(t, nature, value) : null,
        };
    }

    /// <summary>
    /// The target as the JSON states it. When parsing the value again gives the same target, the parsed one is used:
    /// it also carries what the format leaves out (why an unparsed value could not be read).
    /// </summary>
    public static TargetValue ReadTarget(JsonElement t, string? nature, string? value)
    {
        var kind = Str(t, "kind") switch
        {
            "quantity" => TargetKind.Quantity,
            "ratio" => TargetKind.Ratio,
            "amount" => TargetKind.Amount,
            "deadline" => TargetKind.Deadline,
            "qualitative" => TargetKind.Qualitative,
            "unparsed" => TargetKind.Unparsed,
            var other => throw new DocumentReadException($"指标值的类型“{other}”无法识别。"),
        };
        var stated = new TargetValue
        {
            Kind = kind,
            Op = kind is TargetKind.Quantity or TargetKind.Ratio or TargetKind.Amount ? ParseOp(Str(t, "op")) : null,
            Number = Str(t, "number"),
            Unit = Str(t, "unit"),
            Text = Str(t, "text"),
            Month = Int(t, "month"),
            Day = Int(t, "day"),
        };
        if (value is null) return stated;
        var parsed = TargetValue.Parse(nature, value);
        return parsed with { Error = null } == stated ? parsed : stated;
    }

    private static ComparisonOperator ParseOp(string? op) => op switch
    {
        ">=" => ComparisonOperator.AtLeast,
        "<=" => ComparisonOperator.AtMost,
        ">" => ComparisonOperator.GreaterThan,
        "<" => ComparisonOperator.LessThan,
        _ => ComparisonOperator.Equal,
    };

    private static BudgetTable ReadTable(JsonElement t) => new(
        Str(t, "title") ?? "",
        Strings(t, "columns"),
        Array(t, "rows").Select(r => (IReadOnlyList<string?>)r.EnumerateArray()
            .Select(c => c.ValueKind == JsonValueKind.Null ? null : c.GetString()).ToArray()).ToArray());

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static JsonElement? Obj(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string[] Strings(JsonElement e, string name) => Array(e, name).Select(s => s.GetString() ?? "").ToArray();

    private static WrittenDecimal? Dec(JsonElement e, string name) =>
        Str(e, name) is { } text ? ToDecimal(text, name) : null;

    private static WrittenDecimal ToDecimal(string? text, string what) =>
        text is not null && WrittenDecimal.TryParse(text) is { } d
            ? new WrittenDecimal(text, d.Value) // the text exactly as written, whatever spelling it has
            : throw new DocumentReadException($"“{what}”的值“{text}”不是按原样书写的数字。");
}

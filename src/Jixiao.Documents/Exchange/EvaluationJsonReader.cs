using System.Text.Json;
using Jixiao.Core.Evaluation;
using static Jixiao.Documents.Exchange.SheetJson;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Reads a filled self-evaluation (<c>jixiao.evaluation/1</c>, FORMAT.md) into an <see cref="EvaluationSheet"/>. The
/// fields marked *out* (points, method, a formula line's score, rates, totals, grade, findings) are ignored: they are
/// computed again. Anything of the wrong type is refused with a Chinese message saying where and what.
/// </summary>
public static class EvaluationJsonReader
{
    private const string What = "自评表（jixiao.evaluation/1）";

    public static EvaluationSheet Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = Parse(json, What);
        var root = doc.RootElement;
        RequireFormat(root, EvaluationJsonWriter.FormatName, What);
        return new EvaluationSheet
        {
            FiscalYear = Int(root, "fiscalYear", What),
            MoneyUnit = Unit(root, What),
            Projects = Array(root, "projects", What, required: true).Select((p, i) => ReadProject(p, i + 1)).ToArray(),
        };
    }

    private static ProjectActuals ReadProject(JsonElement p, int position)
    {
        var where = ProjectWhere(position, p);
        var execution = Obj(p, "execution", where);
        var executionWhere = where + "的 execution";
        return new ProjectActuals
        {
            Key = Str(p, "key", where),
            Code = Str(p, "code", where),
            Name = RequiredStr(p, "name", where + "（项目名称）"),
            Execution = execution is { } e
                ? new ExecutionActuals(Dec(e, "initialBudget", executionWhere), Dec(e, "yearBudget", executionWhere), Dec(e, "executed", executionWhere))
                : ExecutionActuals.Empty,
            Indicators = Array(p, "indicators", where).Select((i, k) => ReadIndicator(i, IndicatorWhere(where, k + 1, i))).ToArray(),
        };
    }

    private static IndicatorActual ReadIndicator(JsonElement i, string where) => new()
    {
        Key = Str(i, "key", where),
        Level2 = Str(i, "level2", where),
        Name = RequiredStr(i, "name", where + "（三级指标名称）"),
        Actual = Str(i, "actual", where),
        Grade = Str(i, "grade", where),
        Score = Dec(i, "score", where),
        Reason = Str(i, "reason", where),
    };
}

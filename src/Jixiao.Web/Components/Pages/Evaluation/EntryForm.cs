using Jixiao.Data.Evaluation;

namespace Jixiao.Web.Components.Pages.Evaluation;

/// <summary>The entry page's editable copy of the inputs (bound to the inputs; turned back into <see cref="EvaluationInputs"/> to score or save).</summary>
public sealed class EntryForm
{
    public string? InitialBudget { get; set; }
    public string? YearBudget { get; set; }
    public string? Executed { get; set; }
    public string? GoalActual { get; set; }
    public List<LineForm> Lines { get; } = [];

    public static EntryForm From(EvaluationInputs inputs)
    {
        var form = new EntryForm
        {
            InitialBudget = inputs.InitialBudget, YearBudget = inputs.YearBudget, Executed = inputs.Executed, GoalActual = inputs.GoalActual,
        };
        form.Lines.AddRange(inputs.Lines.Select(l => new LineForm
        {
            Key = l.Key, Actual = l.Actual, Grade = l.Grade, Score = l.Score, Reason = l.Reason, NotApplicable = l.NotApplicable,
        }));
        return form;
    }

    public EvaluationInputs ToInputs() => new(InitialBudget, YearBudget, Executed, GoalActual,
        Lines.Select(l => new EvaluationLineInput(l.Key, l.NotApplicable ? null : l.Actual, l.Grade, l.Score, l.Reason, l.NotApplicable)).ToArray());

    public LineForm? Line(string? key) => key is null ? null : Lines.FirstOrDefault(l => l.Key == key);
}

public sealed class LineForm
{
    public required string Key { get; init; }
    public string? Actual { get; set; }
    public string? Grade { get; set; }
    public string? Score { get; set; }
    public string? Reason { get; set; }
    public bool NotApplicable { get; set; }
}

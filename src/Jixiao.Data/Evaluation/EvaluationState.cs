namespace Jixiao.Data.Evaluation;

/// <summary>Where a self-evaluation is: the unit fills, the department confirms, the finance bureau checks and publishes.</summary>
public enum EvaluationState
{
    /// <summary>填报中: the unit enters actuals; editable.</summary>
    Draft,
    /// <summary>已提交: frozen, waits for the department reviewer.</summary>
    Submitted,
    /// <summary>被退回: sent back with a note; editable in a new version.</summary>
    Returned,
    /// <summary>已确认: the department confirmed; the finance bureau may record its 复核 and publish.</summary>
    Confirmed,
    /// <summary>已公开: the finance bureau published the result; the public can read it.</summary>
    Published,
}

/// <summary>A step of the self-evaluation's workflow.</summary>
public enum EvaluationStep
{
    Submit,
    Confirm,
    Return,
    Publish,
}

public static class EvaluationStates
{
    public static string ToChinese(this EvaluationState state) => state switch
    {
        EvaluationState.Draft => "填报中",
        EvaluationState.Submitted => "已提交",
        EvaluationState.Returned => "被退回",
        EvaluationState.Confirmed => "已确认",
        _ => "已公开",
    };

    public static string ToChinese(this EvaluationStep step) => step switch
    {
        EvaluationStep.Submit => "提交",
        EvaluationStep.Confirm => "确认",
        EvaluationStep.Return => "退回",
        _ => "公开",
    };

    public static bool IsEditable(EvaluationState state) => state is EvaluationState.Draft or EvaluationState.Returned;

    /// <summary>The state a step leads to, or null when the step is not possible from <paramref name="state"/>.</summary>
    public static EvaluationState? Next(EvaluationState state, EvaluationStep step) => (state, step) switch
    {
        (EvaluationState.Draft or EvaluationState.Returned, EvaluationStep.Submit) => EvaluationState.Submitted,
        (EvaluationState.Submitted, EvaluationStep.Confirm) => EvaluationState.Confirmed,
        (EvaluationState.Submitted or EvaluationState.Confirmed, EvaluationStep.Return) => EvaluationState.Returned,
        (EvaluationState.Confirmed, EvaluationStep.Publish) => EvaluationState.Published,
        _ => null,
    };
}

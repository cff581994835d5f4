namespace Jixiao.Data.Monitoring;

/// <summary>Where a monitoring report is: the unit fills and submits (报送), the department confirms or returns.</summary>
public enum MonitoringState
{
    /// <summary>填报中: editable.</summary>
    Draft,
    /// <summary>已报送: frozen, waits for the department reviewer.</summary>
    Submitted,
    /// <summary>被退回: sent back with a note; editable in a new version.</summary>
    Returned,
    /// <summary>已确认: the department confirmed it.</summary>
    Confirmed,
}

/// <summary>A step of the monitoring report's workflow.</summary>
public enum MonitoringStep
{
    Submit,
    Confirm,
    Return,
}

public static class MonitoringStates
{
    public static string ToChinese(this MonitoringState state) => state switch
    {
        MonitoringState.Draft => "填报中",
        MonitoringState.Submitted => "已报送",
        MonitoringState.Returned => "被退回",
        _ => "已确认",
    };

    public static string ToChinese(this MonitoringStep step) => step switch
    {
        MonitoringStep.Submit => "报送",
        MonitoringStep.Confirm => "确认",
        _ => "退回",
    };

    public static bool IsEditable(MonitoringState state) => state is MonitoringState.Draft or MonitoringState.Returned;

    /// <summary>Submitted at least: the report counts as reported (not overdue).</summary>
    public static bool IsReported(MonitoringState state) => state is MonitoringState.Submitted or MonitoringState.Confirmed;

    public static MonitoringState? Next(MonitoringState state, MonitoringStep step) => (state, step) switch
    {
        (MonitoringState.Draft or MonitoringState.Returned, MonitoringStep.Submit) => MonitoringState.Submitted,
        (MonitoringState.Submitted, MonitoringStep.Confirm) => MonitoringState.Confirmed,
        (MonitoringState.Submitted, MonitoringStep.Return) => MonitoringState.Returned,
        _ => null,
    };
}

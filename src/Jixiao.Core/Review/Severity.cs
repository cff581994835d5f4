namespace Jixiao.Core.Review;

/// <summary>How serious a finding is (审核意见级别). Ordered: a larger value is more serious.</summary>
public enum Severity
{
    /// <summary>提示: worth a look.</summary>
    Info = 0,
    /// <summary>警告: should be fixed or explained.</summary>
    Warning = 1,
    /// <summary>错误: a reviewer would send it back (退回).</summary>
    Error = 2,
}

public static class Severities
{
    /// <summary>The FORMAT.md spelling: error / warning / info.</summary>
    public static string ToFormat(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>错误 / 警告 / 提示.</summary>
    public static string ToChinese(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>Reads error|warning|info (any case) or 错误|警告|提示; null for anything else.</summary>
    public static Severity? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "error" or "错误" => Severity.Error,
        "warning" or "警告" => Severity.Warning,
        "info" or "提示" => Severity.Info,
        _ => null,
    };
}

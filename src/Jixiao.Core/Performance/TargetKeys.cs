using Jixiao.Core.Model;

namespace Jixiao.Core.Performance;

/// <summary>
/// How to read the stable key of a target project and indicator, for matching a filled sheet by key. The model gets
/// such keys on another branch; until a caller passes them, <see cref="None"/> says no target has one, and matching
/// goes by 项目编码 and names. A key is compared only when both the target and the filled line have one.
/// </summary>
public sealed record TargetKeys(Func<Project, string?> Project, Func<Indicator, string?> Indicator)
{
    public static TargetKeys None { get; } = new(_ => null, _ => null);
}

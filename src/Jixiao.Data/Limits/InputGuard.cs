namespace Jixiao.Data.Limits;

/// <summary>
/// The input limits of one instance with what enforces them: the document and field checks, and the per-user import
/// gate (which counts across requests, hence one per process). Registered as a singleton by AddJixiaoData.
/// </summary>
public sealed class InputGuard(InputLimits limits)
{
    public InputLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    public DocumentLimits Documents { get; } = new(limits);

    public ImportGate Imports { get; } = new(limits);

    /// <summary>The defaults with a gate of its own (a store built by hand, as in tests, shares no gate with others).</summary>
    public static InputGuard CreateDefault() => new(InputLimits.Default);
}

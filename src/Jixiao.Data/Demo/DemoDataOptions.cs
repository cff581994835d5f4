namespace Jixiao.Data;

/// <summary>Demo settings: a fixed password for every demo user (<c>Jixiao:Demo:Password</c>, tests only), else random ones.</summary>
public sealed record DemoDataOptions(string? FixedPassword = null);

namespace Jixiao.Data;

/// <summary>Someone else saved the same thing first; nothing of this save was written (HTTP 409).</summary>
public sealed class ConcurrencyConflictException(string message) : JixiaoException(message);

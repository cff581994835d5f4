namespace Jixiao.Data;

/// <summary>The actor may see the thing but not do this to it (HTTP 403).</summary>
public sealed class AccessDeniedException(string message) : JixiaoException(message);

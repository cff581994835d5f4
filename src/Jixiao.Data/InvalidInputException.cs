namespace Jixiao.Data;

/// <summary>A request the store cannot understand, such as an unknown filter value (HTTP 422), as opposed to a workflow conflict.</summary>
public sealed class InvalidInputException(string message) : JixiaoException(message);

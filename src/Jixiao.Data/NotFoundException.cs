namespace Jixiao.Data;

/// <summary>
/// The id does not exist, or the actor may not even view it (HTTP 404): answering 403 there would tell
/// another unit that the document exists.
/// </summary>
public sealed class NotFoundException(string message) : JixiaoException(message);

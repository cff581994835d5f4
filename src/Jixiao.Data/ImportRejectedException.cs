namespace Jixiao.Data;

/// <summary>The file could not be read as a target document (HTTP 422); the message is the reader's.</summary>
public sealed class ImportRejectedException(string message) : JixiaoException(message);

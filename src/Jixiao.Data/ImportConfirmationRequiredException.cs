namespace Jixiao.Data;

/// <summary>
/// The import needs the user's confirmation first (HTTP 409): the file names another department than the unit it is
/// filed under. Sending the import again with the confirmation stores it.
/// </summary>
public sealed class ImportConfirmationRequiredException(string message) : JixiaoException(message);

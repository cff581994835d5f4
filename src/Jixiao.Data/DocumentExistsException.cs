namespace Jixiao.Data;

/// <summary>
/// A unit (or a department itself) already has a document for that year (HTTP 409): there is one document per unit and
/// year, and the message names it so the user can open it.
/// </summary>
public sealed class DocumentExistsException(string message, int existingDocumentId) : JixiaoException(message)
{
    public int ExistingDocumentId { get; } = existingDocumentId;
}

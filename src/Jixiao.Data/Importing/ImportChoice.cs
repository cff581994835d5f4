namespace Jixiao.Data.Importing;

/// <summary>What an import does when the unit already has a document for that year.</summary>
public enum ImportMode
{
    /// <summary>A new document; refused (<see cref="DocumentExistsException"/>) when the unit already has one for the year.</summary>
    New,
    /// <summary>替换草稿: the file's content replaces the current, editable version of the existing 草稿/被退回 document.</summary>
    ReplaceDraft,
    /// <summary>作为新版本: the existing current version is kept (frozen, in the version list) and the file becomes the next version.</summary>
    NewVersion,
}

/// <summary>
/// The user's answers to the import checks: what to do with an existing document, and that a department name in the
/// file that differs from the chosen unit was seen and confirmed (导入到所选单位).
/// </summary>
public sealed record ImportChoice(ImportMode Mode = ImportMode.New, bool NameConfirmed = false)
{
    public static readonly ImportChoice Default = new();
}

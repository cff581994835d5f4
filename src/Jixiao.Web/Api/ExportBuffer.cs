namespace Jixiao.Web.Api;

/// <summary>
/// Where an export is written before it is sent: a temporary file, deleted when the stream is closed (also when the
/// process ends before), so that a large document's Word or PDF file is not held in memory.
/// </summary>
internal static class ExportBuffer
{
    public static FileStream Create() =>
        new(Path.Combine(Path.GetTempPath(), "jixiao-export-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}

using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>Reads a file for any verb; every failure becomes one Chinese line on stderr, never a stack trace.</summary>
internal static class FileImport
{
    /// <summary>Files larger than this are refused before reading: no target document comes near it.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly DocumentImporter Importer = DocumentImporter.CreateDefault();

    public static ImportResult? TryImport(FileInfo file, TextWriter error)
    {
        try
        {
            if (!file.Exists)
            {
                error.WriteLine($"错误：找不到文件“{file.FullName}”。");
                return null;
            }
            if (file.Length > MaxBytes)
            {
                error.WriteLine($"错误：文件“{file.Name}”有 {file.Length / (1024 * 1024)} MB，超过 {MaxBytes / (1024 * 1024)} MB 的上限，未导入。");
                return null;
            }
            var bytes = File.ReadAllBytes(file.FullName);
            return Importer.Import(file.Name, bytes);
        }
        catch (DocumentReadException ex)
        {
            error.WriteLine($"错误：{ex.Message}");
            return null;
        }
        catch (IOException ex)
        {
            error.WriteLine($"错误：无法读取文件“{file.Name}”：{ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            error.WriteLine($"错误：没有权限读取文件“{file.Name}”。");
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader bug must still end in one readable line, not a stack trace; the type helps a bug report.
            error.WriteLine($"错误：读取文件“{file.Name}”时出现意外问题（{ex.GetType().Name}：{ex.Message}）。文件未导入，请将此文件报告给开发者。");
            return null;
        }
    }
}

using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Reads a filled sheet (ACTUALS of <c>evaluate</c>, PROGRESS of <c>monitor</c>) for a verb; every failure becomes one
/// Chinese line on stderr, never a stack trace, and the caller exits 2.
/// </summary>
internal static class SheetFile
{
    public static T? TryRead<T>(FileInfo file, string what, Func<string, T> read, TextWriter error) where T : class
    {
        try
        {
            if (!file.Exists)
            {
                error.WriteLine($"错误：找不到{what}文件“{file.FullName}”。");
                return null;
            }
            if (file.Length > FileImport.MaxBytes)
            {
                error.WriteLine($"错误：{what}文件“{file.Name}”超过 {FileImport.MaxBytes / (1024 * 1024)} MB 的上限，未读取。");
                return null;
            }
            var text = File.ReadAllText(file.FullName);
            if (!text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'))
            {
                error.WriteLine($"错误：{what}文件“{file.Name}”不是 JSON。目前{what}只能是 JSON（格式见 FORMAT.md），可先用 --template 生成预填好的模板再填写。");
                return null;
            }
            return read(text);
        }
        catch (DocumentReadException ex)
        {
            error.WriteLine($"错误：{what}文件“{file.Name}”：{ex.Message}");
            return null;
        }
        catch (IOException ex)
        {
            error.WriteLine($"错误：无法读取{what}文件“{file.Name}”：{ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            error.WriteLine($"错误：没有权限读取{what}文件“{file.Name}”。");
            return null;
        }
    }
}

using System.Text;
using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Reads a filled sheet (ACTUALS of <c>evaluate</c>, PROGRESS of <c>monitor</c>) for a verb; every failure becomes one
/// Chinese line on stderr, never a stack trace, and the caller exits 2.
/// </summary>
internal static class SheetFile
{
    public static T? TryRead<T>(FileInfo file, string what, Func<string, byte[], T> read, TextWriter error) where T : class
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
            return read(file.Name, File.ReadAllBytes(file.FullName));
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
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"错误：读取{what}文件“{file.Name}”时出现意外问题（{ex.GetType().Name}：{ex.Message}）。请将此文件报告给开发者。");
            return null;
        }
    }

    /// <summary>True when the bytes are JSON text (an object), after a byte-order mark and whitespace.</summary>
    public static bool IsJson(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        foreach (var b in span)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'{';
        }
        return false;
    }

    public static string Utf8(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    /// <summary>Refuses what is not JSON, saying what to do instead.</summary>
    public static string JsonOnly(string what, string fileName, byte[] bytes) =>
        IsJson(bytes)
            ? Utf8(bytes)
            : throw new DocumentReadException($"不是 JSON。目前{what}只能是 JSON（格式见 FORMAT.md），可先用 --template 生成预填好的模板再填写。");
}

using UglyToad.PdfPig.Exceptions;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Turns whatever PdfPig throws on a damaged file into a <see cref="DocumentReadException"/> whose Chinese message
/// says which file and which page, so a damaged PDF is refused, never a crash.
/// </summary>
internal static class PdfFailures
{
    public static string Encrypted(string fileName) =>
        $"PDF 文件“{fileName}”已加密，需要密码才能打开，无法读取其中的文字。请用设置密码的软件去除密码（或另存为未加密的 PDF）后再导入。";

    public static string Damaged(string fileName, int page, string detail) => page > 0
        ? $"PDF 文件“{fileName}”第 {page} 页已损坏，无法读取（{detail}）。请用 PDF 阅读器打开后另存一份，或改用 Word/Excel 原件导入。"
        : $"PDF 文件“{fileName}”已损坏或不完整，无法读取（{detail}）。请确认文件下载完整，或用 PDF 阅读器打开后另存一份再导入。";

    public static T Guard<T>(string fileName, int page, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentReadException(Encrypted(fileName));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not InsufficientExecutionStackException)
        {
            throw new DocumentReadException(Damaged(fileName, page, Detail(ex)));
        }
        catch (InsufficientExecutionStackException)
        {
            throw new DocumentReadException(Damaged(fileName, page, "对象嵌套过深"));
        }
    }

    /// <summary>A short technical detail for support; PdfPig messages are English and sometimes very long.</summary>
    private static string Detail(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ");
        if (message.Length > 120) message = message[..120] + "…";
        return $"{ex.GetType().Name}: {message}";
    }
}

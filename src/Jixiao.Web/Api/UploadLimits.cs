namespace Jixiao.Web.Api;

/// <summary>
/// The largest file an import accepts (<c>Jixiao:Upload:MaxMegabytes</c>, default 64). Published target documents
/// are a few MB even as scanned PDF; the limit keeps one upload from filling memory, since the file is read whole.
/// </summary>
public sealed record UploadLimits(long MaxFileBytes)
{
    public const int DefaultMegabytes = 64;

    /// <summary>Room for the multipart boundaries and the other form fields around the file.</summary>
    public long MaxRequestBytes => MaxFileBytes + 1024 * 1024;

    public int Megabytes => (int)(MaxFileBytes / (1024 * 1024));

    public static UploadLimits From(IConfiguration config) =>
        new(Math.Max(1, config.GetValue("Jixiao:Upload:MaxMegabytes", DefaultMegabytes)) * 1024L * 1024L);

    public string TooLargeMessage => $"上传的文件超过 {Megabytes} MB 的上限，未导入。请拆分文件或压缩其中的图片后重试。";
}

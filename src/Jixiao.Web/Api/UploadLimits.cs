namespace Jixiao.Web.Api;

/// <summary>
/// The largest file an import accepts (<c>Jixiao:Upload:MaxMegabytes</c>, default 64). Published target documents
/// are a few MB even as scanned PDF; the limit keeps one upload from filling memory, since the file is read whole.
/// </summary>
public sealed record UploadLimits(long MaxFileBytes)
{
    public const int DefaultMegabytes = 64;

    /// <summary>
    /// The largest JSON body of every other API call (<c>Jixiao:Limits:JsonBodyKilobytes</c>, default 256 KB): an
    /// indicator edit at the longest allowed texts is under 100 KB, so a 30 MB description is refused before it is parsed.
    /// </summary>
    public const int DefaultJsonBodyKilobytes = 256;

    public long MaxJsonBodyBytes { get; init; } = DefaultJsonBodyKilobytes * 1024L;

    /// <summary>Room for the multipart boundaries and the other form fields around the file.</summary>
    public long MaxRequestBytes => MaxFileBytes + 1024 * 1024;

    public int Megabytes => (int)(MaxFileBytes / (1024 * 1024));

    public static UploadLimits From(IConfiguration config) =>
        new(Math.Max(1, config.GetValue("Jixiao:Upload:MaxMegabytes", DefaultMegabytes)) * 1024L * 1024L)
        {
            MaxJsonBodyBytes = Math.Max(16, config.GetValue("Jixiao:Limits:JsonBodyKilobytes", DefaultJsonBodyKilobytes)) * 1024L,
        };

    public string TooLargeMessage => $"上传的文件超过 {Megabytes} MB 的上限，未导入。请拆分文件或压缩其中的图片后重试。";
}

using System.IO.Compression;
using System.Xml;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// An Office Open XML package (the zip inside .docx and .xlsx) opened for reading with its size limits checked
/// before any part is inflated (<see cref="ZipLimits"/>). Parts are read as streams, never unpacked whole, and
/// every damage the zip or XML layer reports becomes a <see cref="DocumentReadException"/> naming the file and part.
/// </summary>
internal sealed class OfficePackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    public string FileName { get; }

    /// <summary>What the user would call the file (“Word 文件”), for messages.</summary>
    public string Kind { get; }

    private OfficePackage(string fileName, string kind, ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries)
    {
        FileName = fileName;
        Kind = kind;
        _zip = zip;
        _entries = entries;
    }

    public static OfficePackage Open(string fileName, string kind, ReadOnlyMemory<byte> bytes, ZipLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(AsStream(bytes), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException($"{kind}“{fileName}”已损坏，无法打开（压缩包目录不完整，可能是下载或复制时被截断）。请重新保存或重新获取该文件后再导入。");
        }
        try
        {
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            var count = 0;
            foreach (var entry in zip.Entries)
            {
                if (++count > limits.MaxEntries)
                    throw new DocumentReadException($"{kind}“{fileName}”包含超过 {limits.MaxEntries} 个内部部件，不像正常的 Office 文件，已拒绝导入。");
                total += entry.Length;
                if (entry.Length > limits.MaxEntryUncompressedBytes || total > limits.MaxTotalUncompressedBytes)
                    throw new DocumentReadException($"{kind}“{fileName}”解压后过大（读到部件“{entry.FullName}”时已达 {Megabytes(Math.Max(total, entry.Length))} MB，上限为单个部件 {Megabytes(limits.MaxEntryUncompressedBytes)} MB、合计 {Megabytes(limits.MaxTotalUncompressedBytes)} MB），可能是恶意构造的压缩包，已拒绝导入。");
                if (entry.Length > ZipLimits.RatioFloorBytes && entry.Length > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
                    throw new DocumentReadException($"{kind}“{fileName}”的部件“{entry.FullName}”压缩比异常（{entry.CompressedLength} 字节解压为 {entry.Length} 字节），可能是恶意构造的压缩包，已拒绝导入。");
                entries[Normalize(entry.FullName)] = entry;
            }
            return new OfficePackage(fileName, kind, zip, entries);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // The central directory is read lazily, on the first look at the entries: its damage surfaces here.
            zip.Dispose();
            throw new DocumentReadException($"{kind}“{fileName}”已损坏，无法打开（压缩包目录与内容不一致）。请重新保存或重新获取该文件后再导入。");
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public bool Has(string partName) => _entries.ContainsKey(Normalize(partName));

    /// <summary>An XML reader over one part, or null when the package has no such part.</summary>
    public XmlReader? OpenXml(string partName)
    {
        if (!_entries.TryGetValue(Normalize(partName), out var entry)) return null;
        Stream stream;
        try
        {
            stream = new BoundedStream(entry.Open(), entry.Length, this, entry.FullName);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw Damaged(entry.FullName);
        }
        return XmlReader.Create(stream, XmlSettings);
    }

    /// <summary>Runs <paramref name="read"/> and turns the zip and XML layers' exceptions into one Chinese message about <paramref name="partName"/>.</summary>
    public T Guard<T>(string partName, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException($"{Kind}“{FileName}”的部件“{partName}”第 {ex.LineNumber} 行第 {ex.LinePosition} 列的 XML 已损坏，无法读取。请用 Office/WPS 打开后重新保存再导入。");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or FormatException or OverflowException)
        {
            throw Damaged(partName);
        }
    }

    public DocumentReadException Damaged(string partName) =>
        new($"{Kind}“{FileName}”的部件“{partName}”已损坏（解压失败或内容不完整），无法读取。请用 Office/WPS 打开后重新保存再导入。");

    /// <summary>The part a relationship of <paramref name="sourcePart"/> (e.g. "word/document.xml") points to, resolved to a package path.</summary>
    public static string Resolve(string sourcePart, string target)
    {
        if (target.StartsWith('/')) return target.TrimStart('/');
        var slash = sourcePart.LastIndexOf('/');
        var stack = new List<string>(slash < 0 ? [] : sourcePart[..slash].Split('/'));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..") { if (stack.Count > 0) stack.RemoveAt(stack.Count - 1); }
            else if (segment != "." && segment.Length > 0) stack.Add(segment);
        }
        return string.Join('/', stack);
    }

    /// <summary>Relationship id → target part, read from the part's _rels file (empty when it has none).</summary>
    public Dictionary<string, (string Type, string Target)> Relationships(string sourcePart)
    {
        var slash = sourcePart.LastIndexOf('/');
        var relsPart = slash < 0 ? "_rels/" + sourcePart + ".rels" : sourcePart[..(slash + 1)] + "_rels/" + sourcePart[(slash + 1)..] + ".rels";
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        return Guard(relsPart, () =>
        {
            using var reader = OpenXml(relsPart);
            if (reader is null) return result;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
                var id = reader.GetAttribute("Id");
                var target = reader.GetAttribute("Target");
                var type = reader.GetAttribute("Type") ?? "";
                if (id is null || target is null || reader.GetAttribute("TargetMode") == "External") continue;
                result[id] = (type, Resolve(sourcePart, Uri.UnescapeDataString(target)));
            }
            return result;
        });
    }

    /// <summary>The package's main part (the officeDocument relationship of the package), or <paramref name="fallback"/>.</summary>
    public string MainPart(string fallback)
    {
        foreach (var (type, target) in Relationships("").Values)
            if (type.EndsWith("/officeDocument", StringComparison.Ordinal) && Has(target)) return target;
        return fallback;
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>A read-only stream over the bytes without copying them when they live in an array (the usual case).</summary>
    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static string Normalize(string name) => name.Replace('\\', '/').TrimStart('/');

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);

    public void Dispose() => _zip.Dispose();

    /// <summary>
    /// Stops a part that inflates to more than its directory entry declared: the declared sizes were checked
    /// against the limits, so a lying entry is the only way past them.
    /// </summary>
    private sealed class BoundedStream(Stream inner, long declared, OfficePackage package, string partName) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        private int Count(int n)
        {
            _read += n;
            if (_read > declared)
                throw new DocumentReadException($"{package.Kind}“{package.FileName}”的部件“{partName}”解压后比压缩包目录声明的大小更大，可能是恶意构造的压缩包，已拒绝导入。");
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

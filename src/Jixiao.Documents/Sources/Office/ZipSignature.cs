namespace Jixiao.Documents.Sources.Office;

/// <summary>Cheap checks on the raw bytes of a zip container (Office Open XML packages are zips).</summary>
internal static class ZipSignature
{
    /// <summary>A local file header (PK\3\4) or, for an empty archive, the end-of-directory record (PK\5\6).</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8);

    /// <summary>
    /// True when a part name occurs in the archive's headers. Names are stored in the clear in both the local headers
    /// and the central directory, so this finds them even in an archive whose directory was cut off.
    /// </summary>
    public static bool NamesPart(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> partName) => bytes.IndexOf(partName) >= 0;
}

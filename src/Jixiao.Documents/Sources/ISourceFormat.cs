using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources;

/// <summary>
/// A file format Jixiao can turn into <see cref="SourceText"/> (plain text, .docx, .xlsx, .pdf …). Formats are
/// recognised from the bytes (magic numbers, package parts), never from the file name, because users rename files.
/// Every layout reader then works on the same lines whatever the file was, so the same content gives the same model.
/// </summary>
public interface ISourceFormat
{
    /// <summary>Short name shown in the import summary, e.g. "docx".</summary>
    string Name { get; }

    /// <summary>True when these bytes are this format. Must be cheap: it looks at the head or the zip directory only.</summary>
    bool Recognizes(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Extracts the lines. Throws <see cref="DocumentReadException"/> with a Chinese message saying where and what
    /// when the file is damaged, encrypted, too large when unpacked, or has no text layer.
    /// </summary>
    SourceText Read(string fileName, ReadOnlyMemory<byte> bytes);
}

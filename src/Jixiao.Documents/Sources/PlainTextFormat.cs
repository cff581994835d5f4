using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources;

/// <summary>Plain text (UTF-8, UTF-16, GB18030): the fallback when no container format recognises the bytes.</summary>
public sealed class PlainTextFormat : ISourceFormat
{
    public string Name => "text";

    public bool Recognizes(ReadOnlySpan<byte> bytes) => true;

    public SourceText Read(string fileName, ReadOnlyMemory<byte> bytes) => SourceText.FromBytes(fileName, bytes.Span);
}

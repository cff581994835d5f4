using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts;

/// <summary>
/// A reader for one family of published layouts. Detection looks at the content only, never at the file
/// name: each reader scores how sure it is that the text is in its layout, and the importer picks the best.
/// </summary>
public interface ILayoutReader
{
    /// <summary>The layout's name as recorded in <c>source.layout</c>.</summary>
    string Name { get; }

    /// <summary>0 (certainly not this layout) to 1 (certainly this layout).</summary>
    double Detect(SourceText text);

    /// <summary>Reads the whole document. Rows it cannot place go to <paramref name="context"/>, never silently dropped.</summary>
    TargetDocument Read(SourceText text, ReadContext context);
}

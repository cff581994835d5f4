namespace Jixiao.Documents.Layouts;

/// <summary>A row of the source a reader could not place in the model, with its line number and why.</summary>
public sealed record UnplacedRow(int Line, string Text, string Reason);

/// <summary>What a reader reports besides the document: rows it could not place.</summary>
public sealed class ReadContext
{
    private readonly List<UnplacedRow> _unplaced = [];

    public IReadOnlyList<UnplacedRow> Unplaced => _unplaced;

    public void Unplace(int line, string text, string reason) => _unplaced.Add(new UnplacedRow(line, text, reason));
}

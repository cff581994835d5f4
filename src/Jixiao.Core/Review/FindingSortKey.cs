namespace Jixiao.Core.Review;

/// <summary>
/// Orders findings as the document reads: by source line where the model has one; otherwise the
/// document as a whole first, then the department-wide target, the projects in order, the budget tables.
/// Findings on one place keep the order of the rules.
/// </summary>
internal readonly record struct FindingSortKey(int Line, int Section, int Major, int Minor, int Row) : IComparable<FindingSortKey>
{
    public static FindingSortKey For(FindingLocation where, ReviewContext context)
    {
        if (where.Table is not null)
        {
            var index = 0;
            var tables = context.Document.BudgetTables;
            for (var i = 0; i < tables.Count; i++)
                if (tables[i].Title == where.Table) { index = i + 1; break; }
            var line = where.SourceLine > 0 ? where.SourceLine : index > 0 ? tables[index - 1].SourceLine : 0;
            return new FindingSortKey(line, 3, index, where.Row ?? 0, 0);
        }
        if (where.Project is { } p)
        {
            var line = where.SourceLine;
            if (line == 0 && p > 0 && p <= context.Document.Projects.Count) line = context.Document.Projects[p - 1].SourceLine;
            return new FindingSortKey(line, p == 0 ? 1 : 2, p, where.Indicator ?? 0, 0);
        }
        // The document as a whole (line 0) first; the disclosure text by its line.
        return new FindingSortKey(where.SourceLine, 0, 0, 0, 0);
    }

    public int CompareTo(FindingSortKey other)
    {
        var c = Line.CompareTo(other.Line);
        if (c != 0) return c;
        c = Section.CompareTo(other.Section);
        if (c != 0) return c;
        c = Major.CompareTo(other.Major);
        if (c != 0) return c;
        c = Minor.CompareTo(other.Minor);
        return c != 0 ? c : Row.CompareTo(other.Row);
    }
}

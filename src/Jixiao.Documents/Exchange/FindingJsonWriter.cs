using System.Text.Json;
using Jixiao.Core.Review;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Writes review findings in the FORMAT.md shape. Two keys beyond the documented ones carry what acceptance
/// needs: <c>fingerprint</c> (the content the finding is about) and <c>accepted</c> (reason, who, when, or null).
/// </summary>
public static class FindingJsonWriter
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<Finding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.RuleId);
            w.WriteString("severity", f.Severity.ToFormat());
            w.WriteStartObject("where");
            var l = f.Where;
            if (l.Table is not null)
            {
                w.WriteString("table", l.Table);
                if (l.Row is int r) w.WriteNumber("row", r);
                if (l.Column is not null) w.WriteString("column", l.Column);
                if (l.Code is not null) w.WriteString("code", l.Code);
            }
            else
            {
                if (l.Project is int p) w.WriteNumber("project", p);
                if (l.Indicator is int i) w.WriteNumber("indicator", i);
                if (l.Field is not null) w.WriteString("field", l.Field);
                if (l.Code is not null) w.WriteString("code", l.Code);
            }
            if (l.SourceLine > 0) w.WriteNumber("line", l.SourceLine);
            // The disclosure text: the last line of a sentence broken over lines or pages, and the words concerned.
            if (l.EndLine > l.SourceLine) w.WriteNumber("endLine", l.EndLine);
            if (l.Quote is not null) w.WriteString("quote", l.Quote);
            w.WriteEndObject();
            Nullable(w, "expected", f.Expected);
            Nullable(w, "actual", f.Actual);
            w.WriteString("message", f.Message);
            w.WriteString("basis", f.Basis);
            Nullable(w, "suggestion", f.Suggestion);
            w.WriteString("fingerprint", f.Fingerprint);
            if (f.Accepted is null) w.WriteNull("accepted");
            else
            {
                w.WriteStartObject("accepted");
                w.WriteString("reason", f.Accepted.Reason);
                w.WriteString("by", f.Accepted.AcceptedBy);
                w.WriteString("at", f.Accepted.AcceptedAt);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) w.WriteNull(name); else w.WriteString(name, value);
    }
}

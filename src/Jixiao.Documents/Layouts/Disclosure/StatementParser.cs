using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// Reads the figures a paragraph of the explanation states. A paragraph is cut into sentences (。；！？) and
/// clauses (，、：); each amount (…万元, …元) gets its subject from the words between the previous amount and it
/// (<see cref="StatementSubjects"/>, <see cref="ClassificationName"/>); a clause comparing with a year (比上年增加X万元，
/// 增长Y%; 与2023年预算持平; 同比减少…) is the change of the figure before it in the same sentence; a clause stating last
/// year's figure (2023年当年预算执行数为54.60万元) is the base of the figure after it. A figure with no subject of its own
/// continues the one before (…2024年预算安排53.84万元，比2023年预算执行数减少1.39%) or takes the heading's (（一）因公出国（境）经费 /
/// 2026年预算安排7.05万元). A change stated with no figure of its own (基本支出减少117.88万元) is not a statement.
/// </summary>
internal static partial class StatementParser
{
    public static List<ExplanationStatement> Parse(JoinedParagraph paragraph, int? fiscalYear, string? heading)
    {
        var text = paragraph.Text;
        var result = new List<ExplanationStatement>();
        foreach (var (start, end) in Pieces(text, 0, text.Length, SentenceEnds))
            ReadSentence(paragraph, text, start, end, fiscalYear, heading, result);
        return result;
    }

    private static void ReadSentence(JoinedParagraph paragraph, string text, int start, int end, int? fiscalYear, string? heading, List<ExplanationStatement> result)
    {
        var quote = text[start..end].Trim();
        if (quote.Length == 0) return;
        var firstLine = paragraph.LineAt(start);
        var lastLine = paragraph.LineAt(Math.Max(start, end - 1));
        var sentenceFirst = result.Count;
        var previousEnd = start;
        var changeOpen = false;
        WrittenDecimal? lastYear = null;
        var unreadInSentence = false;
        foreach (var (s, e) in Pieces(text, start, end, ClauseEnds))
        {
            var clause = text[s..e];
            if (IsChange(clause) || (changeOpen && StartsWithDirection(clause)))
            {
                changeOpen = true;
                if (result.Count > sentenceFirst) result[^1] = WithChange(result[^1], clause);
                previousEnd = e;
                continue;
            }
            changeOpen = false;
            if (LastYearFigure(clause, fiscalYear) is { } before)
            {
                lastYear = before;
                previousEnd = e;
                continue;
            }
            foreach (Match m in Amount().Matches(text, s))
            {
                if (m.Index >= e) break;
                var prefix = text[previousEnd..m.Index];
                previousEnd = m.Index + m.Length;
                if (DirectionRight().IsMatch(prefix)) continue; // 基本支出减少117.88万元: a change with no figure of its own
                if (WrittenDecimal.TryParse(m.Groups["num"].Value) is not { } amount) continue;
                var unit = m.Groups["unit"].Value == "万元" ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan;
                var statement = Subject(prefix, amount, unit, quote, firstLine, lastLine, result, sentenceFirst, lastYear is not null, heading,
                    text[start..m.Index], unreadInSentence || (result.Count > sentenceFirst && !IsTotal(result[^1].Subject)));
                if (statement is null)
                {
                    unreadInSentence = true;
                    continue;
                }
                if (!IsPart(prefix)) unreadInSentence = false;
                if (lastYear is { } ly)
                {
                    statement = statement with { LastYear = ly };
                    lastYear = null;
                }
                // The same figure said again to compare it (…53.84万元，主要用于…。…2024年预算安排53.84万元，比…): one statement.
                if (result.Count > 0 && statement.Subject == result[^1].Subject && statement.ItemName == result[^1].ItemName
                    && statement.Code == result[^1].Code && statement.Amount.Value == result[^1].Amount.Value && result.Count <= sentenceFirst)
                {
                    result[^1] = result[^1] with { LastYear = statement.LastYear ?? result[^1].LastYear, LastLine = lastLine, Quote = result[^1].Quote + quote };
                    sentenceFirst = result.Count - 1;
                }
                else result.Add(statement);
            }
        }
    }

    private static ExplanationStatement? Subject(string prefix, WrittenDecimal amount, MoneyUnit unit, string quote, int firstLine, int lastLine,
        List<ExplanationStatement> result, int sentenceFirst, bool hasLastYear, string? heading, string sentenceBefore, bool partOfUnread)
    {
        var flow = StatementSubjects.FlowOf(prefix);
        if (ClassificationName.AtEndOf(prefix) is { } item)
            return new ExplanationStatement
            {
                Subject = StatementSubject.ClassificationItem, Code = item.Code, ItemName = item.ItemName, ClassName = item.ClassName,
                SectionName = item.SectionName, Amount = amount, Unit = unit, Quote = quote, FirstLine = firstLine, LastLine = lastLine,
                Flow = StatementFlow.Expenditure,
            };
        if (StatementSubjects.Find(prefix) is { } found)
        {
            // A figure whose words name something else than the subject's own figure (行政运行（项）支出, 拟采购货物支出,
            // 预算资金…) is not a statement about it; nor is a part (其中…) of a figure that was not one.
            if (!StatementSubjects.NamesOwnFigure(prefix, found.Subject, found.Start, found.End)) return null;
            if (partOfUnread && IsPart(prefix)) return null;
            return new ExplanationStatement
            {
                Subject = found.Subject, Amount = amount, Unit = unit, Quote = quote, FirstLine = firstLine, LastLine = lastLine,
                Flow = flow != StatementFlow.Unknown ? flow : result.Count > sentenceFirst ? result[^1].Flow : StatementFlow.Unknown,
                Scope = StatementSubjects.ScopeOf(sentenceBefore),
            };
        }
        // No subject of its own: it goes on with the figure before (a comparison sentence: 2024年预算安排53.84万元) or takes
        // the heading's subject; a figure with words of its own (上年实户资金余额98.18万元) does not take another's subject.
        if (!hasLastYear && !YearOnly().IsMatch(prefix) && !StatementSubjects.FunctionWordsOnly(prefix)) return null;
        if (result.Count > 0 && (hasLastYear || result.Count > sentenceFirst || YearOnly().IsMatch(prefix)))
            return result[^1] with { Amount = amount, Unit = unit, Quote = quote, FirstLine = firstLine, LastLine = lastLine, LastYear = null,
                ChangeAmount = null, ChangePercent = null, ComparedYear = null, Direction = ChangeDirection.None };
        if (heading is not null && StatementSubjects.Of(heading) is { } fromHeading && result.Count == 0)
            return new ExplanationStatement
            {
                Subject = fromHeading, Amount = amount, Unit = unit, Quote = quote, FirstLine = firstLine, LastLine = lastLine,
                Flow = StatementSubjects.FlowOf(heading),
            };
        return null;
    }

    /// <summary>其中… / 包括…: the figure is a part of the one before it.</summary>
    private static bool IsPart(string prefix) => PartWord().IsMatch(prefix);

    /// <summary>Figures whose parts (其中…) are themselves the department's figures.</summary>
    private static bool IsTotal(StatementSubject s) => s is StatementSubject.IncomeTotal or StatementSubject.ExpenditureTotal
        or StatementSubject.BudgetTotal or StatementSubject.FiscalAppropriation or StatementSubject.GeneralBudget or StatementSubject.Basic
        or StatementSubject.ThreeCosts or StatementSubject.Car;

    [GeneratedRegex(@"其中|包括")]
    private static partial Regex PartWord();

    private static ExplanationStatement WithChange(ExplanationStatement s, string clause)
    {
        var direction = DirectionOf(clause);
        var year = ComparedYear().Match(clause);
        var from = Math.Max(0, DirectionAt(clause));
        var amount = Amount().Match(clause, from);
        var percent = Percent().Match(clause, from);
        return s with
        {
            Direction = s.Direction == ChangeDirection.None ? direction : s.Direction,
            ComparedYear = s.ComparedYear ?? (year.Success ? int.Parse(year.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null),
            // 与2024年预算一致0万元: after 持平/一致 a figure is last year's, not a change.
            ChangeAmount = s.ChangeAmount ?? (amount.Success && direction != ChangeDirection.Flat ? WrittenDecimal.TryParse(amount.Groups["num"].Value) : null),
            ChangePercent = s.ChangePercent ?? (percent.Success ? WrittenDecimal.TryParse(percent.Groups["num"].Value) : null),
        };
    }

    /// <summary>Last year's figure stated for comparison: 2023年（当年）预算执行数为54.60万元, 上年预算数为….</summary>
    private static WrittenDecimal? LastYearFigure(string clause, int? fiscalYear)
    {
        var m = LastYearClause().Match(clause);
        if (!m.Success) return null;
        if (m.Groups["year"].Success && fiscalYear is { } fy && int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) >= fy) return null;
        if (!m.Groups["year"].Success && !m.Value.Contains('上')) return null;
        var amount = Amount().Match(clause, m.Index);
        return amount.Success ? WrittenDecimal.TryParse(amount.Groups["num"].Value) : null;
    }

    private static bool IsChange(string clause) => Comparison().IsMatch(clause);

    private static bool StartsWithDirection(string clause) => DirectionLeft().IsMatch(clause);

    private static int DirectionAt(string clause)
    {
        var m = Direction().Match(clause);
        return m.Success ? m.Index : -1;
    }

    public static ChangeDirection DirectionOf(string clause)
    {
        var m = Direction().Match(clause);
        if (!m.Success) return ChangeDirection.None;
        return m.Value switch
        {
            "增加" or "增长" or "上升" or "提高" or "多" => ChangeDirection.Increase,
            "减少" or "下降" or "降低" or "减" or "少" => ChangeDirection.Decrease,
            _ => ChangeDirection.Flat,
        };
    }

    /// <summary>(start, end) of each piece between separators, the separator kept with the piece before it.</summary>
    private static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end, System.Buffers.SearchValues<char> separators)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            if (!separators.Contains(text[i])) continue;
            // A decimal point is not a sentence end; 。 and ； always are.
            yield return (s, i + 1);
            s = i + 1;
        }
        if (s < end) yield return (s, end);
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。；;！？!?");
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,、：:");

    [GeneratedRegex(@"(?<![\d.,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>万元|元)")]
    internal static partial Regex Amount();

    [GeneratedRegex(@"(?<num>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(比|较)\s*(上年|上一年|去年|同期|(\d{4})\s*年)|与\s*(上年|上一年|去年|\d{4}\s*年)[^，,；;。]*?(相比|相较|比较|持平|一致|相同|基本持平)|同比")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"(比|较|与)\s*(?<year>\d{4})\s*年")]
    private static partial Regex ComparedYear();

    [GeneratedRegex(@"增加|增长|上升|提高|减少|下降|降低|持平|无增减|一致|不变|相同")]
    private static partial Regex Direction();

    [GeneratedRegex(@"^\s*(增加|增长|上升|提高|减少|下降|降低|增幅|降幅)")]
    private static partial Regex DirectionLeft();

    [GeneratedRegex(@"(增加|增长|减少|下降|降低|上升|提高)\s*$")]
    private static partial Regex DirectionRight();

    [GeneratedRegex(@"((?<year>\d{4})\s*年|上年|上一年度?)[^，,；;。]{0,8}?(执行数|预算数|决算数|预算)")]
    private static partial Regex LastYearClause();

    [GeneratedRegex(@"^\s*\d{4}\s*年\s*(预算|度)?\s*(安排|预算数?为?|为)?\s*$")]
    private static partial Regex YearOnly();
}

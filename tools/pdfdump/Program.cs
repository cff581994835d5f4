using System.Globalization;
using System.Text;
using Jixiao.Documents;
using Jixiao.Documents.Sources.Pdf;

// Prints each line the PDF reader extracts as  page|top|text  (tabs between cells shown as ⇥), the input the layout
// readers get. Options: --box prints page|left,bottom,right,top|text instead (points, origin bottom-left).
var box = args.Contains("--box");
// --grid prints the neutral model instead: each table with its kind (by its own headers) and its cells r,c(+spans).
var grid = args.Contains("--grid");
// --compare prints, per project, what the layout reader and the neutral-model reader read (name, total, indicators,
// weight sum), one line each, "=" where they agree.
var compare = args.Contains("--compare");
var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine("用法：dotnet run --project tools/pdfdump -c Release -- [--box] 文件.pdf …");
    return 2;
}
Console.OutputEncoding = Encoding.UTF8;
var format = new PdfFormat();
var exit = 0;
foreach (var file in files)
{
    try
    {
        var bytes = File.ReadAllBytes(file);
        if (!format.Recognizes(bytes))
        {
            Console.Error.WriteLine($"{file}：不是 PDF 文件。");
            exit = 1;
            continue;
        }
        var text = format.Read(Path.GetFileName(file), bytes);
        var output = new StringBuilder();
        if (compare)
        {
            var layout = DocumentImporter.CreateDefault().Import(text).Document.Projects;
            var fromGrid = Jixiao.Documents.Grid.GridAssembly.Default.ReadProjects(text);
            static string Sum(Jixiao.Core.Model.Project p) =>
                $"{p.Name}|{p.Budget.Total?.Text}|{p.Budget.Fiscal?.Text}|{p.Budget.Other?.Text}|{p.Indicators.Count}|{p.Indicators.Sum(i => i.Weight?.Value ?? 0m)}|{string.Join("/", p.Indicators.Select(i => i.Level1 + ">" + i.Level2 + ">" + i.Name + "=" + i.Value))}|{string.Join("/", p.Goals)}";
            var a = layout.Select(Sum).ToList();
            var b = fromGrid.Select(Sum).ToList();
            var same = a.SequenceEqual(b);
            output.Append($"{Path.GetFileName(file)}: layout {a.Count} grid {b.Count} {(same ? "SAME" : "DIFF")}\n");
            if (!same)
                for (var i = 0; i < Math.Max(layout.Count, fromGrid.Count); i++)
                {
                    var x = i < layout.Count ? layout[i] : null;
                    var y = i < fromGrid.Count ? fromGrid[i] : null;
                    if (x is not null && y is not null && Sum(x) == Sum(y)) continue;
                    output.Append($"  #{i + 1} L {x?.Name ?? "—"} | G {y?.Name ?? "—"}\n");
                    if (x is null || y is null) continue;
                    foreach (var line in Differences(x, y)) output.Append("     ").Append(line).Append('\n');
                }
            Console.Write(output.ToString());
            continue;
        }
        if (grid && text.Grid is { } g)
        {
            var n = 0;
            foreach (var block in g.Blocks)
            {
                if (block is Jixiao.Documents.Grid.GridParagraph p) { output.Append(p.Page).Append("|¶ ").Append(p.Text).Append('\n'); continue; }
                var t = (Jixiao.Documents.Grid.GridTable)block;
                var c = Jixiao.Documents.Grid.TableClassifier.Default.Classify(g, t);
                output.Append(t.Page).Append("-").Append(t.LastPage).Append($"|表{++n} {c.Kind} {t.RowCount}×{t.ColumnCount} 表头行 {c.Header?.Row.ToString(CultureInfo.InvariantCulture) ?? "—"}\n");
                for (var r = 0; r < t.RowCount; r++)
                    output.Append("   ").Append(r).Append(": ").Append(string.Join(" ⇥ ", t.RowCells(r).Select(x => (x.Row == r ? x.Text : "↑") + (x.ColumnSpan > 1 || x.RowSpan > 1 ? $"[{x.RowSpan}×{x.ColumnSpan}]" : "")))).Append('\n');
            }
            Console.Write(output.ToString());
            continue;
        }
        foreach (var line in text.Lines)
        {
            var location = text.LocationOf(line.Number);
            var page = location?.Page ?? 0;
            var where = location?.Box is { } b
                ? box ? string.Create(CultureInfo.InvariantCulture, $"{b.Left:0.##},{b.Bottom:0.##},{b.Right:0.##},{b.Top:0.##}")
                      : b.Top.ToString("0.##", CultureInfo.InvariantCulture)
                : "";
            output.Append(page).Append('|').Append(where).Append('|').Append(line.Text.Replace('\t', '⇥')).Append('\n');
        }
        Console.Out.Write(output);
    }
    catch (DocumentReadException ex)
    {
        Console.Error.WriteLine(ex.Message);
        exit = 1;
    }
}
return exit;

// Field by field: what differs between the layout reader's project and the grid reader's.
static IEnumerable<string> Differences(Jixiao.Core.Model.Project x, Jixiao.Core.Model.Project y)
{
    static string Cut(string s) => s.Length > 120 ? s[..120] + "…" : s;
    if (x.Budget.Total?.Text != y.Budget.Total?.Text) yield return $"资金总额 L {x.Budget.Total?.Text} G {y.Budget.Total?.Text}";
    if (x.Budget.Fiscal?.Text != y.Budget.Fiscal?.Text) yield return $"财政拨款 L {x.Budget.Fiscal?.Text} G {y.Budget.Fiscal?.Text}";
    if (x.Budget.Other?.Text != y.Budget.Other?.Text) yield return $"其他资金 L {x.Budget.Other?.Text} G {y.Budget.Other?.Text}";
    var gx = string.Join("/", x.Goals);
    var gy = string.Join("/", y.Goals);
    if (gx != gy) yield return $"目标 L {Cut(gx)}\n        G {Cut(gy)}";
    if (x.Indicators.Count != y.Indicators.Count) yield return $"指标数 L {x.Indicators.Count} G {y.Indicators.Count}";
    static string Ind(Jixiao.Core.Model.Indicator i) => $"{i.Level1}>{i.Level2}>{i.Name}={i.Value} w{i.Weight?.Value}";
    var shown = 0;
    for (var k = 0; k < Math.Max(x.Indicators.Count, y.Indicators.Count) && shown < 6; k++)
    {
        var a = k < x.Indicators.Count ? Ind(x.Indicators[k]) : "—";
        var b = k < y.Indicators.Count ? Ind(y.Indicators[k]) : "—";
        if (a == b) continue;
        shown++;
        yield return $"指标{k + 1} L {Cut(a)}\n        G {Cut(b)}";
    }
}

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
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    var x = i < a.Count ? a[i] : "—";
                    var y = i < b.Count ? b[i] : "—";
                    if (x == y) continue;
                    output.Append("  L ").Append(x.Length > 300 ? x[..300] : x).Append("\n  G ").Append(y.Length > 300 ? y[..300] : y).Append('\n');
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

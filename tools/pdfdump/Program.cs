using System.Globalization;
using System.Text;
using Jixiao.Documents;
using Jixiao.Documents.Sources.Pdf;

// Prints each line the PDF reader extracts as  page|top|text  (tabs between cells shown as ⇥), the input the layout
// readers get. Options: --box prints page|left,bottom,right,top|text instead (points, origin bottom-left).
var box = args.Contains("--box");
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

using Jixiao.Documents;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao import FILE.docx|.xlsx` as a user runs it: Office files are recognised from their bytes, and bad ones end in one Chinese line with exit code 2.</summary>
public class OfficeImportTests : IDisposable
{
    private const string Seed000 = "000_1b90dd015f35285f.txt";
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-cli-office-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = JixiaoCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Published(string name, Action<Jixiao.Core.Model.TargetDocument, Stream> write)
    {
        var seed = Path.Combine(ImportCommandTests.SharedDir(), "seeds", Seed000);
        var document = DocumentImporter.CreateDefault().Import(Seed000, File.ReadAllBytes(seed)).Document;
        var path = Path.Combine(_dir, name);
        using (var stream = File.Create(path)) write(document, stream);
        return path;
    }

    [Fact]
    public void Docx_imports_with_its_projects()
    {
        var (code, summary, err) = Run("import", Published("目标.docx", (d, s) => DocxPublisher.Write(d, s)));
        Assert.True(code == 0, err);
        Assert.Contains("项目数：13", summary);
    }

    [Fact]
    public void Docx_renamed_to_txt_is_still_read_as_word()
    {
        var docx = Published("a.docx", (d, s) => DocxPublisher.Write(d, s));
        var renamed = Path.Combine(_dir, "renamed.txt");
        File.Move(docx, renamed);
        var (code, summary, err) = Run("import", renamed);
        Assert.True(code == 0, err);
        Assert.Contains("项目数：13", summary);
    }

    [Fact]
    public void Xlsx_is_recognised_as_excel_not_as_binary_text()
    {
        var (_, _, err) = Run("import", Published("目标.xlsx", (d, s) => XlsxPublisher.Write(d, s)));
        Assert.DoesNotContain("不是文本文件", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Truncated_docx_exits_2_saying_it_is_damaged()
    {
        var docx = Published("cut.docx", (d, s) => DocxPublisher.Write(d, s));
        var bytes = File.ReadAllBytes(docx);
        File.WriteAllBytes(docx, bytes[..(bytes.Length / 2)]);
        var (code, _, err) = Run("import", docx);
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("损坏", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Legacy_doc_exits_2_saying_save_as_docx()
    {
        var path = Path.Combine(_dir, "old.doc");
        File.WriteAllBytes(path, OleHead("WordDocument"));
        var (code, _, err) = Run("import", path);
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("另存为 .docx", err);
    }

    [Fact]
    public void Encrypted_xlsx_exits_2_saying_it_has_a_password()
    {
        var path = Path.Combine(_dir, "secret.xlsx");
        File.WriteAllBytes(path, OleHead("EncryptedPackage"));
        var (code, _, err) = Run("import", path);
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("密码", err);
    }

    /// <summary>OLE2 magic and one directory entry naming a stream in UTF-16LE: what recognition looks at.</summary>
    private static byte[] OleHead(string stream)
    {
        var bytes = new byte[512 + 128];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        System.Text.Encoding.Unicode.GetBytes(stream).CopyTo(bytes, 512);
        return bytes;
    }
}

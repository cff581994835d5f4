using System.IO.Compression;
using System.Text;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Office;

/// <summary>
/// Bounded deterministic fuzz (issue 4 point 4): our .docx/.xlsx fixtures with bytes flipped, zip entries truncated
/// or removed, and XML damaged either import or are refused with a Chinese <see cref="DocumentReadException"/> —
/// never any other exception.
/// </summary>
public class OfficeFuzzTests
{
    private const int Rounds = 120;

    public static TheoryData<string, string> Fixtures => new()
    {
        { "docx", Seeds.S000 }, { "docx", Seeds.S004 }, { "xlsx", Seeds.S001 }, { "xlsx", Seeds.S003 },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Mutated_office_file_imports_or_is_refused_in_chinese(string kind, string seed)
    {
        var original = File.ReadAllBytes(kind == "docx" ? OfficeFixtures.DocxPath(seed) : OfficeFixtures.XlsxPath(seed));
        var importer = DocumentImporter.CreateDefault();
        // string.GetHashCode is randomised per process: derive the seed from the characters so every run repeats.
        var random = new Random((kind + seed).Aggregate(4, (h, c) => unchecked(h * 31 + c)));
        var failures = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var mutated = Mutate(original, random, out var how);
            try
            {
                importer.Import("fuzz." + kind, mutated);
            }
            catch (DocumentReadException ex)
            {
                if (!ContainsChinese(ex.Message)) failures.Add($"{how}: 非中文消息 {ex.Message}");
            }
            catch (Exception ex)
            {
                failures.Add($"{how}: {ex.GetType().Name} {ex.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(10)));
    }

    private static bool ContainsChinese(string message) => message.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    private static byte[] Mutate(byte[] original, Random random, out string how)
    {
        switch (random.Next(5))
        {
            case 0:
            {
                var bytes = (byte[])original.Clone();
                var flips = random.Next(1, 9);
                for (var i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                how = $"翻转 {flips} 个字节";
                return bytes;
            }
            case 1:
            {
                var cut = random.Next(1, original.Length);
                how = $"截断于第 {cut} 字节";
                return original[..cut];
            }
            default:
                return RewriteEntries(original, random, out how);
        }
    }

    /// <summary>Rebuilds the zip with one entry removed, truncated, or its XML damaged.</summary>
    private static byte[] RewriteEntries(byte[] original, Random random, out string how)
    {
        using var input = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e => (e.FullName, Bytes: ReadAll(e))).ToList();
        var victim = random.Next(entries.Count);
        var (name, content) = entries[victim];
        var action = random.Next(3);
        switch (action)
        {
            case 0:
                entries.RemoveAt(victim);
                how = $"删除部件 {name}";
                break;
            case 1:
                entries[victim] = (name, content[..random.Next(content.Length + 1)]);
                how = $"截断部件 {name}";
                break;
            default:
                entries[victim] = (name, DamageXml(content, random));
                how = $"破坏部件 {name} 的 XML";
                break;
        }
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (n, b) in entries)
            {
                using var s = zip.CreateEntry(n, CompressionLevel.Fastest).Open();
                s.Write(b);
            }
        return output.ToArray();
    }

    private static byte[] DamageXml(byte[] content, Random random)
    {
        var text = Encoding.UTF8.GetString(content);
        if (text.Length == 0) return content;
        var at = random.Next(text.Length);
        string[] junk = ["<", ">", "&", "</w:tc>", "</row>", "<w:tc>", "\"", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "\u0001", "<c r=\"ZZZZ99999999\" t=\"s\"><v>99999999</v></c>", "<w:gridSpan w:val=\"-5\"/>"];
        return Encoding.UTF8.GetBytes(text[..at] + junk[random.Next(junk.Length)] + text[at..]);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}

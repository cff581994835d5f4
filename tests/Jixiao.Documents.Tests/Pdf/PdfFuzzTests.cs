using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// Bounded deterministic fuzz over PDF fixtures: bytes flipped, ranges deleted, duplicated or zeroed, the file cut
/// short. Every mutant imports or is refused with a <see cref="DocumentReadException"/>; nothing else escapes.
/// </summary>
public class PdfFuzzTests
{
    public static TheoryData<string> FuzzedSeeds => [Seeds.S000, Seeds.S004];

    [Theory]
    [MemberData(nameof(FuzzedSeeds))]
    public void Mutated_pdf_imports_or_is_refused_cleanly(string seed)
    {
        var original = File.ReadAllBytes(PdfFixtures.LibreOfficePdfPath(seed));
        var importer = DocumentImporter.CreateDefault();
        // Fixed seed from the name's characters (string.GetHashCode is randomised per process): every run repeats.
        var random = new Random(seed.Aggregate(20261123, (h, c) => unchecked(h * 31 + c)));
        var failures = new List<string>();
        for (var round = 0; round < 40; round++)
        {
            var mutant = Mutate(original, random, out var how);
            try
            {
                importer.Import("变异.pdf", mutant);
            }
            catch (DocumentReadException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
            catch (Exception ex)
            {
                failures.Add($"第 {round} 轮 {how}: {ex.GetType().Name} {ex.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(10)));
    }

    private static byte[] Mutate(byte[] source, Random random, out string how)
    {
        var bytes = source.ToList();
        var at = random.Next(bytes.Count);
        var span = Math.Min(random.Next(1, 4096), bytes.Count - at);
        switch (random.Next(5))
        {
            case 0:
                for (var i = 0; i < 16; i++) bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                how = "随机改写 16 个字节";
                break;
            case 1:
                bytes.RemoveRange(at, span);
                how = $"删除 {at} 起 {span} 字节";
                break;
            case 2:
                bytes.InsertRange(at, bytes.GetRange(at, span));
                how = $"重复 {at} 起 {span} 字节";
                break;
            case 3:
                for (var i = at; i < at + span; i++) bytes[i] = 0;
                how = $"清零 {at} 起 {span} 字节";
                break;
            default:
                bytes.RemoveRange(at, bytes.Count - at);
                how = $"截断于 {at}";
                break;
        }
        return [.. bytes];
    }
}

using System.Security.Cryptography;

namespace Jixiao.Core.Model.Identity;

/// <summary>
/// 生成项目与指标的稳定键：一个短的不透明字符串，一经给出便不再改变（编辑、排序、送审、新版本、公开、结转下一年度）。
/// 监控、自评与指标库都挂在这个键上，所以它由存储层在文档进入系统时给出，而不是由位置或内容推出。
/// </summary>
public abstract class KeyGenerator
{
    /// <summary>Random keys: 16 Crockford base-32 characters (80 random bits), unique in practice without coordination.</summary>
    public static KeyGenerator Random { get; } = new RandomKeyGenerator();

    public abstract string NewKey();

    private sealed class RandomKeyGenerator : KeyGenerator
    {
        // Crockford's alphabet: no I, L, O, U, so a key read aloud or copied by hand is not misread.
        private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

        public override string NewKey()
        {
            Span<byte> bytes = stackalloc byte[10];
            RandomNumberGenerator.Fill(bytes);
            Span<char> chars = stackalloc char[16];
            ulong high = 0;
            for (var i = 0; i < 5; i++) high = (high << 8) | bytes[i];
            ulong low = 0;
            for (var i = 5; i < 10; i++) low = (low << 8) | bytes[i];
            for (var i = 7; i >= 0; i--) { chars[i] = Alphabet[(int)(high & 31)]; high >>= 5; }
            for (var i = 15; i >= 8; i--) { chars[i] = Alphabet[(int)(low & 31)]; low >>= 5; }
            return new string(chars);
        }
    }
}

/// <summary>Keys k1, k2, k3 … in order: deterministic, for tests and for anything that must be reproducible.</summary>
public sealed class SequentialKeyGenerator(string prefix = "k") : KeyGenerator
{
    private int _next;

    public override string NewKey() => prefix + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

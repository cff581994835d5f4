using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Jixiao.Web.Security;

/// <summary>
/// 数据保护密钥的静态加密。Windows 用 DPAPI；Linux 没有系统自带的密钥保管，管理员可在
/// <c>Jixiao:DataProtection:Certificate</c> 给出一张带私钥的证书（.pfx/.p12，或证书与私钥同在的 .pem），
/// 数据库里的新密钥便以它加密（issue 19 must-hold 1: "encrypted at rest where the platform allows")。
/// </summary>
/// <remarks>
/// Why a certificate file and not nothing: the key ring sits in the database next to the documents, so a copy of the
/// database alone (a backup handed to the wrong person) would otherwise carry the keys that open every cookie. With a
/// certificate kept outside the database, the copy's keys are useless. Keys written before the certificate was set stay
/// readable (they were stored unencrypted); Data Protection rolls to a new, encrypted key within its lifetime (90 days)
/// or at once after an administrator's 全部下线.
/// <c>Jixiao:DataProtection:PreviousCertificates</c> (paths separated by ';') still decrypt keys after a certificate is
/// replaced.
/// </remarks>
internal static class KeyRingProtection
{
    public const string CertificateKey = "Jixiao:DataProtection:Certificate";
    public const string PasswordKey = "Jixiao:DataProtection:CertificatePassword";
    public const string PreviousKey = "Jixiao:DataProtection:PreviousCertificates";

    /// <summary>Protects the key ring as the platform and the settings allow; says which in the answer.</summary>
    public static KeyRingProtectionKind Apply(IDataProtectionBuilder builder, IConfiguration config)
    {
        if (config[CertificateKey] is { Length: > 0 } path)
        {
            var password = config[PasswordKey];
            var current = Load(path, password);
            var all = new List<X509Certificate2> { current };
            foreach (var previous in (config[PreviousKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                all.Add(Load(previous, password));
            builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. all]);
            return KeyRingProtectionKind.Certificate;
        }
        if (OperatingSystem.IsWindows())
        {
            builder.ProtectKeysWithDpapi();
            return KeyRingProtectionKind.Dpapi;
        }
        return KeyRingProtectionKind.None;
    }

    /// <summary>Loads a certificate with its private key, or stops the start with a message that says which file and why.</summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new InvalidOperationException($"数据保护证书文件不存在：{full}（设置项 {CertificateKey}）。");
        X509Certificate2 certificate;
        try
        {
            certificate = Path.GetExtension(full).ToLowerInvariant() is ".pem" or ".crt"
                ? X509Certificate2.CreateFromPemFile(full)
                : X509CertificateLoader.LoadPkcs12FromFile(full, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"数据保护证书无法读取：{full}（{e.Message}）。.pfx 需要正确的密码（设置项 {PasswordKey}），.pem 需要证书和私钥在同一文件中。", e);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"数据保护证书没有私钥：{full}。加密密钥需要带私钥的证书。");
        return certificate;
    }
}

/// <summary>How the key ring is protected at rest on this instance.</summary>
internal enum KeyRingProtectionKind
{
    /// <summary>Not encrypted: as protected as the database itself.</summary>
    None,
    /// <summary>Windows DPAPI.</summary>
    Dpapi,
    /// <summary>An administrator's certificate.</summary>
    Certificate,
}

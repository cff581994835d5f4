using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Data;

/// <summary>
/// A <see cref="Paged{T}"/> in JSON is the plain array of its items (the API states the paging in headers), and an array
/// read back is one page holding all of it, so clients of the API can use the store's own types.
/// </summary>
public sealed class PagedJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Paged<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(PagedJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class PagedJsonConverter<T> : JsonConverter<Paged<T>>
    {
        public override Paged<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var items = JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? [];
            return new Paged<T>(items, items.Count, 1, Math.Max(1, items.Count));
        }

        public override void Write(Utf8JsonWriter writer, Paged<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Items, options);
    }
}

using System;
using System.IO;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The load pipeline both public loaders share — bytes within the limits, UTF-8 and syntax checks,
/// DTOs, then the loader's own mapping into the domain — for every kind of input.
/// </summary>
internal static class JsonLoading
{
    public static LoadResult<T> FromFile<TDto, T>(string path, JsonLoadOptions? options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes)
        where TDto : class
        where T : class
    {
        options ??= JsonLoadOptions.Default;
        options.Check();
        byte[]? bytes = JsonInput.ReadFile(path ?? throw new ArgumentNullException(nameof(path)), options, out Diagnostic? failure);
        return bytes is null ? Failed<T>(failure!, path) : FromBytes(bytes, path, options, typeInfo, map, codes);
    }

    public static LoadResult<T> FromStream<TDto, T>(Stream stream, string? sourceName, JsonLoadOptions? options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes)
        where TDto : class
        where T : class
    {
        options ??= JsonLoadOptions.Default;
        options.Check();
        byte[]? bytes = JsonInput.ReadStream(stream ?? throw new ArgumentNullException(nameof(stream)), sourceName, options, out Diagnostic? failure);
        return bytes is null ? Failed<T>(failure!, sourceName) : FromBytes(bytes, sourceName, options, typeInfo, map, codes);
    }

    public static LoadResult<T> FromText<TDto, T>(string json, string? sourceName, JsonLoadOptions? options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes)
        where TDto : class
        where T : class =>
        FromBytes(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), sourceName, options, typeInfo, map, codes);

    public static LoadResult<T> FromBytes<TDto, T>(byte[] utf8, string? sourceName, JsonLoadOptions? options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes)
        where TDto : class
        where T : class
    {
        options ??= JsonLoadOptions.Default;
        options.Check();
        JsonInput? input = JsonInput.Open(utf8 ?? throw new ArgumentNullException(nameof(utf8)), sourceName, options, codes, out Diagnostic? failure);
        if (input is null)
        {
            return Failed<T>(failure!, sourceName);
        }

        TDto? dto = input.Deserialize(typeInfo, out failure);
        if (dto is null)
        {
            return new LoadResult<T>(null, new[] { failure! }, input.Map);
        }

        var context = new MappingContext(input.Map, codes, codes.GeneratorWords ? new CriteriaWording(input.Utf8) : null);
        T? value = map(dto, context);
        return new LoadResult<T>(value, context.Diagnostics, input.Map);
    }

    private static LoadResult<T> Failed<T>(Diagnostic failure, string? sourceName)
        where T : class =>
        new(null, new[] { failure }, JsonSourceMap.Empty(sourceName));
}

using System;
using System.IO;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
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
        return FromRead(bytes, failure, path, options, typeInfo, map, codes);
    }

    /// <summary>
    /// <see cref="FromFile"/> with the reads awaited. The arguments are checked before the task starts
    /// (an exception at the call, as from the sync overload); the bytes, once read, take the sync path.
    /// </summary>
    public static Task<LoadResult<T>> FromFileAsync<TDto, T>(string path, JsonLoadOptions? options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes, CancellationToken cancellationToken)
        where TDto : class
        where T : class
    {
        options ??= JsonLoadOptions.Default;
        options.Check();
        return Read(path ?? throw new ArgumentNullException(nameof(path)), options);

        async Task<LoadResult<T>> Read(string path, JsonLoadOptions options)
        {
            (byte[]? bytes, Diagnostic? failure) = await JsonInput.ReadFileAsync(path, options, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return FromRead(bytes, failure, path, options, typeInfo, map, codes);
        }
    }

    public static LoadResult<T> FromStream<TDto, T>(Stream stream, string? sourceName, JsonLoadOptions? options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes)
        where TDto : class
        where T : class
    {
        options ??= JsonLoadOptions.Default;
        options.Check();
        byte[]? bytes = JsonInput.ReadStream(stream ?? throw new ArgumentNullException(nameof(stream)), sourceName, options, out Diagnostic? failure);
        return FromRead(bytes, failure, sourceName, options, typeInfo, map, codes);
    }

    /// <summary>
    /// <see cref="FromStream"/> with the reads awaited. The arguments are checked before the task starts
    /// (an exception at the call, as from the sync overload); the bytes, once read, take the sync path.
    /// </summary>
    public static Task<LoadResult<T>> FromStreamAsync<TDto, T>(Stream stream, string? sourceName, JsonLoadOptions? options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes, CancellationToken cancellationToken)
        where TDto : class
        where T : class
    {
        options ??= JsonLoadOptions.Default;
        options.Check();
        return Read(stream ?? throw new ArgumentNullException(nameof(stream)), options);

        async Task<LoadResult<T>> Read(Stream stream, JsonLoadOptions options)
        {
            (byte[]? bytes, Diagnostic? failure) = await JsonInput.ReadStreamAsync(stream, sourceName, options, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return FromRead(bytes, failure, sourceName, options, typeInfo, map, codes);
        }
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

    // Where every read, sync or async, file or stream, joins the one parsing and mapping path.
    private static LoadResult<T> FromRead<TDto, T>(byte[]? bytes, Diagnostic? failure, string? sourceName, JsonLoadOptions options, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, T?> map, LoadCodes codes)
        where TDto : class
        where T : class =>
        bytes is null ? Failed<T>(failure!, sourceName) : FromBytes(bytes, sourceName, options, typeInfo, map, codes);

    private static LoadResult<T> Failed<T>(Diagnostic failure, string? sourceName)
        where T : class =>
        new(null, new[] { failure }, JsonSourceMap.Empty(sourceName));
}

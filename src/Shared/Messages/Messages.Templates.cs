#if SE_GENERATOR
namespace ServiceEfficiency.Generators.Text
#else
namespace ServiceEfficiency.Text
#endif
{
    /// <summary>Messages of rendering (SE2xxx).</summary>
    internal static partial class Messages
    {
    }
}

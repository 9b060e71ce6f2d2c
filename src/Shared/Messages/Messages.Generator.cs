#if SE_GENERATOR
namespace ServiceEfficiency.Generators.Text
#else
namespace ServiceEfficiency.Text
#endif
{
    /// <summary>Messages of the criteria generator (SE0xxx).</summary>
    internal static partial class Messages
    {
    }
}

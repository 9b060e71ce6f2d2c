#if SE_GENERATOR
namespace ServiceEfficiency.Generators.Text
#else
namespace ServiceEfficiency.Text
#endif
{
    /// <summary>Messages of the command-line tool's own errors and notices (ids CLI.…).</summary>
    internal static partial class Messages
    {
    }
}

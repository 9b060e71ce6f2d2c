#if SE_GENERATOR
namespace ServiceEfficiency.Generators.Text
#else
namespace ServiceEfficiency.Text
#endif
{
    /// <summary>Messages of checking a document against its edition (SE1010–SE1024).</summary>
    internal static partial class Messages
    {
    }
}

#if SE_GENERATOR
namespace ServiceEfficiency.Generators.Text
#else
namespace ServiceEfficiency.Text
#endif
{
    /// <summary>Messages of reading JSON files (SE1000–SE1004): the document and criteria loaders.</summary>
    internal static partial class Messages
    {
    }
}

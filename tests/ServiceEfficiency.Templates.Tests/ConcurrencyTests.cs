using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>One renderer serves parallel renders: shared parsed templates, a fresh context each time.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void AThousandParallelRendersAreByteIdenticalToSequentialOnes()
    {
        var renderer = new DocumentRenderer();
        var cases = (from name in Samples.Names from format in DocumentFormats.All select (name, format)).ToList();
        var expected = cases.ToDictionary(c => c, c =>
        {
            (ServiceDocument document, CriteriaEdition edition) = Samples.Load(c.name);
            return new DocumentRenderer().RenderToBytes(document, edition, c.format);
        });

        var results = new byte[1000][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            (string name, DocumentFormat format) = cases[i % cases.Count];
            (ServiceDocument document, CriteriaEdition edition) = Samples.Load(name);
            results[i] = renderer.RenderToBytes(document, edition, format);
        });

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[cases[i % cases.Count]], results[i]);
        }
    }

    [Fact]
    public async Task AFailedRenderDoesNotDisturbOthers()
    {
        var source = new MemoryTemplates(("markdown/document.sbn", "{{ while true }}x{{ end }}"));
        var renderer = new DocumentRenderer(new RenderOptions { TemplateSource = source, LoopLimit = 10_000 });
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");
        byte[] expected = new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Html);

        var tasks = new List<Task>();
        for (int i = 0; i < 40; i++)
        {
            bool fail = i % 2 == 0;
            tasks.Add(Task.Run(() =>
            {
                if (fail)
                {
                    Assert.Throws<TemplateRenderException>(() => renderer.RenderToBytes(document, edition, DocumentFormat.Markdown));
                }
                else
                {
                    Assert.Equal(expected, renderer.RenderToBytes(document, edition, DocumentFormat.Html));
                }
            }));
        }

        await Task.WhenAll(tasks);
        Assert.Single(source.Requested, n => n == "markdown/document.sbn"); // parsed once, then cached
    }
}

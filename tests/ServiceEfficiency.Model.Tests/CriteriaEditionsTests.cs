using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;
using SharedMessages = ServiceEfficiency.Text.Messages;

namespace ServiceEfficiency.Tests;

/// <summary>The official editions shipped inside the Model (<see cref="CriteriaEditions"/>).</summary>
public sealed class CriteriaEditionsTests
{
    private static readonly string[] ShippedIds = { "service-award-overall", "service-upgrade-program" };

    [Fact]
    public void Every_shipped_edition_file_loads_with_no_diagnostic_at_all()
    {
        IReadOnlyList<string> files = CriteriaEditions.FileNames();

        Assert.Equal(new[] { "service-award-overall.criteria.json", "service-upgrade-program.criteria.json" }, files);
        foreach (string file in files)
        {
            LoadResult<CriteriaEdition> result = CriteriaEditions.Load(file);
            Assert.NotNull(result.Value);
            Assert.True(result.Diagnostics.Count == 0, file + ": " + string.Join(Environment.NewLine, result.Diagnostics));
        }
    }

    [Fact]
    public void The_embedded_files_are_the_repositorys_edition_files_byte_for_byte()
    {
        // One copy in the repository: the resources are linked from samples/criteria, not copies that could drift.
        foreach (string file in CriteriaEditions.FileNames())
        {
            using Stream stream = typeof(CriteriaEditions).Assembly.GetManifestResourceStream(CriteriaEditions.ResourcePrefix + file)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Assert.Equal(File.ReadAllBytes(Path.Combine(Samples.Root, "samples", "criteria", file)), buffer.ToArray());
        }
    }

    [Fact]
    public void All_lists_both_official_editions_in_file_name_order_and_each_equals_the_loaded_file()
    {
        IReadOnlyList<CriteriaEdition> all = CriteriaEditions.All;

        Assert.Equal(ShippedIds, all.Select(e => e.Id));
        Assert.Equal("政府服務獎 整體服務類", all[0].Title);
        Assert.Equal(new[] { 111, 112 }, all[0].Years);
        Assert.Equal(1000, all[0].TotalPoints);
        Assert.Equal(new[] { 114 }, all[1].Years);
        foreach (CriteriaEdition edition in all)
        {
            CriteriaEdition fromFile = Samples.LoadEdition(edition.Id);
            Assert.Equal(fromFile.Title, edition.Title);
            Assert.Equal(fromFile.AllNodes().Select(n => (n.Code, n.KeyPath, n.Title, n.Points)), edition.AllNodes().Select(n => (n.Code, n.KeyPath, n.Title, n.Points)));
        }
    }

    [Fact]
    public void Get_and_TryGet_return_the_same_instance_every_time()
    {
        CriteriaEdition overall = CriteriaEditions.Get("service-award-overall");

        Assert.Same(overall, CriteriaEditions.Get("service-award-overall"));
        Assert.Same(overall, CriteriaEditions.All[0]);
        Assert.True(CriteriaEditions.TryGet("service-upgrade-program", out CriteriaEdition? upgrade));
        Assert.Same(CriteriaEditions.All[1], upgrade);
        Assert.Equal("service-upgrade-program", upgrade!.Id);
    }

    [Fact]
    public void Ids_are_case_sensitive_and_an_unknown_one_is_not_found()
    {
        Assert.False(CriteriaEditions.TryGet("Service-Award-Overall", out CriteriaEdition? edition));
        Assert.Null(edition);
        Assert.False(CriteriaEditions.TryGet(string.Empty, out _));
    }

    [Fact]
    public void Get_of_an_unknown_id_names_it_and_lists_the_shipped_ids_in_the_chosen_language()
    {
        string english, chinese;
        try
        {
            SharedMessages.Use(MessageLanguage.English);
            english = Assert.Throws<KeyNotFoundException>(() => CriteriaEditions.Get("service-award-2030")).Message;
            SharedMessages.Use(MessageLanguage.TraditionalChinese);
            chinese = Assert.Throws<KeyNotFoundException>(() => CriteriaEditions.Get("service-award-2030")).Message;
        }
        finally
        {
            SharedMessages.Use(null);
        }

        Assert.Equal("No criteria edition shipped with ServiceEfficiency.Model has the id 'service-award-2030'; the shipped editions are: service-award-overall, service-upgrade-program.", english);
        Assert.Equal("ServiceEfficiency.Model 未附帶代碼為「service-award-2030」的評核架構版本；附帶的版本為：service-award-overall, service-upgrade-program。", chinese);
    }

    [Fact]
    public void A_null_id_is_an_ArgumentNullException_naming_the_parameter()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => CriteriaEditions.Get(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => CriteriaEditions.TryGet(null!, out _)).ParamName);
    }

    [Fact]
    public void Concurrent_first_use_in_a_fresh_load_context_loads_once_and_gives_everyone_the_same_instances()
    {
        // A fresh copy of the Model assembly has its own static state, so its Lazy has not run yet.
        string path = typeof(CriteriaEditions).Assembly.Location;
        var context = new System.Runtime.Loader.AssemblyLoadContext("editions-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            System.Reflection.Assembly copy = context.LoadFromAssemblyPath(path);
            Assert.NotSame(typeof(CriteriaEditions).Assembly, copy);
            System.Reflection.PropertyInfo all = copy.GetType(typeof(CriteriaEditions).FullName!, throwOnError: true)!.GetProperty(nameof(CriteriaEditions.All))!;
            using var start = new Barrier(8);
            object[] seen = new object[8];
            Thread[] threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                seen[i] = all.GetValue(null)!;
            })).ToArray();
            foreach (Thread thread in threads)
            {
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            Assert.All(seen, list => Assert.Same(seen[0], list));
            Assert.Equal(2, ((System.Collections.ICollection)seen[0]).Count);
        }
        finally
        {
            context.Unload();
        }
    }
}

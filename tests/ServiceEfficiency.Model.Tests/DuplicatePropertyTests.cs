using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Tests;

public class DuplicatePropertyTests
{
    [Fact]
    public void A_repeated_property_is_an_error_not_a_silent_overwrite()
    {
        string json = "{\n  \"id\": \"x\",\n  \"title\": \"甲\",\n  \"title\": \"乙\",\n  \"years\": [111],\n  \"levels\": [{ \"name\": \"構面\", \"numbering\": \"level-name-chinese\" }],\n  \"nodes\": [{ \"key\": \"A\", \"title\": \"基礎服務\" }]\n}";
        LoadResult<ServiceEfficiency.Criteria.CriteriaEdition> result = CriteriaEditionLoader.Parse(json, "dup.criteria.json");

        Assert.Null(result.Value);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("SE0005", error.Code); // the generator's code, at run time too
        Assert.Equal("Property 'title' appears twice in the same object", error.Message);
        Assert.Contains("'title'", error.Message);
        Assert.DoesNotContain("Dto", error.Message);
        Assert.Equal(4, error.Location.Line);
    }

    [Fact]
    public void A_repeated_property_inside_a_numbered_point_is_found_too()
    {
        string json = System.IO.File.ReadAllText(Samples.Data("bsmi-114-plan"));
        const string point = "\"label\": \"(一)\",";
        Assert.Contains(point, json);
        int at = json.IndexOf(point, System.StringComparison.Ordinal);
        string broken = json.Substring(0, at) + point + " \"label\": \"(二)\"," + json.Substring(at + point.Length);

        var result = DocumentLoader.Parse(broken, "bsmi.json");
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SE1002", error.Code);
        Assert.Contains("'label'", error.Message);
    }
}

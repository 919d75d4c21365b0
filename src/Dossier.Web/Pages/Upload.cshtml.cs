using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages;

public sealed class UploadModel(IAnalystActions actions, DossierWebOptions options) : EditorPageModel
{
    public List<(string Name, UploadResult Result)> Results { get; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (EditorOnly() is { } denied) return denied;
        foreach (var file in files)
        {
            if (file.Length > options.MaxUploadBytes)
            {
                Results.Add((file.FileName, new UploadResult(false, $"too large ({file.Length:N0} bytes; the limit is {options.MaxUploadBytes:N0})", null, [])));
                continue;
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var name = Path.GetFileName(file.FileName);
            Results.Add((name, await actions.UploadAsync(name, buffer.ToArray(), User.ActorName(), cancellationToken)));
        }
        if (Results.Count == 0) Results.Add(("(nothing)", new UploadResult(false, "choose at least one file", null, [])));
        return Page();
    }
}

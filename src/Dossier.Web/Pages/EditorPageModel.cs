using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>
/// A page that viewers may read but only analysts and admins may post to. Page-level authorisation
/// covers the GET; each POST handler calls <see cref="EditorOnly"/> first.
/// </summary>
public abstract class EditorPageModel : PageModel
{
    /// <summary>A 403 for readers without the edit role; null when the user may edit.</summary>
    protected IActionResult? EditorOnly() => User.CanEdit() ? null : Forbid();

    /// <summary>Shows the outcome of an action on the next page (post/redirect/get).</summary>
    protected void Flash(string message) => TempData["Message"] = message;
}

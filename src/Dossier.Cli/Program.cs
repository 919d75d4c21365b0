using Dossier.Cli;

return await DossierApp.RunAsync(args);

using Dossier.Text.Entities;
using Dossier.Text.Model;
using Dossier.Text.Normalization;
using Dossier.Text.Pipeline;
using Dossier.Text.Segmentation;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Entities;

/// <summary>Runs normalisation, segmentation and the entity components over a text.</summary>
internal static class EntityTestPipeline
{
    public static Doc Recognize(string text) =>
        DocBuilder.Run(text, null, new Normaliser(), new Segmenter(), new EntityRecognizer(Gazetteer.Default));

    public static Doc Link(string text) =>
        DocBuilder.Run(text, null, new Normaliser(), new Segmenter(), new EntityRecognizer(Gazetteer.Default), new AliasLinker());

    /// <summary>The mentions as (text of the span, type) pairs.</summary>
    public static List<(string Text, EntityType Type)> Mentions(Doc doc) =>
        doc.EntityMentions.Select(m => (doc.Text[m.Span.Start..m.Span.End], m.Type)).ToList();

    public static Entity Single(Doc doc, string name) =>
        Assert.Single(doc.Entities, e => e.Name == name || e.Aliases.Contains(name));
}

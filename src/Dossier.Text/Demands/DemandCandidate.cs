using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>A demand found in one sentence; <see cref="By"/> is null until the speaker is known.</summary>
internal sealed record DemandCandidate(ExtractedName? By, IReadOnlyList<ExtractedName> Addressees, TextSpan WhatSpan, TextSpan Span)
{
    /// <summary>"We call on ...", outside any quotation: the report's own publisher speaks.</summary>
    public bool FirstPerson { get; init; }

    /// <summary>Index of the sentence it was found in.</summary>
    public int Sentence { get; init; }

    /// <summary>True when no one in the text is named as making it (a headline, the author's own voice).</summary>
    public bool Unattributed => By is null;
}

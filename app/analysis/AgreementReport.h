#pragma once

#include "AgreementInput.h"
#include "SpanDisagreements.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <vector>

namespace counterpoint::analysis {

// Two coders' figures. Character level: every character a unit, its value the combination of
// codes the coder gave it (none: uncoded, a category of its own), or for one code whether it
// has it.
struct PairFigures
{
    int first = 0;
    int second = 0;
    double krippendorffAlphaNominal = 0; // of the two alone
    double cohenKappa = 0;               // each coder's own marginals
    double percentAgreement = 0;         // share of characters with the same value
    double unitizingAlpha = 0;           // Krippendorff 2004 uα of the two alone
};

// The figures of one scope (an article, or all of them) for all codes or for one.
struct Figures
{
    qint64 characters = 0;        // units at character level
    qsizetype units = 0;          // unitizing: units of the code(s) of every coder, overlaps joined
    double unitizingObserved = 0; // uDo (for all codes: Σ over codes)
    double unitizingExpected = 0; // uDe (for all codes: Σ over codes)
    double unitizingAlpha = 0;    // Krippendorff 2004 uα = 1 − uDo/uDe
    double krippendorffAlphaNominal = 0;
    double cohenKappa = 0;       // two coders only; NaN with more
    double fleissKappa = 0;      // Fleiss 1971, pooled marginals
    double lightKappa = 0;       // mean of the pairs' Cohen's κ
    double percentAgreement = 0; // mean over the pairs
    std::vector<PairFigures> pairs;
};

struct ScopeFigures
{
    QUuid articleId; // null for the whole project
    QString title;
    std::vector<qsizetype> annotationsPerCoder;
    Figures all;
    std::vector<Figures> perCode; // in the order of AgreementReport::codes
};

struct PairDisagreements
{
    int first = 0;
    int second = 0;
    QUuid articleId;
    std::vector<Disagreement> disagreements;
};

struct AgreementReport
{
    CodeScheme scheme = CodeScheme::Kind;
    QList<QUuid> setIds;
    QStringList coders;
    QStringList codes;
    ScopeFigures overall;
    QList<ScopeFigures> articles;
    QList<PairDisagreements> disagreements; // per pair of coders and article, where any
};

// Computes every figure of the input: per article, and overall over the articles together.
AgreementReport computeAgreement(const AgreementInput &input);

} // namespace counterpoint::analysis

#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace counterpoint {

// A fact-checker's verdict on a claim or counterclaim, as schema.org's ClaimReview carries it:
// a rating on a scale (its name and its place between the worst and the best), who reviewed
// the claim, when, and where the review is published. At most one per annotation.
struct Verdict
{
    QUuid annotationId;
    QString rating;      // the rating's name, e.g. "False" (ClaimReview's alternateName)
    int ratingValue = 0; // its place on the scale, worstRating ≤ ratingValue ≤ bestRating
    int worstRating = 1;
    int bestRating = 5;
    QString reviewer; // a person or an organisation; empty when nobody is named
    QDate date;       // when it was reviewed; invalid when undated
    QString url;      // the published review; empty when there is none

    friend bool operator==(const Verdict &, const Verdict &) = default;
};

// One step of the scale the window and the command line offer.
struct RatingStep
{
    QString name; // as stored and exported, in English: "Mostly accurate"
    int value = 0;
};

// False (1), Misleading (2), Mixed (3), Mostly accurate (4), Accurate (5).
const QList<RatingStep> &standardRatingScale();
constexpr int standardWorstRating = 1;
constexpr int standardBestRating = 5;
// The step of the standard scale called name, without regard to case.
std::optional<RatingStep> standardRating(const QString &name);
// A rating's name as a user reads it: translated for the standard scale, as it is otherwise.
QString displayRating(const QString &name);

// Why a verdict cannot be stored, in words: no rating name, a scale upside down, a value off
// the scale, an address that is not http(s). Success when it can.
Status checkVerdict(const Verdict &verdict);

} // namespace counterpoint

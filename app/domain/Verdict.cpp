#include "Verdict.h"

#include <QCoreApplication>
#include <QUrl>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::Verdict)
};

} // namespace

const QList<RatingStep> &standardRatingScale()
{
    static const QList<RatingStep> scale{{QStringLiteral("False"), 1},
                                         {QStringLiteral("Misleading"), 2},
                                         {QStringLiteral("Mixed"), 3},
                                         {QStringLiteral("Mostly accurate"), 4},
                                         {QStringLiteral("Accurate"), 5}};
    return scale;
}

std::optional<RatingStep> standardRating(const QString &name)
{
    for (const RatingStep &step : standardRatingScale()) {
        if (step.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return step;
    }
    return std::nullopt;
}

QString displayRating(const QString &name)
{
    // The stored names stay English (they go out in every export); the window translates them.
    if (name == u"False")
        return Messages::tr("False");
    if (name == u"Misleading")
        return Messages::tr("Misleading");
    if (name == u"Mixed")
        return Messages::tr("Mixed");
    if (name == u"Mostly accurate")
        return Messages::tr("Mostly accurate");
    if (name == u"Accurate")
        return Messages::tr("Accurate");
    return name;
}

Status checkVerdict(const Verdict &verdict)
{
    if (verdict.rating.trimmed().isEmpty())
        return Error{Error::Code::Invalid, Messages::tr("A verdict needs a rating, such as False "
                                                        "or Accurate.")};
    if (verdict.worstRating >= verdict.bestRating)
        return Error{Error::Code::Invalid,
                     Messages::tr("A rating scale from %1 to %2 has no room: the worst rating "
                                  "must be below the best.")
                         .arg(verdict.worstRating)
                         .arg(verdict.bestRating)};
    if (verdict.ratingValue < verdict.worstRating || verdict.ratingValue > verdict.bestRating)
        return Error{Error::Code::Invalid,
                     Messages::tr("The rating %1 is off its scale, which runs from %2 to %3.")
                         .arg(verdict.ratingValue)
                         .arg(verdict.worstRating)
                         .arg(verdict.bestRating)};
    if (!verdict.url.isEmpty()) {
        const QUrl url(verdict.url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
            url.host().isEmpty())
            return Error{Error::Code::Invalid,
                         Messages::tr("“%1” is not the address of a published review (http or "
                                      "https).")
                             .arg(verdict.url)};
    }
    return success();
}

} // namespace counterpoint

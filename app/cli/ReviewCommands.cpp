#include "ReviewCommands.h"

#include "CommandSupport.h"
#include "NameLookup.h"
#include "domain/Verdict.h"

#include <QCoreApplication>

namespace counterpoint::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

QString describe(const Verdict &verdict)
{
    QString line = Messages::tr("%1 (%2 on a scale from %3 to %4)")
                       .arg(verdict.rating)
                       .arg(verdict.ratingValue)
                       .arg(verdict.worstRating)
                       .arg(verdict.bestRating);
    if (!verdict.reviewer.isEmpty())
        line += u", " + Messages::tr("reviewed by %1").arg(verdict.reviewer);
    if (verdict.date.isValid())
        line += u", " + verdict.date.toString(Qt::ISODate);
    if (!verdict.url.isEmpty())
        line += u", " + verdict.url;
    return line;
}

// An integer option's value, or a line on err saying why it is not one.
bool integerOption(const QCommandLineParser &parser, const QCommandLineOption &option, int &value,
                   Streams &streams)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int read = parser.value(option).toInt(&ok);
    if (!ok) {
        streams.err << Messages::tr("--%1 must be a whole number, not “%2”.")
                           .arg(option.names().constFirst(), parser.value(option))
                    << u'\n';
        return false;
    }
    value = read;
    return true;
}

int runReview(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("annotation"),
        Messages::tr("The claim or counterclaim (id or unique id prefix)."));
    const QCommandLineOption rating(
        QStringLiteral("rating"),
        Messages::tr("The verdict: False, Misleading, Mixed, Mostly accurate or Accurate (1 to "
                     "5), or a rating of your own scale with --value."),
        Messages::tr("NAME"));
    const QCommandLineOption value(QStringLiteral("value"),
                                   Messages::tr("The rating's place on its scale."),
                                   Messages::tr("N"));
    const QCommandLineOption worst(QStringLiteral("worst"),
                                   Messages::tr("The worst rating of the scale (1 unless given)."),
                                   Messages::tr("N"));
    const QCommandLineOption best(QStringLiteral("best"),
                                  Messages::tr("The best rating of the scale (5 unless given)."),
                                  Messages::tr("N"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"),
        Messages::tr("Who reviewed the claim (a new verdict: the project's author)."),
        Messages::tr("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Messages::tr("When it was reviewed (a new verdict: today)."),
                                  Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 Messages::tr("The address of the published review."),
                                 Messages::tr("URL"));
    const QCommandLineOption clear(QStringLiteral("clear"), Messages::tr("Take the verdict away."));
    parser.addOptions({rating, value, worst, best, reviewer, date, url, clear});
    int status = ExitOk;
    if (!parseArguments(parser, reviewSubcommand(), arguments, 2, 2, streams, status))
        return status;
    const bool changes = parser.isSet(rating) || parser.isSet(value) || parser.isSet(worst) ||
                         parser.isSet(best) || parser.isSet(reviewer) || parser.isSet(date) ||
                         parser.isSet(url);
    if (parser.isSet(clear) && changes) {
        streams.err << Messages::tr("--clear takes the verdict away; it goes with no other "
                                    "option.")
                    << u'\n';
        return ExitUsage;
    }
    QDate reviewedOn;
    if (parser.isSet(date)) {
        reviewedOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!reviewedOn.isValid()) {
            streams.err << Messages::tr("--date must be a date as YYYY-MM-DD, not “%1”.")
                               .arg(parser.value(date))
                        << u'\n';
            return ExitUsage;
        }
    }

    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto id = findAnnotation(*project, positionals.at(1));
    if (!id)
        return fail(streams, id.errorMessage());
    auto before = project->verdict(*id);
    if (!before)
        return fail(streams, before.errorMessage());

    if (parser.isSet(clear)) {
        if (Status cleared = project->clearVerdict(*id); !cleared)
            return fail(streams, cleared.errorMessage());
        streams.out << (*before ? Messages::tr("Verdict removed.")
                                : Messages::tr("There was no verdict to remove."))
                    << u'\n';
        return ExitOk;
    }
    if (!changes) {
        streams.out << (*before ? describe(**before) : Messages::tr("No verdict.")) << u'\n';
        return ExitOk;
    }
    if (!*before && !parser.isSet(rating)) {
        streams.err << Messages::tr("This claim has no verdict yet: give one with --rating.")
                    << u'\n';
        return ExitUsage;
    }

    Verdict verdict;
    if (*before) {
        verdict = **before;
    } else {
        verdict.annotationId = *id;
        verdict.reviewer = project->author();
        verdict.date = QDate::currentDate();
    }
    if (parser.isSet(rating)) {
        const QString name = parser.value(rating).trimmed();
        if (const auto step = standardRating(name)) {
            verdict.rating = step->name;
            verdict.ratingValue = step->value;
            verdict.worstRating = standardWorstRating;
            verdict.bestRating = standardBestRating;
        } else if (!parser.isSet(value)) {
            streams.err << Messages::tr("“%1” is not one of False, Misleading, Mixed, Mostly "
                                        "accurate and Accurate: give its place on your scale "
                                        "with --value (and --worst and --best unless 1 to 5).")
                               .arg(name)
                        << u'\n';
            return ExitUsage;
        } else {
            verdict.rating = name;
            verdict.worstRating = standardWorstRating;
            verdict.bestRating = standardBestRating;
        }
    }
    if (!integerOption(parser, value, verdict.ratingValue, streams) ||
        !integerOption(parser, worst, verdict.worstRating, streams) ||
        !integerOption(parser, best, verdict.bestRating, streams))
        return ExitUsage;
    if (parser.isSet(reviewer))
        verdict.reviewer = parser.value(reviewer).trimmed();
    if (parser.isSet(date))
        verdict.date = reviewedOn;
    if (parser.isSet(url))
        verdict.url = parser.value(url).trimmed();
    if (Status stored = project->setVerdict(verdict); !stored)
        return fail(streams, stored.errorMessage());
    streams.out << describe(verdict) << u'\n';
    return ExitOk;
}

} // namespace

Subcommand reviewSubcommand()
{
    return {QStringLiteral("review"),
            QStringLiteral("review PROJECT ANNOTATION [--rating NAME [--value N] [--worst N] "
                           "[--best N]] [--reviewer NAME] [--date YYYY-MM-DD] [--url URL] | "
                           "--clear"),
            Messages::tr("Show, give, change or clear a claim's verdict (a fact check)."),
            &runReview};
}

} // namespace counterpoint::cli

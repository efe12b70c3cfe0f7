#include "AgreementCommands.h"

#include "CommandSupport.h"
#include "analysis/AgreementFormat.h"
#include "analysis/AgreementReader.h"

#include <QCoreApplication>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

// "--sets A B C" names every set up to the next option; QCommandLineParser takes one value an
// option, so each becomes "--set NAME".
QStringList withOneSetAnOption(const QStringList &arguments)
{
    QStringList result;
    bool inSets = false;
    for (const QString &argument : arguments) {
        if (argument == u"--sets" || argument == u"-sets") {
            inSets = true;
            continue;
        }
        if (argument.startsWith(u'-'))
            inSets = false;
        if (inSets)
            result << QStringLiteral("--set") << argument;
        else
            result << argument;
    }
    return result;
}

int runAgreement(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    const QCommandLineOption sets(
        QStringLiteral("set"),
        Messages::tr("A set to compare, one coder (--sets A B … names several)."),
        Messages::tr("NAME"));
    const QCommandLineOption by(QStringLiteral("by"),
                                Messages::tr("Compare kinds (default) or tags."),
                                Messages::tr("kind|tag"), QStringLiteral("kind"));
    const QCommandLineOption article(QStringLiteral("article"),
                                     Messages::tr("Only this article (id, id prefix or title)."),
                                     Messages::tr("ARTICLE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Messages::tr("text (default), csv or json."),
                                    Messages::tr("FORMAT"), QStringLiteral("text"));
    parser.addOptions({sets, by, article, format});
    int status = ExitOk;
    if (!parseArguments(parser, agreementSubcommand(), withOneSetAnOption(arguments), 1, 1, streams,
                        status))
        return status;
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"csv" && formatName != u"json") {
        streams.err << Messages::tr("--format must be text, csv or json.") << u'\n';
        return ExitUsage;
    }
    analysis::AgreementRequest request;
    if (parser.value(by) == u"tag")
        request.scheme = analysis::CodeScheme::Tag;
    else if (parser.value(by) != u"kind") {
        streams.err << Messages::tr("--by must be kind or tag.") << u'\n';
        return ExitUsage;
    }
    const QStringList setNames = parser.values(sets);
    if (setNames.size() < 2) {
        streams.err << Messages::tr("--sets must name two or more annotation sets.") << u'\n';
        return ExitUsage;
    }

    OpenOptions options;
    options.readOnly = true; // measuring never changes the project
    auto project = Project::open(parser.positionalArguments().first(), options);
    if (!project)
        return fail(streams, project.errorMessage());
    auto known = (*project)->annotationSets();
    if (!known)
        return fail(streams, known.errorMessage());
    for (const QString &name : setNames) {
        QUuid found;
        for (const AnnotationSet &candidate : std::as_const(*known)) {
            if (candidate.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                found = candidate.id;
        }
        if (found.isNull())
            return fail(streams, Messages::tr("There is no annotation set called “%1” in %2.")
                                     .arg(name, (*project)->name()));
        request.setIds.append(found);
    }
    if (parser.isSet(article)) {
        auto named = namedArticle(**project, parser.value(article));
        if (!named)
            return fail(streams, named.errorMessage());
        request.articleId = named->id;
    }
    auto input = analysis::readAgreementInput(**project, request);
    if (!input)
        return fail(streams, input.errorMessage());
    const analysis::AgreementReport report = analysis::computeAgreement(*input);

    analysis::AgreementNames names;
    if (auto tags = (*project)->tags()) {
        for (const Tag &tag : std::as_const(*tags))
            names.tags.insert(tag.id, tag.name);
    }
    if (formatName == u"json")
        streams.out << QString::fromUtf8(analysis::agreementJson(report, names));
    else if (formatName == u"csv")
        streams.out << analysis::agreementCsv(report);
    else
        streams.out << analysis::agreementText(report, names, parser.isSet(article));
    return ExitOk;
}

} // namespace

Subcommand agreementSubcommand()
{
    return {QStringLiteral("agreement"),
            QStringLiteral("agreement PROJECT --sets A B [C…] [--by kind|tag] [--article X] "
                           "[--format text|csv|json]"),
            Messages::tr("Measure how far annotation sets (coders) agree, and list where they "
                         "differ."),
            &runAgreement};
}

} // namespace counterpoint::cli

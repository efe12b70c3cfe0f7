#include "MemoCommands.h"

#include "CommandSupport.h"

#include "edit/ActorCommands.h"
#include "edit/MemoCommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

// The memo's new text from a file, read as UTF-8 (which plain text files are today).
Result<QString> readMemoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     Messages::tr("Cannot read %1: %2.").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    auto decode = QStringDecoder(QStringDecoder::Utf8);
    QString text = decode(bytes);
    if (decode.hasError())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot read %1: it is not UTF-8 text.").arg(path)};
    return text;
}

int runMemo(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    const QCommandLineOption article(
        QStringLiteral("article"),
        Messages::tr("The memo on this article (its id, or the beginning of its id or title)."),
        QStringLiteral("ARTICLE"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   Messages::tr("The memo on the actor of this name."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 Messages::tr("Replace the memo with TEXT; an empty TEXT removes "
                                              "it."),
                                 QStringLiteral("TEXT"));
    const QCommandLineOption fromFile(QStringLiteral("from-file"),
                                      Messages::tr("Replace the memo with the text of FILE "
                                                   "(UTF-8)."),
                                      QStringLiteral("FILE"));
    parser.addOptions({article, actor, set, fromFile});
    int status = ExitOk;
    if (!parseArguments(parser, memoSubcommand(), arguments, 1, 1, streams, status))
        return status;
    if (parser.isSet(article) && parser.isSet(actor)) {
        streams.err << Messages::tr("counterpoint memo: give --article or --actor, not both")
                    << '\n';
        return ExitUsage;
    }
    if (parser.isSet(set) && parser.isSet(fromFile)) {
        streams.err << Messages::tr("counterpoint memo: give --set or --from-file, not both")
                    << '\n';
        return ExitUsage;
    }
    std::optional<QString> newText;
    if (parser.isSet(set))
        newText = parser.value(set);
    if (parser.isSet(fromFile)) {
        auto read = readMemoFile(parser.value(fromFile));
        if (!read)
            return fail(streams, read.errorMessage());
        newText = *read;
    }

    auto project = openProject(parser.positionalArguments().first(), streams);
    if (!project)
        return ExitFailure;
    MemoSubject subject = MemoSubject::Project;
    QUuid subjectId;
    QString subjectName;
    if (parser.isSet(article)) {
        auto found = namedArticle(*project, parser.value(article));
        if (!found)
            return fail(streams, found.errorMessage());
        subject = MemoSubject::Article;
        subjectId = found->id;
        subjectName = found->title;
    } else if (parser.isSet(actor)) {
        auto found = ActorEdits::named(*project, parser.value(actor));
        if (!found)
            return fail(streams, found.errorMessage());
        subject = MemoSubject::Actor;
        subjectId = found->id;
        subjectName = found->name;
    }

    if (!newText) {
        auto text = MemoEdits::text(*project, subject, subjectId);
        if (!text)
            return fail(streams, text.errorMessage());
        if (!text->isEmpty())
            streams.out << *text << u'\n';
        return ExitOk;
    }
    auto edit = MemoEdits::set(*project, subject, subjectId, subjectName, *newText);
    if (!edit)
        return fail(streams, edit.errorMessage());
    if (Status done = (*edit)->apply(); !done)
        return fail(streams, done.errorMessage());
    streams.out << (*edit)->text() << u'\n';
    return ExitOk;
}

} // namespace

Subcommand memoSubcommand()
{
    return {QStringLiteral("memo"),
            QStringLiteral("memo PROJECT [--article ARTICLE | --actor NAME] [--set TEXT | "
                           "--from-file FILE]"),
            Messages::tr("Print the project's, an article's or an actor's memo, or replace it."),
            &runMemo};
}

} // namespace counterpoint::cli

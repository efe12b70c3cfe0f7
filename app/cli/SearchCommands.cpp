#include "SearchCommands.h"

#include "CommandSupport.h"
#include "search/ProjectSearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

// A CSV cell as RFC 4180 has it, quoted when it holds a comma, a quote or a line break; a cell
// that a spreadsheet would run as a formula (=, +, -, @) begins with an apostrophe instead.
QString csvCell(QString cell)
{
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        return u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell;
}

QJsonObject jsonHit(const search::SearchHit &hit)
{
    QJsonObject object{{QStringLiteral("field"), toString(hit.field)},
                       {QStringLiteral("start"), hit.start},
                       {QStringLiteral("end"), hit.end},
                       {QStringLiteral("before"), hit.before},
                       {QStringLiteral("match"), hit.match},
                       {QStringLiteral("after"), hit.after}};
    if (!hit.annotationId.isNull())
        object.insert(QStringLiteral("annotation"),
                      hit.annotationId.toString(QUuid::WithoutBraces));
    return object;
}

int runSearch(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("query"),
        Messages::tr("What to look for: words, \"phrases\", prefix*, NEAR(a b, N)."));
    const QCommandLineOption regex(QStringLiteral("regex"),
                                   Messages::tr("The query is one regular expression."));
    const QCommandLineOption wholeWord(QStringLiteral("whole-word"),
                                       Messages::tr("Hits are whole words only."));
    const QCommandLineOption caseSensitive(QStringLiteral("case"),
                                           Messages::tr("Upper and lower case differ."));
    const QCommandLineOption context(QStringLiteral("context"),
                                     Messages::tr("Words of context each side of a hit (5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Messages::tr("text (one line a hit, by article), csv or json."),
                                    QStringLiteral("text|csv|json"), QStringLiteral("text"));
    parser.addOptions({regex, wholeWord, caseSensitive, context, format});
    int status = ExitOk;
    if (!parseArguments(parser, searchSubcommand(), arguments, 2, 2, streams, status))
        return status;
    bool numeric = false;
    const int contextWords = parser.value(context).toInt(&numeric);
    if (!numeric || contextWords < 0 || contextWords > 100) {
        streams.err << Messages::tr("--context takes a number of words from 0 to 100, not “%1”.")
                           .arg(parser.value(context))
                    << u'\n';
        return ExitUsage;
    }
    const QString output = parser.value(format);
    if (output != u"text" && output != u"csv" && output != u"json") {
        streams.err << Messages::tr("--format must be text, csv or json, not “%1”.").arg(output)
                    << u'\n';
        return ExitUsage;
    }
    search::SearchOptions options;
    options.regex = parser.isSet(regex);
    options.wholeWord = parser.isSet(wholeWord);
    options.caseSensitive = parser.isSet(caseSensitive);
    auto query = search::SearchQuery::parse(parser.positionalArguments().at(1), options);
    if (!query)
        return fail(streams, query.errorMessage());

    OpenOptions reading;
    reading.readOnly = true;
    auto opened = Project::open(parser.positionalArguments().first(), reading);
    if (!opened)
        return fail(streams, opened.errorMessage());
    // Text and CSV are written article by article as the search finds them, so that the first
    // hits show (or reach a pipe) while the rest are looked for; JSON is one document.
    const auto printText = [&streams](const QString &title, const QList<search::SearchHit> &hits) {
        streams.out << Messages::tr("%1 (%n hit(s))", nullptr, int(hits.size())).arg(title)
                    << u'\n';
        for (const search::SearchHit &hit : hits) {
            QString where = QString::number(hit.start);
            if (hit.field == search::HitField::Memo)
                where = toString(hit.field) + u':' + where;
            else if (hit.field != search::HitField::Text)
                where = toString(hit.field) + u' ' + shortId(hit.annotationId) + u':' + where;
            streams.out
                << QStringLiteral("  %1  %2[%3]%4\n").arg(where, hit.before, hit.match, hit.after);
        }
        streams.out.flush();
    };
    const auto printCsv = [&streams](const QString &title, const QList<search::SearchHit> &hits) {
        for (const search::SearchHit &hit : hits) {
            const QStringList cells{
                hit.articleId.isNull() ? QString() : hit.articleId.toString(QUuid::WithoutBraces),
                title,
                toString(hit.field),
                hit.annotationId.isNull() ? QString()
                                          : hit.annotationId.toString(QUuid::WithoutBraces),
                QString::number(hit.start),
                QString::number(hit.end),
                hit.before,
                hit.match,
                hit.after};
            QStringList quoted;
            for (const QString &cell : cells)
                quoted.append(csvCell(cell));
            streams.out << quoted.join(u',') << "\r\n";
        }
        streams.out.flush();
    };
    search::ProjectSearch::ArticleFound found;
    if (output == u"text")
        found = [&](const search::ArticleHits &group) { printText(group.title, group.hits); };
    else if (output == u"csv") {
        streams.out << "article,title,field,annotation,start,end,before,match,after\r\n";
        found = [&](const search::ArticleHits &group) { printCsv(group.title, group.hits); };
    }
    auto results = search::ProjectSearch::run(
        **opened, *query, contextWords, search::ProjectSearch::Reading::NarrowedByIndex, found);
    if (!results)
        return fail(streams, results.errorMessage());

    if (output == u"json") {
        QJsonArray articles;
        for (const search::ArticleHits &group : std::as_const(results->articles)) {
            QJsonArray hits;
            for (const search::SearchHit &hit : group.hits) {
                hits.append(jsonHit(hit));
            }
            articles.append(QJsonObject{
                {QStringLiteral("article"), group.articleId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("title"), group.title},
                {QStringLiteral("textHits"), group.textHits},
                {QStringLiteral("annotationHits"), group.annotationHits},
                {QStringLiteral("memoHits"), group.memoHits},
                {QStringLiteral("hits"), hits}});
        }
        QJsonArray memos;
        for (const search::MemoHits &group : std::as_const(results->memos)) {
            QJsonArray hits;
            for (const search::SearchHit &hit : group.hits)
                hits.append(jsonHit(hit));
            QJsonObject memo{{QStringLiteral("subject"), toString(group.subject)},
                             {QStringLiteral("title"), group.title},
                             {QStringLiteral("hits"), hits}};
            if (group.subject == MemoSubject::Actor)
                memo.insert(QStringLiteral("actor"),
                            group.subjectId.toString(QUuid::WithoutBraces));
            memos.append(memo);
        }
        const QJsonObject document{{QStringLiteral("query"), query->text()},
                                   {QStringLiteral("hits"), results->hitCount},
                                   {QStringLiteral("articles"), articles},
                                   {QStringLiteral("memos"), memos}};
        streams.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    // The project's and the actors' memos after the articles, once the search is done.
    for (const search::MemoHits &group : std::as_const(results->memos)) {
        if (output == u"csv")
            printCsv(group.title, group.hits);
        else
            printText(group.title, group.hits);
    }
    if (output == u"csv")
        return ExitOk;
    streams.out << Messages::tr("%n hit(s)", nullptr, results->hitCount)
                << Messages::tr(" in %n article(s)", nullptr, int(results->articles.size()))
                << u'\n';
    return ExitOk;
}

} // namespace

Subcommand searchSubcommand()
{
    return {QStringLiteral("search"),
            QStringLiteral("search PROJECT QUERY [--regex] [--whole-word] [--case] [--context N] "
                           "[--format text|csv|json]"),
            Messages::tr("Find words, phrases, prefixes or a regular expression in every article "
                         "and annotation, with the words around each hit."),
            &runSearch};
}

} // namespace counterpoint::cli

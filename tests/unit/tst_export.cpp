// Export and import of annotations (issue 4): every format on a copy of the sample project, the
// W3C round trip, REFI-QDA checked against its schema, the CSV formula guard, hostile files, the
// atomic file write and the command line end to end.
#include "TestSupport.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

QByteArray exportBytes(const Project &project, ExportFormat format,
                       const ExportScope &scope = ExportScope::wholeProject())
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto outcome = exportAnnotations(project, format, scope, buffer, QStringLiteral("the buffer"));
    if (!outcome)
        qWarning("export failed: %s", qPrintable(outcome.errorMessage()));
    return bytes;
}

// RFC 4180 records: quoted cells may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QMap<QString, QByteArray> unzip(const QString &path)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(bytes);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// What a project holds, as comparable text, so "nothing changed" and "reproduced exactly" are
// one QCOMPARE each.
QStringList snapshot(const Project &project, bool withSetIds = true)
{
    QStringList lines;
    QHash<QUuid, QString> setNames;
    for (const AnnotationSet &set : *project.annotationSets())
        setNames.insert(set.id, set.name);
    for (const Annotation &a : *project.annotations()) {
        QStringList tags;
        for (const QUuid &tag : a.tagIds)
            tags.append(tag.toString());
        tags.sort();
        lines.append(QStringList{a.id.toString(), a.articleId.toString(),
                                 withSetIds ? a.setId.toString() : setNames.value(a.setId),
                                 toString(a.kind), QString::number(a.start), QString::number(a.end),
                                 a.quote.exact, a.quote.prefix, a.quote.suffix,
                                 a.actorId.toString(), tags.join(u' '), a.comment, a.author,
                                 a.created.toString(Qt::ISODateWithMs),
                                 a.modified.toString(Qt::ISODateWithMs), toString(a.anchorState)}
                         .join(u'|'));
    }
    for (const Relation &r : *project.relations())
        lines.append(QStringList{r.id.toString(), r.fromId.toString(), r.toId.toString(),
                                 toString(r.kind), r.comment, r.author,
                                 r.created.toString(Qt::ISODateWithMs)}
                         .join(u'|'));
    for (const Actor &actor : *project.actors())
        lines.append(actor.id.toString() + u'|' + actor.name);
    for (const Tag &tag : *project.tags())
        lines.append(tag.id.toString() + u'|' + tag.name + u'|' + tag.color.name());
    for (const ArticleSummary &article : *project.articleSummaries())
        lines.append(article.id.toString() + u'|' + article.title);
    lines.sort();
    return lines;
}

} // namespace

class TestExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_sample;
    int m_annotationCount = 0;
    int m_relationCount = 0;

    std::unique_ptr<Project> emptyProject(const QString &name)
    {
        return createProject(m_dir, name + QStringLiteral(".counterpoint"));
    }

    QString writeTemp(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    // An article with characters outside the BMP before the passages, so UTF-16 offsets and code
    // points differ.
    QUuid addEmojiArticle(Project &project)
    {
        Article article;
        article.title = QStringLiteral("Lobsters");
        article.url = QStringLiteral("https://example.org/lobsters");
        article.text =
            QStringLiteral("🦞🦞 GPUs travelled with live lobsters. =SUM(A1) said one.");
        article.original = article.text.toUtf8();
        article.contentHash = QStringLiteral("emoji-article");
        auto added = project.addArticle(article);
        return added ? added->id : QUuid();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString copy = m_dir.filePath(QStringLiteral("sample.counterpoint"));
        QVERIFY(QFile::copy(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), copy));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Project::open(copy);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_sample = std::move(opened).value();
        m_annotationCount = int(m_sample->annotations()->size());
        m_relationCount = int(m_sample->relations()->size());
        QVERIFY(m_annotationCount > 10);
    }

    void jsonLdIsAnAnnotationCollectionWithBothSelectors()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(exportBytes(*m_sample, ExportFormat::JsonLd)).object();
        QCOMPARE(root.value(u"type").toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(u"@context").toArray().first().toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(u"total").toInt(), m_annotationCount + m_relationCount);
        const QJsonArray items = root.value(u"first").toObject().value(u"items").toArray();
        QCOMPARE(items.size(), m_annotationCount + m_relationCount);

        int linking = 0;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            QVERIFY(item.value(u"id").toString().startsWith(u"urn:uuid:"));
            QCOMPARE(item.value(u"type").toString(), QStringLiteral("Annotation"));
            QVERIFY(!item.value(u"created").toString().isEmpty());
            QVERIFY(item.value(u"creator").toObject().contains(u"name"));
            const QJsonArray bodies = item.value(u"body").toArray();
            QCOMPARE(bodies.first().toObject().value(u"purpose").toString(),
                     QStringLiteral("classifying"));
            if (item.value(u"motivation").toString() == u"linking") {
                ++linking;
                QCOMPARE(item.value(u"target").toArray().size(), 2);
                QVERIFY(
                    relationKindFromString(bodies.first().toObject().value(u"value").toString()));
                continue;
            }
            const auto id = QUuid::fromString(item.value(u"id").toString().mid(9));
            auto annotation = m_sample->annotation(id);
            QVERIFY(annotation);
            QCOMPARE(bodies.first().toObject().value(u"value").toString(),
                     toString(annotation->kind));
            int tagBodies = 0;
            for (const QJsonValue &body : bodies)
                tagBodies += body.toObject().value(u"purpose").toString() == u"tagging";
            QCOMPARE(tagBodies, annotation->tagIds.size());
            const QJsonObject target = item.value(u"target").toObject();
            auto article = m_sample->article(annotation->articleId);
            QCOMPARE(target.value(u"source").toString(),
                     article->url.isEmpty()
                         ? QStringLiteral("urn:uuid:") +
                               annotation->articleId.toString(QUuid::WithoutBraces)
                         : article->url);
            const QJsonArray selectors = target.value(u"selector").toArray();
            QCOMPARE(selectors.at(0).toObject().value(u"type").toString(),
                     QStringLiteral("TextQuoteSelector"));
            QCOMPARE(selectors.at(0).toObject().value(u"exact").toString(),
                     annotation->quote.exact);
            QCOMPARE(selectors.at(0).toObject().value(u"prefix").toString(),
                     annotation->quote.prefix);
            const QJsonObject position = selectors.at(1).toObject();
            QCOMPARE(position.value(u"type").toString(), QStringLiteral("TextPositionSelector"));
            // Code points: the article text as UCS-4 shows the quote at those positions.
            const QList<uint> ucs4 = article->text.toUcs4();
            const int start = position.value(u"start").toInt();
            const int end = position.value(u"end").toInt();
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start,
                                       end - start),
                     annotation->quote.exact);
        }
        QCOMPARE(linking, m_relationCount);
    }

    void positionsAreCodePointsNotUtf16Units()
    {
        auto project = emptyProject(QStringLiteral("emoji"));
        const QUuid articleId = addEmojiArticle(*project);
        const QString text = *project->articleText(articleId);
        const int start = int(text.indexOf(u"live lobsters"));
        auto added = project->addAnnotation({QUuid(),
                                             articleId,
                                             QUuid(),
                                             AnnotationKind::Claim,
                                             start,
                                             start + 13,
                                             {},
                                             {},
                                             {},
                                             {},
                                             {},
                                             {},
                                             {},
                                             AnchorState::Exact});
        QVERIFY2(added, qPrintable(added.errorMessage()));
        const QJsonObject root =
            QJsonDocument::fromJson(exportBytes(*project, ExportFormat::JsonLd)).object();
        const QJsonObject position = root.value(u"first")
                                         .toObject()
                                         .value(u"items")
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(u"target")
                                         .toObject()
                                         .value(u"selector")
                                         .toArray()
                                         .at(1)
                                         .toObject();
        QCOMPARE(position.value(u"start").toInt(), start - 2); // two emoji, four UTF-16 units
        QCOMPARE(position.value(u"end").toInt(), start + 13 - 2);

        const QList<QStringList> rows =
            parseCsv(QString::fromUtf8(exportBytes(*project, ExportFormat::Csv)));
        QCOMPARE(rows.at(1).at(10), QString::number(start - 2));
    }

    void csvHasOneRowPerAnnotationWithTheColumnsAsked()
    {
        const QList<QStringList> rows =
            parseCsv(QString::fromUtf8(exportBytes(*m_sample, ExportFormat::Csv)));
        QCOMPARE(rows.size(), m_annotationCount + 1);
        QCOMPARE(rows.first(),
                 QStringLiteral("id,set,article title,article URL,kind,actor,tags,quote,prefix,"
                                "suffix,start,end,comment,created,modified,author,related ids,"
                                "verdict,rating value,worst rating,best rating,reviewer,reviewed,"
                                "review URL,page")
                     .split(u','));
        int related = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 25);
            QCOMPARE(row.at(24), QString()); // the sample has no PDF, so no pages
            auto annotation = m_sample->annotation(QUuid::fromString(row.at(0)));
            QVERIFY(annotation);
            QCOMPARE(row.at(4), toString(annotation->kind));
            QCOMPARE(row.at(7), annotation->quote.exact);
            QCOMPARE(row.at(12), annotation->comment);
            related += int(row.at(16).split(QStringLiteral("; "), Qt::SkipEmptyParts).size());
        }
        QCOMPARE(related, 2 * m_relationCount); // each link is listed at both of its ends
    }

    void csvNeutralisesCellsASpreadsheetWouldRun()
    {
        auto project = emptyProject(QStringLiteral("formulas"));
        const QUuid articleId = addEmojiArticle(*project);
        const QString text = *project->articleText(articleId);
        const int start = int(text.indexOf(u"=SUM(A1)"));
        QStringList comments{QStringLiteral("=HYPERLINK(\"http://evil\")"),
                             QStringLiteral("+1"),
                             QStringLiteral("-2"),
                             QStringLiteral("@SUM(1)"),
                             QStringLiteral("\tTab"),
                             QStringLiteral("\rCR"),
                             QStringLiteral("\nLF"),
                             QStringLiteral("harmless")};
        for (const QString &comment : comments) {
            Annotation a;
            a.articleId = articleId;
            a.start = start;
            a.end = start + 8;
            a.comment = comment;
            QVERIFY(project->addAnnotation(a));
        }
        const QList<QStringList> rows =
            parseCsv(QString::fromUtf8(exportBytes(*project, ExportFormat::Csv)));
        QCOMPARE(rows.size(), comments.size() + 1);
        QSet<QString> cells;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.at(7), QStringLiteral("'=SUM(A1)")); // the quote, too
            cells.insert(row.at(12));
        }
        for (const QString &comment : comments) {
            const QString expected = comment == u"harmless" ? comment : u'\'' + comment;
            QVERIFY2(cells.contains(expected), qPrintable(expected));
        }
    }

    void reportsListClaimsWithRebuttalsSourcesAndCounts()
    {
        const QString markdown = QString::fromUtf8(exportBytes(*m_sample, ExportFormat::Markdown));
        const QString html = QString::fromUtf8(exportBytes(*m_sample, ExportFormat::Html));
        for (const ArticleSummary &article : *m_sample->articleSummaries()) {
            QVERIFY2(html.contains(article.title.toHtmlEscaped()), qPrintable(article.title));
            QVERIFY2(markdown.contains(u"## "), qPrintable(article.title));
        }
        // Each claim appears with its actor; each rebuttal under the claim it rebuts.
        QHash<QUuid, QString> actors;
        for (const Actor &actor : *m_sample->actors())
            actors.insert(actor.id, actor.name);
        for (const Relation &r : *m_sample->relations()) {
            if (r.kind != RelationKind::Rebuts)
                continue;
            const Annotation claim = *m_sample->annotation(r.toId);
            const Annotation counter = *m_sample->annotation(r.fromId);
            if (claim.kind != AnnotationKind::Claim)
                continue;
            const qsizetype claimAt = html.indexOf(claim.quote.exact.simplified().toHtmlEscaped());
            QVERIFY2(claimAt > 0, qPrintable(claim.quote.exact));
            QVERIFY(html.indexOf(u"Rebutted by", claimAt) > claimAt);
            QVERIFY(html.indexOf(counter.quote.exact.simplified().toHtmlEscaped(), claimAt) >
                    claimAt);
        }
        QVERIFY(html.contains(u"<h3>Anthropic</h3>")); // under "Who claims what"
        QVERIFY(html.contains(u"Supported by") && markdown.contains(u"- Supported by **"));
        // A source that names nobody says so.
        QVERIFY(markdown.contains(u"Source** · (no actor)"));
        QVERIFY(markdown.contains(u"### Counts by actor and kind"));
        QVERIFY(markdown.contains(u"| Actor | Claim | Counterclaim | Source | Note | All |"));
        QVERIFY(html.contains(u"<th>Counterclaim</th>"));

        const QByteArray pdf = exportBytes(*m_sample, ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 5000);
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }

    // Issue 16 item 3: the HTML report draws the charts the window shows, as inline SVG.
    void htmlReportDrawsTheCharts()
    {
        const QString html = QString::fromUtf8(exportBytes(*m_sample, ExportFormat::Html));
        QVERIFY(html.contains(u"<h2>Charts</h2>"));
        // Kinds by actor, tags used together, who rebuts whom, who supports whom, the timeline.
        QCOMPARE(html.count(u"<figure class=\"chart\">"), 5);
        qsizetype at = 0;
        int drawings = 0;
        while ((at = html.indexOf(u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"",
                                  at)) >= 0) {
            const qsizetype end = html.indexOf(u"</svg>", at);
            QVERIFY(end > at);
            QXmlStreamReader svg(html.mid(at, end + 6 - at));
            while (!svg.atEnd())
                svg.readNext();
            QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
            ++drawings;
            at = end;
        }
        QCOMPARE(drawings, 5);
        const qsizetype charts = html.indexOf(u"<h2>Charts</h2>");
        for (const char *name : {"Nvidia", "Jensen Huang", "smuggling", "AI Diffusion Rule"})
            QVERIFY2(html.indexOf(QLatin1String(name), charts) > charts, name);
        // The briefing gives no date: its claim and counterclaim are not on the timeline.
        QVERIFY(html.indexOf(u"2 annotation", charts) > charts);
        // The kinds' colours, as in the window.
        QVERIFY(html.indexOf(u"fill=\"#0072b2\"", charts) > charts);
        QVERIFY(html.indexOf(u"fill=\"#d55e00\"", charts) > charts);
    }

    void qdpxHoldsSourcesAndValidatesAgainstTheSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.qdpx"));
        auto outcome = exportAnnotationsToFile(*m_sample, ExportFormat::Qdpx,
                                               ExportScope::wholeProject(), path);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        const QMap<QString, QByteArray> entries = unzip(path);
        QVERIFY(entries.contains(QStringLiteral("project.qde")));
        for (const ArticleSummary &article : *m_sample->articleSummaries()) {
            const QString name = QStringLiteral("sources/") +
                                 article.id.toString(QUuid::WithoutBraces) + QStringLiteral(".txt");
            QVERIFY2(entries.contains(name), qPrintable(name));
            QCOMPARE(QString::fromUtf8(entries.value(name)), *m_sample->articleText(article.id));
        }
        const QByteArray qde = entries.value(QStringLiteral("project.qde"));
        QVERIFY(qde.contains("plainTextPath=\"internal://"));
        QCOMPARE(qde.count("<PlainTextSelection "), m_annotationCount);
        QCOMPARE(qde.count("<Link "), m_relationCount);
        QVERIFY(qde.contains("<Case ") && qde.contains("<Note ") && qde.contains("color=\"#"));

        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed");
        SKIP_WITHOUT_SHARED_DATA(); // the REFI-QDA schema
        const QString qdePath = writeTemp(QStringLiteral("project.qde"), qde);
        QProcess process;
        process.start(
            xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      QStringLiteral(COUNTERPOINT_SHARED_DIR "/specs/refi-qda/Project-mrt2019.xsd"),
                      qdePath});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void aifHasInformationNodesAndArgumentNodes()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(exportBytes(*m_sample, ExportFormat::Aif)).object();
        const QJsonArray nodes = root.value(u"nodes").toArray();
        QHash<QString, QString> typeOf;
        QMap<QString, int> counts;
        for (const QJsonValue &node : nodes) {
            typeOf.insert(node[u"nodeID"].toString(), node[u"type"].toString());
            ++counts[node[u"type"].toString()];
        }
        // Every annotation is an I-node, notes too (issue 15 item 9), and every relation a scheme.
        QCOMPARE(counts.value(QStringLiteral("I")), int(m_sample->annotations()->size()));
        QCOMPARE(counts.value(QStringLiteral("RA")) + counts.value(QStringLiteral("CA")) +
                     counts.value(QStringLiteral("MA")),
                 int(m_sample->relations()->size()));
        QVERIFY(counts.value(QStringLiteral("RA")) > 0);
        QVERIFY(counts.value(QStringLiteral("CA")) > 0);
        QCOMPARE(counts.value(QStringLiteral("L")), counts.value(QStringLiteral("YA")));
        for (const QJsonValue &edge : root.value(u"edges").toArray()) {
            QVERIFY(typeOf.contains(edge[u"fromID"].toString()));
            QVERIFY(typeOf.contains(edge[u"toID"].toString()));
        }
        QCOMPARE(root.value(u"locutions").toArray().size(), counts.value(QStringLiteral("L")));
        QVERIFY(root.value(u"participants").toArray().size() >= 4);
    }

    void scopeLimitsTheExport()
    {
        QUuid second;
        for (const AnnotationSet &set : *m_sample->annotationSets()) {
            if (set.name != u"Default")
                second = set.id;
        }
        int inSet = 0;
        for (const Annotation &a : *m_sample->annotations())
            inSet += a.setId == second;
        QVERIFY(inSet > 0 && inSet < m_annotationCount);
        const auto rows = parseCsv(QString::fromUtf8(
            exportBytes(*m_sample, ExportFormat::Csv, ExportScope::sets({second}))));
        QCOMPARE(rows.size(), inSet + 1);

        const QList<Annotation> all = *m_sample->annotations();
        const ExportScope two = ExportScope::annotations({all.at(0).id, all.at(1).id});
        QCOMPARE(parseCsv(QString::fromUtf8(exportBytes(*m_sample, ExportFormat::Csv, two))).size(),
                 3);
    }

    // A few annotations chosen by id (the export dialog's preview, a short list) are looked up
    // one by one, many are found by reading every row: both give the rows the whole export
    // gives for them, in its order, equal ranges included (ordered by id).
    void listedAnnotationsExportAsInTheWholeExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("listed.counterpoint"));
        QFile::remove(path);
        QVERIFY(QFile::copy(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Project::open(path);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Project &project = **opened;
        const QList<Annotation> before = *project.annotations();
        QList<QUuid> listed{before.at(0).id, before.at(3).id, before.at(5).id};
        for (int i = 0; i < 2; ++i) { // two more on exactly the first one's passage
            Annotation twin;
            twin.articleId = before.at(0).articleId;
            twin.start = before.at(0).start;
            twin.end = before.at(0).end;
            twin.kind = AnnotationKind::Source;
            auto added = project.addAnnotation(twin);
            QVERIFY2(added, qPrintable(added.errorMessage()));
            listed.prepend(added->id);
        }
        listed.append(listed.first());      // named twice
        listed.append(QUuid::createUuid()); // names none
        QList<QUuid> many = listed;         // over the lookup limit: every row is read
        for (int i = 0; i < 1200; ++i)
            many.append(QUuid::createUuid());

        const QSet<QString> wanted = [&] {
            QSet<QString> ids;
            for (const QUuid &id : std::as_const(listed))
                ids.insert(id.toString(QUuid::WithoutBraces));
            return ids;
        }();
        QList<QStringList> expected;
        const auto whole = parseCsv(QString::fromUtf8(exportBytes(project, ExportFormat::Csv)));
        for (const QStringList &row : whole) {
            if (expected.isEmpty() || wanted.contains(row.at(0)))
                expected.append(row); // the header, then the rows asked for
        }
        QCOMPARE(expected.size(), 1 + 5);

        const auto fewRows = parseCsv(QString::fromUtf8(
            exportBytes(project, ExportFormat::Csv, ExportScope::annotations(listed))));
        QCOMPARE(fewRows, expected);
        for (const ExportFormat format :
             {ExportFormat::Csv, ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Aif}) {
            const QByteArray few = exportBytes(project, format, ExportScope::annotations(listed));
            QVERIFY(!few.isEmpty());
            QCOMPARE(exportBytes(project, format, ExportScope::annotations(many)), few);
        }
    }

    void jsonLdRoundTripReproducesTheProjectExactly()
    {
        const QByteArray json = exportBytes(*m_sample, ExportFormat::JsonLd);
        auto project = emptyProject(QStringLiteral("roundtrip"));
        auto report = importWebAnnotations(*project, json, QStringLiteral("sample.jsonld"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, m_annotationCount);
        QCOMPARE(report->relationsAdded, m_relationCount);
        QCOMPARE(report->articlesAdded, 3);
        QVERIFY2(report->skipped.isEmpty(), qPrintable(report->skipped.join(u'\n')));
        // Sets are matched by name: the new project's own "Default" set takes in its annotations.
        QCOMPARE(snapshot(*project, false), snapshot(*m_sample, false));
        for (const Article &article : {*project->article(m_sample->articleSummaries()->first().id)})
            QCOMPARE(article.url, m_sample->article(article.id)->url);

        // Again: the same ids update, never duplicate.
        auto again = importWebAnnotations(*project, json, QStringLiteral("sample.jsonld"));
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, m_annotationCount);
        QCOMPARE(again->relationsAdded, 0);
        QCOMPARE(again->articlesAdded, 0);
        QCOMPARE(snapshot(*project, false), snapshot(*m_sample, false));
    }

    void importUpdatesWhatTheProjectAlreadyHolds()
    {
        auto project = emptyProject(QStringLiteral("update"));
        const QByteArray json = exportBytes(*m_sample, ExportFormat::JsonLd);
        QVERIFY(importWebAnnotations(*project, json, QStringLiteral("a.jsonld")));
        Annotation changed = project->annotations()->first();
        changed.comment = QStringLiteral("changed here");
        changed.kind = AnnotationKind::Note;
        QVERIFY(project->updateAnnotation(changed));
        auto report = importWebAnnotations(*project, json, QStringLiteral("a.jsonld"));
        QVERIFY(report);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->added, 0);
        QCOMPARE(project->annotations()->size(), m_annotationCount);
        QCOMPARE(project->annotation(changed.id)->comment,
                 m_sample->annotation(changed.id)->comment);
    }

    void importsTheTextQuoteExamplesOfTheModel()
    {
        SKIP_WITHOUT_SHARED_DATA(); // the W3C examples
        auto project = emptyProject(QStringLiteral("examples"));
        Article page;
        page.title = QStringLiteral("Example page");
        page.url = QStringLiteral("http://example.org/page1");
        page.text = QStringLiteral("Here this is an anotation that has some text before the "
                                   "Selected Text and text after it.");
        page.original = page.text.toUtf8();
        page.contentHash = QStringLiteral("example-page");
        QVERIFY(project->addArticle(page));
        const QString examples =
            QStringLiteral(COUNTERPOINT_SHARED_DIR "/specs/web-annotation/examples/");

        auto single = importAnnotations(*project, examples + QStringLiteral("anno26.json"));
        QVERIFY2(single, qPrintable(single.errorMessage()));
        QCOMPARE(single->added, 1);
        auto collection =
            importAnnotations(*project, examples + QStringLiteral("collection1.json"));
        QVERIFY2(collection, qPrintable(collection.errorMessage()));
        QCOMPARE(collection->added, 1);           // anno32: a quote refining a fragment
        QCOMPARE(collection->unchanged, 1);       // anno26 again
        QVERIFY(collection->skipped.size() > 30); // images, audio, whole pages…
        QStringList quotes;
        for (const Annotation &a : *project->annotations())
            quotes.append(a.quote.exact);
        quotes.sort();
        QCOMPARE(quotes,
                 (QStringList{QStringLiteral("Selected Text"), QStringLiteral("anotation")}));

        // An AnnotationPage on its own.
        const QJsonObject root =
            QJsonDocument::fromJson(readFile(examples + QStringLiteral("collection1.json")))
                .object();
        const QByteArray page1 = QJsonDocument(root.value(u"first").toObject()).toJson();
        auto pageReport = importWebAnnotations(*project, page1, QStringLiteral("page1.json"));
        QVERIFY2(pageReport, qPrintable(pageReport.errorMessage()));
        QCOMPARE(pageReport->unchanged, 2);
    }

    void qdpxRoundTripKeepsKindsTagsActorsCommentsAndLinks()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.qdpx"));
        QVERIFY(exportAnnotationsToFile(*m_sample, ExportFormat::Qdpx, ExportScope::wholeProject(),
                                        path));
        auto project = emptyProject(QStringLiteral("fromqdpx"));
        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->articlesAdded, 3);
        QCOMPARE(report->added, m_annotationCount);
        QCOMPARE(report->relationsAdded, m_relationCount);
        QHash<QUuid, QString> sampleTags, tags;
        for (const Tag &t : *m_sample->tags())
            sampleTags.insert(t.id, t.name);
        for (const Tag &t : *project->tags())
            tags.insert(t.id, t.name);
        QHash<QUuid, QString> sampleActors, actors;
        for (const Actor &a : *m_sample->actors())
            sampleActors.insert(a.id, a.name);
        for (const Actor &a : *project->actors())
            actors.insert(a.id, a.name);
        for (const Annotation &original : *m_sample->annotations()) {
            auto imported = project->annotation(original.id);
            QVERIFY(imported);
            QCOMPARE(toString(imported->kind), toString(original.kind));
            QVERIFY(imported->quote == original.quote);
            QCOMPARE(imported->comment, original.comment);
            QCOMPARE(actors.value(imported->actorId), sampleActors.value(original.actorId));
            QStringList a, b;
            for (const QUuid &id : imported->tagIds)
                a.append(tags.value(id));
            for (const QUuid &id : original.tagIds)
                b.append(sampleTags.value(id));
            a.sort();
            b.sort();
            QCOMPARE(a, b);
        }
        auto again = importAnnotations(*project, path);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, m_annotationCount);
    }

    void qdpxFromAnotherToolWithCrLfAndPlainTextContent()
    {
        const QString text = QStringLiteral("Line one\r\nLine two 🦞 has a claim.\r\n");
        const QByteArray qde =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"other\">"
            "<CodeBook><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"Claim\" "
            "isCodable=\"true\"/>"
            "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"economy\" "
            "isCodable=\"true\" color=\"#ff0000\"/></Codes></CodeBook>"
            "<Sources><TextSource guid=\"33333333-3333-3333-3333-333333333333\" name=\"Interview\" "
            "plainTextPath=\"internal://33333333-3333-3333-3333-333333333333.txt\">"
            "<PlainTextSelection guid=\"44444444-4444-4444-4444-444444444444\" "
            "startPosition=\"25\" endPosition=\"32\">"
            "<Coding guid=\"55555555-5555-5555-5555-555555555555\"><CodeRef "
            "targetGUID=\"11111111-1111-1111-1111-111111111111\"/></Coding>"
            "<Coding guid=\"66666666-6666-6666-6666-666666666666\"><CodeRef "
            "targetGUID=\"22222222-2222-2222-2222-222222222222\"/></Coding>"
            "</PlainTextSelection></TextSource></Sources></Project>";
        const QString path = m_dir.filePath(QStringLiteral("other.qdpx"));
        QVERIFY(writeZip(path, {{QStringLiteral("project.qde"), qde},
                                {QStringLiteral("sources/33333333-3333-3333-3333-333333333333.txt"),
                                 text.toUtf8()}}));
        auto project = emptyProject(QStringLiteral("other"));
        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 1);
        const Annotation a = project->annotations()->first();
        QCOMPARE(a.quote.exact, QStringLiteral("a claim")); // CR LF counted as two characters
        QCOMPARE(toString(a.kind), QStringLiteral("claim"));
        QCOMPARE(project->tags()->first().name, QStringLiteral("economy"));
        QCOMPARE(project->tags()->first().color, QColor(0xff0000));
        QVERIFY(!project->articleText(a.articleId)->contains(u'\r'));
    }

    void rejectsBadFilesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QTest::newRow("malformed JSON")
            << "broken.json" << QByteArray("{\"type\": \"Annotation\",") << "not valid JSON";
        QTest::newRow("not an annotation")
            << "other.json" << QByteArray("{\"hello\": 1}") << "not a W3C Web Annotation";
        QTest::newRow("wrong type of start")
            << "types.json"
            << QByteArray("{\"type\":\"Annotation\",\"id\":\"urn:uuid:9b1f6a52-0000-4000-8000-"
                          "000000000001\","
                          "\"target\":{\"source\":\"http://"
                          "x\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":\"zero\","
                          "\"end\":3}}}")
            << "whole number";
        QTest::newRow("wrong type of exact")
            << "exact.json"
            << QByteArray("{\"type\":\"Annotation\",\"target\":{\"source\":\"http://"
                          "x\",\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":42}}}")
            << "must be a string";
        QTest::newRow("items not a list")
            << "page.json" << QByteArray("{\"type\":\"AnnotationPage\",\"items\":{}}") << "list";
        QTest::newRow("linked pages")
            << "linked.json"
            << QByteArray(
                   "{\"type\":\"AnnotationCollection\",\"first\":\"http://example.org/page1\"}")
            << "network";
        QTest::newRow("item not an object")
            << "items.json" << QByteArray("{\"type\":\"AnnotationPage\",\"items\":[1]}")
            << "not a JSON object";
        QTest::newRow("zip that is not one")
            << "garbage.qdpx" << QByteArray("PK\x03\x04garbage") << "not a zip";
    }

    void rejectsBadFilesAndChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        const QStringList before = snapshot(*m_sample);
        auto report = importAnnotations(*m_sample, writeTemp(name, bytes));
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(name), qPrintable(report.errorMessage()));
        QVERIFY2(report.errorMessage().contains(cause), qPrintable(report.errorMessage()));
        QCOMPARE(snapshot(*m_sample), before);
    }

    void rejectsHostileZips_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("cause");
        QTest::newRow("dot dot") << "sources/../../evil.txt"
                                 << "leads outside";
        QTest::newRow("absolute") << "/etc/evil.txt"
                                  << "leads outside";
        QTest::newRow("backslash") << "sources\\..\\evil.txt"
                                   << "leads outside";
        QTest::newRow("drive") << "C:/evil.txt"
                               << "leads outside";
    }

    void rejectsHostileZips()
    {
        QFETCH(QString, entry);
        QFETCH(QString, cause);
        const QString path = m_dir.filePath(QStringLiteral("slip.qdpx"));
        QFile::remove(path);
        QVERIFY(
            writeZip(path, {{QStringLiteral("project.qde"), QByteArray("<Project name=\"x\"/>")},
                            {entry, QByteArray("boo")}}));
        const QStringList before = snapshot(*m_sample);
        auto report = importAnnotations(*m_sample, path);
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(u"slip.qdpx") &&
                     report.errorMessage().contains(cause),
                 qPrintable(report.errorMessage()));
        QCOMPARE(snapshot(*m_sample), before);
    }

    void rejectsZipBombs()
    {
        const QString path = m_dir.filePath(QStringLiteral("bomb.qdpx"));
        QVERIFY(
            writeZip(path, {{QStringLiteral("project.qde"), QByteArray("<Project name=\"x\"/>")},
                            {QStringLiteral("sources/zeros.txt"), QByteArray(8 << 20, '\0')}}));
        auto ratio = importAnnotations(*m_sample, path);
        QVERIFY(!ratio);
        QVERIFY2(ratio.errorMessage().contains(u"zip bomb"), qPrintable(ratio.errorMessage()));

        ImportLimits small;
        small.maxUncompressedSize = 1 << 20;
        small.maxCompressionRatio = 1 << 30;
        auto total = importAnnotations(*m_sample, path, {}, small);
        QVERIFY(!total);
        QVERIFY2(total.errorMessage().contains(u"bomb.qdpx") &&
                     total.errorMessage().contains(u"MiB"),
                 qPrintable(total.errorMessage()));
    }

    void rejectsXmlWithADoctype()
    {
        const QString path = m_dir.filePath(QStringLiteral("xxe.qdpx"));
        QVERIFY(writeZip(path, {{QStringLiteral("project.qde"),
                                 QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY "
                                            "x SYSTEM \"file:///etc/passwd\">]>\n"
                                            "<Project name=\"&x;\"/>")}}));
        const QStringList before = snapshot(*m_sample);
        auto report = importAnnotations(*m_sample, path);
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(u"xxe.qdpx") &&
                     report.errorMessage().contains(u"DOCTYPE"),
                 qPrintable(report.errorMessage()));
        QCOMPARE(snapshot(*m_sample), before);
    }

    void cancelledExportLeavesNoFileAndKeepsTheOldOne()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("cancelled/new.csv"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("cancelled")));
        const QString existing = writeTemp(QStringLiteral("cancelled/old.jsonld"), "old contents");
        const auto cancel = [](qint64 done, qint64) { return done < 5; };
        for (const ExportFormat format : allExportFormats()) {
            auto outcome = exportAnnotationsToFile(*m_sample, format, ExportScope::wholeProject(),
                                                   fresh, cancel);
            QVERIFY2(!outcome, qPrintable(toString(format)));
            QCOMPARE(outcome.error().code, Error::Code::Cancelled);
            QVERIFY(!QFile::exists(fresh));
            auto over = exportAnnotationsToFile(*m_sample, format, ExportScope::wholeProject(),
                                                existing, cancel);
            QVERIFY(!over);
            QCOMPARE(readFile(existing), QByteArray("old contents"));
        }
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("cancelled"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("old.jsonld")}); // no temporary files left
        auto unwritable =
            exportAnnotationsToFile(*m_sample, ExportFormat::Csv, ExportScope::wholeProject(),
                                    m_dir.filePath(QStringLiteral("missing/dir/x.csv")));
        QVERIFY(!unwritable);
        QVERIFY(unwritable.errorMessage().contains(u"x.csv"));
    }

    void commandLineExportsAndImports()
    {
        const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
        const QString json = m_dir.filePath(QStringLiteral("cli.jsonld"));
        const QString project = m_dir.filePath(QStringLiteral("sample.counterpoint"));
        auto run = [](const QStringList &arguments) {
            QProcess process;
            process.start(counterpointExecutable(), arguments);
            process.waitForFinished(120000);
            return std::tuple(process.exitCode(),
                              QString::fromUtf8(process.readAllStandardOutput()),
                              QString::fromUtf8(process.readAllStandardError()));
        };
        auto [status, out, err] = run(
            {QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--set"), QStringLiteral("Second reading"), QStringLiteral("-o"), csv});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY(out.contains(u"cli.csv"));
        QVERIFY(parseCsv(QString::fromUtf8(readFile(csv))).size() > 1);

        std::tie(status, out, err) =
            run({QStringLiteral("export"), project, QStringLiteral("--format"),
                 QStringLiteral("jsonld"), QStringLiteral("-o"), json});
        QVERIFY2(status == 0, qPrintable(err));
        const QString target = m_dir.filePath(QStringLiteral("cli-import.counterpoint"));
        std::tie(status, out, err) = run({QStringLiteral("import-annotations"), target, json});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("%1 annotations added").arg(m_annotationCount)),
                 qPrintable(out));

        std::tie(status, out, err) =
            run({QStringLiteral("export"), project, QStringLiteral("--format"),
                 QStringLiteral("docx"), QStringLiteral("-o"), csv});
        QCOMPARE(status, 2);
        QVERIFY(err.contains(u"--format"));
        std::tie(status, out, err) = run(
            {QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--set"), QStringLiteral("Nope"), QStringLiteral("-o"), csv});
        QCOMPARE(status, 1);
        QVERIFY(err.contains(u"Nope"));
        std::tie(status, out, err) = run({QStringLiteral("import-annotations"), target,
                                          writeTemp(QStringLiteral("bad.json"), "[")});
        QCOMPARE(status, 1);
        QVERIFY(err.contains(u"bad.json") && err.contains(u"not valid JSON"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"

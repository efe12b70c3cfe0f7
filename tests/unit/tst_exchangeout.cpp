// Exchange formats going out without loss (issue 15 item 6): the W3C export's orphans carry
// their quote and state but no position, its page has an id and names its collection, and every
// term it writes survives expansion by a JSON-LD processor (jsonld.js, offline, in safe mode).
#include "TestSupport.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString articleText = QStringLiteral(
    "Chips were hidden in prosthetic baby bumps. Nvidia denies it. Smugglers used lobsters.");

} // namespace

class TestExchangeOut final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUuid m_orphan;

    QJsonObject exportedJson(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto outcome = exportAnnotationsToFile(*m_project, ExportFormat::JsonLd,
                                               ExportScope::wholeProject(), path);
        if (!outcome) {
            qWarning() << outcome.errorMessage();
            return {};
        }
        return QJsonDocument::fromJson(readFile(path)).object();
    }

private slots:
    // One article with a set, an actor and a tag that carry a description and a colour, an
    // annotation that uses them all, an orphan, and a link between the two.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = createProject(m_dir, QStringLiteral("out.counterpoint"));
        QVERIFY(m_project);
        Article article;
        article.title = QStringLiteral("Chips");
        article.url = QStringLiteral("https://example.org/chips");
        article.text = articleText;
        article.original = articleText.toUtf8();
        article.contentHash = QStringLiteral("chips-out");
        auto added = m_project->addArticle(article);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        AnnotationSet set;
        set.name = QStringLiteral("Team B");
        set.description = QStringLiteral("The second reading.");
        auto teamB = m_project->addAnnotationSet(set);
        QVERIFY2(teamB, qPrintable(teamB.errorMessage()));
        auto actor =
            m_project->addActor({{}, QStringLiteral("Nvidia"), QStringLiteral("The chip maker.")});
        QVERIFY2(actor, qPrintable(actor.errorMessage()));
        auto tag = m_project->addTag({{}, QStringLiteral("smuggling"), QColor(0x33, 0x66, 0x99)});
        QVERIFY2(tag, qPrintable(tag.errorMessage()));

        Annotation denial;
        denial.articleId = added->id;
        denial.kind = AnnotationKind::Counterclaim;
        denial.start = 44;
        denial.end = 61;
        denial.setId = teamB->id;
        denial.actorId = actor->id;
        denial.tagIds = {tag->id};
        denial.comment = QStringLiteral("A flat denial.");
        auto first = m_project->addAnnotation(denial);
        QVERIFY2(first, qPrintable(first.errorMessage()));

        Annotation orphan;
        orphan.articleId = added->id;
        orphan.kind = AnnotationKind::Claim;
        orphan.anchorState = AnchorState::Orphaned;
        orphan.quote = {QStringLiteral("Chips were smuggled in bumps."), QString(), QString()};
        auto second = m_project->addAnnotation(orphan);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        m_orphan = second->id;
        auto link = m_project->addRelation(
            {{}, first->id, second->id, RelationKind::Rebuts, QString(), QString(), {}});
        QVERIFY2(link, qPrintable(link.errorMessage()));
    }

    // Item 6: the orphan keeps its quote and state; no position selector says where it is not.
    void orphansHaveNoPosition()
    {
        const QJsonObject root = exportedJson(QStringLiteral("orphan.jsonld"));
        const QString orphanId =
            QStringLiteral("urn:uuid:") + m_orphan.toString(QUuid::WithoutBraces);
        QJsonObject orphan;
        for (const QJsonValue &item : root.value(u"first").toObject().value(u"items").toArray()) {
            if (item.toObject().value(u"id").toString() == orphanId)
                orphan = item.toObject();
        }
        QVERIFY(!orphan.isEmpty());
        QCOMPARE(orphan.value(u"cp:anchorState").toString(), QStringLiteral("orphaned"));
        const QJsonArray selectors =
            orphan.value(u"target").toObject().value(u"selector").toArray();
        QCOMPARE(selectors.size(), 1);
        QCOMPARE(selectors.first().toObject().value(u"type").toString(),
                 QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors.first().toObject().value(u"exact").toString(),
                 QStringLiteral("Chips were smuggled in bumps."));

        // Back into an empty project it is still an orphan with its quote.
        const QString path = m_dir.filePath(QStringLiteral("orphan.jsonld"));
        QTemporaryDir other;
        auto empty = createProject(other);
        QVERIFY(empty);
        auto report = importAnnotations(*empty, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->relationsAdded, 1);
        auto back = empty->annotation(m_orphan);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(toString(back->anchorState), QStringLiteral("orphaned"));
        QCOMPARE(back->quote.exact, QStringLiteral("Chips were smuggled in bumps."));
    }

    // Item 6: the embedded page has an id; the collection names it as its last page and the
    // page names the collection it is part of.
    void thePageIsNamedAndNamesItsCollection()
    {
        const QJsonObject root = exportedJson(QStringLiteral("page.jsonld"));
        const QJsonObject page = root.value(u"first").toObject();
        QVERIFY(page.value(u"id").toString().startsWith(u"urn:uuid:"));
        QVERIFY(page.value(u"id").toString() != root.value(u"id").toString());
        QCOMPARE(root.value(u"last").toString(), page.value(u"id").toString());
        QCOMPARE(page.value(u"partOf").toString(), root.value(u"id").toString());
        QCOMPARE(page.value(u"type").toString(), QStringLiteral("AnnotationPage"));
    }

    // Item 6: a Markdown and an HTML article exported and imported into an empty project come
    // back with their format and the bytes of the file they were imported from.
    void articlesKeepTheirFormatAndOriginal()
    {
        QTemporaryDir folder;
        auto source = createProject(folder, QStringLiteral("source.counterpoint"));
        QVERIFY(source);
        QList<QUuid> ids;
        for (const char *name :
             {"anthropic-warns-of-gpu-smuggling.md", "nvidia-denies-tall-tales.html"}) {
            const QUuid id =
                importArticle(*source, sampleArticlesDir() + u'/' + QLatin1StringView(name));
            QVERIFY(!id.isNull());
            ids.append(id);
            Annotation a;
            a.articleId = id;
            a.start = 0;
            a.end = 5;
            QVERIFY(source->addAnnotation(a));
        }
        const QString path = folder.filePath(QStringLiteral("articles.jsonld"));
        auto exported = exportAnnotationsToFile(*source, ExportFormat::JsonLd,
                                                ExportScope::wholeProject(), path);
        QVERIFY2(exported, qPrintable(exported.errorMessage()));

        auto empty = createProject(folder, QStringLiteral("empty.counterpoint"));
        QVERIFY(empty);
        auto report = importAnnotations(*empty, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->articlesAdded, 2);
        for (const QUuid &id : std::as_const(ids)) {
            auto before = source->article(id);
            auto after = empty->article(id);
            QVERIFY2(after, qPrintable(after.errorMessage()));
            QCOMPARE(toString(after->format), toString(before->format));
            QCOMPARE(after->original, before->original);
            QCOMPARE(after->text, before->text);
        }
        QCOMPARE(toString(empty->article(ids.at(0))->format), QStringLiteral("md"));
        QCOMPARE(toString(empty->article(ids.at(1))->format), QStringLiteral("html"));
    }

    // Item 8: a UTF-8 byte order mark on request, for Excel, from the core and from --bom; the
    // rest of the file is byte for byte the CSV without it. Other formats refuse --bom.
    void csvWithAByteOrderMark()
    {
        const QString plainPath = m_dir.filePath(QStringLiteral("plain.csv"));
        const QString bomPath = m_dir.filePath(QStringLiteral("bom.csv"));
        QVERIFY(exportAnnotationsToFile(*m_project, ExportFormat::Csv, ExportScope::wholeProject(),
                                        plainPath));
        ExportOptions options;
        options.utf8Bom = true;
        QVERIFY(exportAnnotationsToFile(*m_project, ExportFormat::Csv, ExportScope::wholeProject(),
                                        bomPath, {}, options));
        const QByteArray plain = readFile(plainPath), withBom = readFile(bomPath);
        QVERIFY(plain.startsWith("id,set,"));
        QCOMPARE(withBom, QByteArray("\xEF\xBB\xBF") + plain);

        const QString cliPath = m_dir.filePath(QStringLiteral("cli.csv"));
        QProcess process;
        process.start(counterpointExecutable(),
                      {QStringLiteral("export"), m_project->filePath(), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--bom"), QStringLiteral("-o"),
                       cliPath});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(readFile(cliPath).startsWith("\xEF\xBB\xBFid,set,"));

        process.start(counterpointExecutable(),
                      {QStringLiteral("export"), m_project->filePath(), QStringLiteral("--format"),
                       QStringLiteral("jsonld"), QStringLiteral("--bom"), QStringLiteral("-o"),
                       m_dir.filePath(QStringLiteral("bom.jsonld"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
                 QStringLiteral("--bom is for --format csv only.\n"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bom.jsonld"))));
    }

    // Item 6: jsonld.js expands the export offline, in safe mode: any term our context leaves
    // undefined would be dropped and fails the run. description and color expand to their IRIs.
    void everyTermSurvivesExpansion()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed (packaging/dev.sh installs nodejs)");
        const QString checker = sourceDir() + QStringLiteral("/tests/jsonld");
        if (!QFile::exists(checker + QStringLiteral("/node_modules/jsonld/package.json")))
            QSKIP("jsonld.js is not installed: npm ci --prefix tests/jsonld (packaging/dev.sh "
                  "test does it)");
        const QString context = QStringLiteral(COUNTERPOINT_ANNO_CONTEXT);
        if (!QFile::exists(context))
            QSKIP("the W3C context ../shared/specs/web-annotation/anno.jsonld was absent at "
                  "configure time");
        const QJsonObject root = exportedJson(QStringLiteral("expand.jsonld"));
        QVERIFY(!root.isEmpty());

        QProcess process;
        process.start(node, {checker + QStringLiteral("/expand.mjs"),
                             m_dir.filePath(QStringLiteral("expand.jsonld")), context});
        QVERIFY(process.waitForFinished(60000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(errors));
        const QStringList properties =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const char *iri :
             {"http://purl.org/dc/terms/description", "https://counterpoint.example.org/ns#color",
              "https://counterpoint.example.org/ns#sets",
              "https://counterpoint.example.org/ns#actor",
              "https://counterpoint.example.org/ns#anchorState",
              "http://www.w3.org/ns/activitystreams#partOf",
              "http://www.w3.org/ns/activitystreams#last", "http://www.w3.org/ns/oa#exact"}) {
            QVERIFY2(properties.contains(QLatin1StringView(iri)),
                     qPrintable(QStringLiteral("%1 is not in the expansion: %2")
                                    .arg(QLatin1StringView(iri), properties.join(u' '))));
        }
    }
};

QTEST_GUILESS_MAIN(TestExchangeOut)
#include "tst_exchangeout.moc"

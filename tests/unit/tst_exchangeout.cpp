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

#include <quazip.h>
#include <quazipfile.h>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString articleText = QStringLiteral(
    "Chips were hidden in prosthetic baby bumps. Nvidia denies it. Smugglers used lobsters.");

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

const QString briefText = QStringLiteral("Chips are smuggled. Nobody saw it. Record 12 says so.");

// A second project for REFI-QDA and AIF: two sets, an actor, a commented claim, a note that
// supports it (a relation touching a note), a counterclaim that rebuts the note, a source the
// claim cites, and an article without annotations.
struct Brief
{
    std::unique_ptr<Project> project;
    QUuid teamB, claim, note, counter, source, actor, empty;
};

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

    Brief makeBrief(const QString &name)
    {
        Brief b;
        b.project = createProject(m_dir, name);
        if (!b.project)
            return b;
        Article article;
        article.title = QStringLiteral("Brief");
        article.url = QStringLiteral("https://example.org/brief");
        article.text = briefText;
        article.original = briefText.toUtf8();
        article.contentHash = QStringLiteral("brief");
        const QUuid articleId = b.project->addArticle(article)->id;
        Article other = article;
        other.title = QStringLiteral("Uncoded");
        other.url.clear();
        other.text = QStringLiteral("Nothing here is annotated.");
        other.original = other.text.toUtf8();
        other.contentHash = QStringLiteral("uncoded");
        b.empty = b.project->addArticle(other)->id;
        b.teamB = b.project
                      ->addAnnotationSet(
                          {{}, QStringLiteral("Team B"), QStringLiteral("The second reading.")})
                      ->id;
        b.actor = b.project->addActor({{}, QStringLiteral("Customs"), QString()})->id;
        const auto add = [&](const QString &exact, AnnotationKind kind, const QString &comment,
                             const QUuid &set, const QUuid &actor) {
            Annotation a;
            a.articleId = articleId;
            a.kind = kind;
            a.start = int(briefText.indexOf(exact));
            a.end = a.start + int(exact.size());
            a.comment = comment;
            a.setId = set;
            a.actorId = actor;
            auto added = b.project->addAnnotation(a);
            return added ? added->id : QUuid();
        };
        b.claim = add(QStringLiteral("Chips are smuggled."), AnnotationKind::Claim,
                      QStringLiteral("The claim & its <source>."), b.teamB, b.actor);
        b.note = add(QStringLiteral("Nobody saw it."), AnnotationKind::Note,
                     QStringLiteral("Worth checking."), {}, {});
        b.counter = add(QStringLiteral("Nobody"), AnnotationKind::Counterclaim, {}, {}, {});
        b.source = add(QStringLiteral("Record 12 says so."), AnnotationKind::Source, {}, {}, {});
        for (const auto &[from, to, kind] : {std::tuple(b.note, b.claim, RelationKind::Supports),
                                             std::tuple(b.counter, b.note, RelationKind::Rebuts),
                                             std::tuple(b.claim, b.source, RelationKind::Cites)}) {
            if (!b.project->addRelation({{}, from, to, kind, QString(), QString(), {}}))
                b.claim = QUuid(); // fails the test that made it
        }
        return b;
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
        // A verdict on the denial (issue 15 item 10): cp:verdict and its terms are expanded too.
        Verdict verdict;
        verdict.annotationId = first->id;
        verdict.rating = QStringLiteral("Misleading");
        verdict.ratingValue = 2;
        verdict.reviewer = QStringLiteral("Full Fact");
        QVERIFY(m_project->setVerdict(verdict));
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

    // Item 6, last sentence: exported and imported into an empty project, the Default set
    // keeps its id (and description), and a PDF article its format, its bytes and where its
    // pages begin; a project that already holds annotations keeps its own default set.
    void aNewProjectKeepsTheDefaultSetIdAndEachArticleAsItWas()
    {
        QTemporaryDir folder;
        auto source = createProject(folder, QStringLiteral("pdf-source.counterpoint"));
        QVERIFY(source);
        Article pdf;
        pdf.title = QStringLiteral("Customs report");
        pdf.format = ArticleFormat::Pdf;
        pdf.sourceFileName = QStringLiteral("customs.pdf");
        pdf.text = QStringLiteral("Page one says chips.\fPage two says lobsters.");
        pdf.original = QByteArray("%PDF-1.4\n% not a text\n\xe2\xe3\xcf\xd3\n%%EOF\n");
        pdf.contentHash = QStringLiteral("customs-pdf");
        pdf.pageStarts = {0, 21};
        auto added = source->addArticle(pdf);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        Annotation a;
        a.articleId = added->id;
        a.start = 21;
        a.end = 25;
        QVERIFY(source->addAnnotation(a));
        const QString path = folder.filePath(QStringLiteral("pdf.jsonld"));
        QVERIFY(exportAnnotationsToFile(*source, ExportFormat::JsonLd, ExportScope::wholeProject(),
                                        path));

        auto empty = createProject(folder, QStringLiteral("pdf-empty.counterpoint"));
        QVERIFY(empty);
        QVERIFY(empty->defaultAnnotationSetId() != source->defaultAnnotationSetId());
        auto report = importAnnotations(*empty, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 1);
        QCOMPARE(empty->defaultAnnotationSetId(), source->defaultAnnotationSetId());
        QCOMPARE(*empty->annotationSets(), *source->annotationSets());
        QCOMPARE(empty->annotations()->first().setId, source->defaultAnnotationSetId());
        auto back = empty->article(added->id);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(toString(back->format), QStringLiteral("pdf"));
        QCOMPARE(back->original, pdf.original);
        QCOMPARE(back->sourceFileName, pdf.sourceFileName);
        QCOMPARE(back->pageStarts, pdf.pageStarts);
        QCOMPARE(back->text, pdf.text);

        // Into a project with annotations of its own: its default set stays what it was, and
        // the file's annotations come into the set of the same name.
        const QUuid ownDefault = m_project->defaultAnnotationSetId();
        auto into = importAnnotations(*m_project, path);
        QVERIFY2(into, qPrintable(into.errorMessage()));
        QCOMPARE(m_project->defaultAnnotationSetId(), ownDefault);
        QCOMPARE(m_project->annotation(empty->annotations()->first().id)->setId, ownDefault);
        QVERIFY(m_project->removeArticle(added->id));
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
              "http://www.w3.org/ns/activitystreams#last", "http://www.w3.org/ns/oa#exact",
              "https://counterpoint.example.org/ns#defaultSet",
              "https://counterpoint.example.org/ns#verdict",
              "https://counterpoint.example.org/ns#rating",
              "https://counterpoint.example.org/ns#ratingValue",
              "https://counterpoint.example.org/ns#reviewer"}) {
            QVERIFY2(properties.contains(QLatin1StringView(iri)),
                     qPrintable(QStringLiteral("%1 is not in the expansion: %2")
                                    .arg(QLatin1StringView(iri), properties.join(u' '))));
        }
    }

    // Item 7: the REFI-QDA project carries every article (also one without annotations), the
    // sets (a Sets element, each naming the code its selections are coded with), comments as the
    // selection's Description and as a note on each coding, and actors as Cases of their
    // passages; project.qde validates against the REFI-QDA schema; read back into an empty
    // project, the sets, comments and the uncoded article are all there.
    void qdpxCarriesSetsEveryArticleCommentsAndCases()
    {
        Brief b = makeBrief(QStringLiteral("brief-qdpx.counterpoint"));
        QVERIFY(b.project && !b.claim.isNull() && !b.source.isNull());
        const QString path = m_dir.filePath(QStringLiteral("brief.qdpx"));
        auto outcome = exportAnnotationsToFile(*b.project, ExportFormat::Qdpx,
                                               ExportScope::wholeProject(), path);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->articles, 2);
        const QMap<QString, QByteArray> entries = unzip(path);
        const QString id = b.empty.toString(QUuid::WithoutBraces);
        QCOMPARE(entries.value(u"sources/" + id + u".txt"),
                 QByteArray("Nothing here is annotated."));
        const QString qde = QString::fromUtf8(entries.value(QStringLiteral("project.qde")));
        QCOMPARE(qde.count(u"<TextSource "), 2);
        QVERIFY(qde.contains(u"<TextSource guid=\"" + id + u"\" name=\"Uncoded\""));
        const QString teamB = b.teamB.toString(QUuid::WithoutBraces);
        QVERIFY(qde.contains(u"<Set guid=\"" + teamB +
                             u"\" name=\"Team B\">\n   "
                             u"<Description>The second reading.</Description>"));
        QCOMPARE(qde.count(u"<Set "), 2); // Team B and Default
        QCOMPARE(qde.count(u"<MemberCode "), 2);
        QVERIFY(qde.contains(u"<Description>The claim &amp; its &lt;source&gt;.</Description>"));
        // The claim has two codings (its kind and its set; no tags): each names the note.
        const qsizetype claimAt = qde.indexOf(u"guid=\"" + b.claim.toString(QUuid::WithoutBraces));
        const qsizetype claimEnd = qde.indexOf(u"</PlainTextSelection>", claimAt);
        const QString claim = qde.mid(claimAt, claimEnd - claimAt);
        QCOMPARE(claim.count(u"<Coding "), 2);
        QCOMPARE(claim.count(u"<NoteRef "), 3); // in both codings and on the selection
        QVERIFY(qde.contains(u"<Case guid=\"" + b.actor.toString(QUuid::WithoutBraces) +
                             u"\" name=\"Customs\">\n   <SelectionRef targetGUID=\"" +
                             b.claim.toString(QUuid::WithoutBraces) + u"\"/>"));

        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed");
        SKIP_WITHOUT_SHARED_DATA(); // the REFI-QDA schema
        const QString qdePath = m_dir.filePath(QStringLiteral("brief.qde"));
        QVERIFY(writeFile(qdePath, qde.toUtf8()));
        QProcess process;
        process.start(
            xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      QStringLiteral(COUNTERPOINT_SHARED_DIR "/specs/refi-qda/Project-mrt2019.xsd"),
                      qdePath});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        auto empty = createProject(m_dir, QStringLiteral("brief-back.counterpoint"));
        QVERIFY(empty);
        auto back = importAnnotations(*empty, path);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->articlesAdded, 2);
        QCOMPARE(back->added, 4);
        QCOMPARE(back->relationsAdded, 3);
        QVERIFY2(back->skipped.isEmpty(), qPrintable(back->skipped.join(u'\n')));
        const Annotation claimBack = *empty->annotation(b.claim);
        QCOMPARE(claimBack.comment, QStringLiteral("The claim & its <source>."));
        QCOMPARE(claimBack.setId, b.teamB);
        AnnotationSet set;
        for (const AnnotationSet &s : *empty->annotationSets())
            set = s.id == b.teamB ? s : set;
        QCOMPARE(set.description, QStringLiteral("The second reading."));
    }

    // Item 9: every relation the command counts is in the AIF, those touching a note included;
    // locutions carry start (OVA) and timestamp (AIFdb).
    void aifWritesEveryRelationAndOvaKeys()
    {
        Brief b = makeBrief(QStringLiteral("brief-aif.counterpoint"));
        QVERIFY(b.project && !b.claim.isNull());
        const QString path = m_dir.filePath(QStringLiteral("brief.json"));
        auto outcome = exportAnnotationsToFile(*b.project, ExportFormat::Aif,
                                               ExportScope::wholeProject(), path);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->relations, 3);
        const QJsonObject aif = QJsonDocument::fromJson(readFile(path)).object();
        QHash<QString, int> types;
        QHash<QString, QString> textOf;
        for (const QJsonValue &node : aif.value(u"nodes").toArray()) {
            ++types[node[u"type"].toString()];
            textOf.insert(node[u"nodeID"].toString(), node[u"text"].toString());
        }
        QCOMPARE(types.value(QStringLiteral("I")), 4); // the note too
        QCOMPARE(types.value(QStringLiteral("RA")) + types.value(QStringLiteral("CA")) +
                     types.value(QStringLiteral("MA")),
                 outcome->relations);
        QCOMPARE(types.value(QStringLiteral("CA")), 1); // the counterclaim against the note
        QVERIFY(textOf.values().contains(QStringLiteral("Nobody saw it.")));
        const QJsonArray locutions = aif.value(u"locutions").toArray();
        QCOMPARE(locutions.size(), 1);
        const QJsonObject locution = locutions.first().toObject();
        QVERIFY(!locution.value(u"start").toString().isEmpty());
        QCOMPARE(locution.value(u"start"), locution.value(u"timestamp"));
        QCOMPARE(locution.value(u"source").toString(), QStringLiteral("https://example.org/brief"));
        QCOMPARE(textOf.value(locution.value(u"nodeID").toString()),
                 QStringLiteral("Customs: Chips are smuggled."));
        QCOMPARE(aif.value(u"participants").toArray().first()[u"firstname"].toString(),
                 QStringLiteral("Customs"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeOut)
#include "tst_exchangeout.moc"

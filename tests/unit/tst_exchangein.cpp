// Exchange formats coming in without loss (issue 15 items 1, 3 and 4): paged W3C collections read
// page by page, positions relative to a fragment placed by their quote or refused, annotations
// without a creator kept without one; REFI-QDA sources that count CR LF as one or in UTF-16
// units, re-imports that change nothing, files that are not zips or unpack too far; and a
// refused import that leaves no project behind.
// Fixtures in tests/data/exchange (see its README); each case checks what a user would see.
#include "TestSupport.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString articleText = QStringLiteral(
    "Chips were hidden in prosthetic baby bumps. Nvidia denies it. Smugglers used lobsters.");
const QString articleUrl = QStringLiteral("https://example.org/chips");

QString fixture(const QString &name)
{
    return testDataDir() + QStringLiteral("/exchange/") + name;
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

// A fixture folder zipped as a .qdpx, its entries named as the folder's files are.
bool zipFolder(const QString &folder, const QString &path)
{
    QList<std::pair<QString, QByteArray>> entries;
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        entries.append({QDir(folder).relativeFilePath(file), readFile(file)});
    }
    std::sort(entries.begin(), entries.end());
    return !entries.isEmpty() && writeZip(path, entries);
}

using Run = CliResult;

Run run(const QStringList &arguments)
{
    return runCounterpoint(arguments);
}

} // namespace

class TestExchangeIn final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    std::unique_ptr<Project> projectWithArticle()
    {
        auto project = createProject(m_dir, QStringLiteral("in%1.counterpoint").arg(++m_projects));
        if (!project)
            return nullptr;
        Article article;
        article.title = QStringLiteral("Chips");
        article.url = articleUrl;
        article.text = articleText;
        article.original = articleText.toUtf8();
        article.contentHash = QStringLiteral("chips-in-%1").arg(m_projects);
        if (!project->addArticle(article))
            return nullptr;
        return project;
    }

    // "<last digits of the id> <kind> <start>-<end> “<text>” by <author> <comment>", sorted.
    static QString annotationLines(const Project &project)
    {
        QStringList lines;
        for (const Annotation &a : *project.annotations()) {
            lines.append(QStringLiteral("%1 %2 %3-%4 “%5” by %6: %7")
                             .arg(a.id.toString(QUuid::WithoutBraces).right(2), toString(a.kind))
                             .arg(a.start)
                             .arg(a.end)
                             .arg(articleText.mid(a.start, a.end - a.start),
                                  a.author.isEmpty() ? QStringLiteral("(none)") : a.author,
                                  a.comment));
        }
        lines.sort();
        return lines.join(u'\n');
    }

    // "<source> <last digits of the id> “<text>” by <author>", sorted: where each passage landed.
    static QString passageLines(const Project &project)
    {
        QStringList lines;
        for (const Annotation &a : *project.annotations()) {
            const QString text = *project.articleText(a.articleId);
            lines.append(QStringLiteral("%1 %2 “%3” by %4")
                             .arg(project.article(a.articleId)->title,
                                  a.id.toString(QUuid::WithoutBraces).right(2),
                                  text.mid(a.start, a.end - a.start),
                                  a.author.isEmpty() ? QStringLiteral("(none)") : a.author));
        }
        lines.sort();
        return lines.join(u'\n');
    }

    // The files of a folder, for "nothing left behind".
    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(fixture(QStringLiteral("paged/collection.jsonld"))),
                 qPrintable(fixture(QStringLiteral("paged/collection.jsonld"))));
    }

    // Item 1: every page is read, embedded ones and the one in a file beside the collection
    // (named by the last segment of its IRI), never from the network.
    void everyPageOfACollectionIsRead()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report =
            importAnnotations(*project, fixture(QStringLiteral("paged/collection.jsonld")));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 3);
        QCOMPARE(report->skipped, QStringList());
        QCOMPARE(annotationLines(*project),
                 QStringLiteral("21 claim 0-43 “Chips were hidden in prosthetic baby bumps.” by "
                                "Ana: \n"
                                "22 counterclaim 44-61 “Nvidia denies it.” by Ana: \n"
                                "23 note 62-86 “Smugglers used lobsters.” by Ana: Lobsters "
                                "again."));
    }

    // Item 1: a page that is neither embedded nor beside the file is named, with how many of
    // the collection's annotations were read; the pages before it are imported.
    void aPageThatCannotBeReadIsNamed()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, fixture(QStringLiteral("paged-missing.jsonld")));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 1);
        QCOMPARE(report->skipped,
                 QStringList{QStringLiteral(
                     "the collection: its page “https://example.org/annos/page-gone” and those "
                     "after it were not read (no file for it beside paged-missing.jsonld); 1 of "
                     "its 3 annotations were read.")});
        // The command line prints it.
        const QString path = project->filePath();
        project.reset();
        const Run result = run({QStringLiteral("import-annotations"), path,
                                fixture(QStringLiteral("paged-missing.jsonld"))});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(
                     QStringLiteral("Skipped: the collection: its page "
                                    "“https://example.org/annos/page-gone” and those after it")),
                 qPrintable(result.out));
    }

    // Item 1: the same JSON from memory has no folder to look in: the linked page is named.
    void linkedPagesFromMemoryAreNamed()
    {
        QByteArray json = readFile(fixture(QStringLiteral("paged/collection.jsonld")));
        QVERIFY(!json.isEmpty());
        auto file = AnnotationFile::fromJson(json, QStringLiteral("pasted.jsonld"));
        QVERIFY2(file, qPrintable(file.errorMessage()));
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = file->importInto(*project);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->skipped,
                 QStringList{QStringLiteral(
                     "the collection: its page “https://example.org/annos/page3” and those after "
                     "it were not read (there is no folder to find them in); 2 of its 3 "
                     "annotations were read.")});
    }

    // Issue 20 item 15: the report names an annotation it could not place by its quote, which
    // the user can look for; our own urn:uuid ids mean nothing to a reader, another tool's
    // address is kept beside the quote.
    void skippedAnnotationsAreNamedByTheirQuote()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        const QByteArray json =
            "{\n"
            "  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n"
            "  \"type\": \"AnnotationPage\",\n"
            "  \"items\": [\n"
            "    {\"id\": \"urn:uuid:6a0c1f3e-1111-4000-8000-000000000041\", \"type\": "
            "\"Annotation\",\n"
            "     \"target\": {\"source\": \"https://example.org/chips\",\n"
            "                \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Chips "
            "were sold openly\"}}},\n"
            "    {\"id\": \"https://notes.example.org/a/7\", \"type\": \"Annotation\",\n"
            "     \"target\": {\"source\": \"https://example.org/chips\",\n"
            "                \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Nobody "
            "denies it\"}}}\n"
            "  ]\n"
            "}\n";
        auto file = AnnotationFile::fromJson(json, QStringLiteral("gone.jsonld"));
        QVERIFY2(file, qPrintable(file.errorMessage()));
        auto report = file->importInto(*project);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 0);
        QCOMPARE(report->skipped,
                 QStringList({QStringLiteral("the annotation “Chips were sold openly”: its "
                                             "passage is not in the article's text."),
                              QStringLiteral("the annotation “Nobody denies it” "
                                             "(https://notes.example.org/a/7): its passage is "
                                             "not in the article's text.")}));
    }

    // Item 1: a position inside a CSS or XPath fragment is not a whole-text offset: placed by
    // its quote, or refused with a line when it has none; a position within a position counts
    // from the outer start. Item 1 too: without a creator, no author (not the local user).
    void positionsWithinAFragment()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        const QString localUser = project->author();
        QVERIFY(!localUser.isEmpty());
        auto report = importAnnotations(*project, fixture(QStringLiteral("refined.jsonld")));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->skipped,
                 QStringList{QStringLiteral(
                     "urn:uuid:6a0c1f3e-1111-4000-8000-000000000032: its position counts from a "
                     "“XPathSelector” fragment Counterpoint cannot find in the text, and it has "
                     "no quote to place it by.")});
        QCOMPARE(annotationLines(*project),
                 QStringLiteral("31 note 44-50 “Nvidia” by (none): Placed by its quote.\n"
                                "33 note 77-85 “lobsters” by (none): A position within a "
                                "position."));
        // The import's own author did not stay switched off for what the user adds next.
        QCOMPARE(project->author(), localUser);
        Annotation mine;
        mine.articleId = project->annotations()->first().articleId;
        mine.start = 0;
        mine.end = 5;
        auto added = project->addAnnotation(mine);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->author, localUser);
    }

    // Item 3: each source's way of counting is found from its selections' texts: CR LF as one
    // (crlf.txt), UTF-16 units (emoji.txt); a range that shows other words is moved only onto
    // its text's one place; what cannot be placed is listed; a source whose selections cannot
    // tell is read the standard's way and the report says so. The folder is "Sources/".
    void qdpxCountingIsFoundPerSource()
    {
        const QString path = m_dir.filePath(QStringLiteral("counting.qdpx"));
        QVERIFY(zipFolder(fixture(QStringLiteral("qdpx-counting")), path));
        auto project = createProject(m_dir, QStringLiteral("counting.counterpoint"));
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 6);
        QCOMPARE(report->articlesAdded, 3);
        QCOMPARE(passageLines(*project), QStringLiteral("crlf.txt 11 “Nvidia denies it.” by Bea\n"
                                                        "crlf.txt 12 “lobsters” by Bea\n"
                                                        "emoji.txt 21 “used” by (none)\n"
                                                        "emoji.txt 22 “again” by (none)\n"
                                                        "emoji.txt 23 “lobsters” by (none)\n"
                                                        "unnamed.txt 31 “Two.” by (none)"));
        QCOMPARE(report->skipped,
                 QStringList({QStringLiteral("selection 6a0c1f3e-2222-4000-8000-000000000024 in "
                                             "“emoji.txt”: its range 0–2 shows “Sm”, not its "
                                             "text “🦞”, and that text is not in the source "
                                             "just once."),
                              QStringLiteral("selection 6a0c1f3e-2222-4000-8000-000000000025 in "
                                             "“emoji.txt”: its range 11–13 lies outside the "
                                             "text or inside a character (UTF-16 units, CR LF "
                                             "as two).")}));
        QCOMPARE(report->notes,
                 QStringList({QStringLiteral("counting.qdpx: “crlf.txt” counts its positions in "
                                             "code points, CR LF as one (as its selections' "
                                             "texts show); read that way."),
                              QStringLiteral("counting.qdpx: “emoji.txt” counts its positions "
                                             "in UTF-16 units, CR LF as two (as its selections' "
                                             "texts show); read that way."),
                              QStringLiteral("selection 6a0c1f3e-2222-4000-8000-000000000023 in "
                                             "“emoji.txt”: its range 0–4 did not show its text; "
                                             "placed where that text is, at 18."),
                              QStringLiteral("counting.qdpx: “unnamed.txt” has line breaks or "
                                             "characters that tools count differently, and its "
                                             "selections do not show which way it counts; read "
                                             "as code points, CR LF as two.")}));
        // The same file again changes nothing.
        auto again = importAnnotations(*project, path);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 6);
        QCOMPARE(again->articlesAdded, 0);
    }

    // Item 3: our own .qdpx back into the project that made it changes nothing and moves
    // nothing out of its set; the same file with new GUIDs for its selections (as another tool
    // writes it back) matches by source, range and code instead of doubling every passage.
    void qdpxReimportChangesNothing()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        const QUuid articleId = project->articleSummaries()->first().id;
        AnnotationSet set;
        set.name = QStringLiteral("Team B");
        auto teamB = project->addAnnotationSet(set);
        QVERIFY2(teamB, qPrintable(teamB.errorMessage()));
        Annotation claim;
        claim.articleId = articleId;
        claim.kind = AnnotationKind::Claim;
        claim.start = 44;
        claim.end = 61;
        claim.setId = teamB->id;
        QVERIFY(project->addAnnotation(claim));
        const QString path = m_dir.filePath(QStringLiteral("own.qdpx"));
        auto exported = exportAnnotationsToFile(*project, ExportFormat::Qdpx,
                                                ExportScope::wholeProject(), path);
        QVERIFY2(exported, qPrintable(exported.errorMessage()));

        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 0);
        QCOMPARE(report->updated, 0);
        QCOMPARE(report->unchanged, 1);
        QCOMPARE(project->annotations()->size(), 1);
        QCOMPARE(project->annotations()->first().setId, teamB->id);

        // New GUIDs for every selection, as a tool that rewrites them does.
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QList<std::pair<QString, QByteArray>> entries;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray bytes = file.readAll();
            const QString name = zip.getCurrentFileName();
            if (name == u"project.qde") {
                QString xml = QString::fromUtf8(bytes);
                static const QRegularExpression selection(
                    QStringLiteral("(<PlainTextSelection guid=\")[^\"]+"));
                xml.replace(selection, QStringLiteral("\\1") +
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
                bytes = xml.toUtf8();
            }
            entries.append({name, bytes});
        }
        zip.close();
        const QString rewritten = m_dir.filePath(QStringLiteral("rewritten.qdpx"));
        QVERIFY(writeZip(rewritten, entries));
        auto back = importAnnotations(*project, rewritten);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->added, 0);
        QCOMPARE(back->unchanged, 1);
        QCOMPARE(project->annotations()->size(), 1);
        QCOMPARE(project->annotations()->first().setId, teamB->id);
    }

    // Item 3: a .qdpx that is not a zip says so, not "not valid JSON".
    void aQdpxThatIsNotAZipSaysSo()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, fixture(QStringLiteral("not-a-zip.qdpx")));
        QVERIFY(!report);
        QCOMPARE(report.errorMessage(),
                 QStringLiteral("Cannot import not-a-zip.qdpx: it is not a zip archive, so not a "
                                "REFI-QDA project (a .qdpx is a zip)."));
    }

    // Item 3: many entries, each under the per-entry check, that unpack far beyond the file's
    // size are refused as a whole, in one line, before any is unpacked.
    void aQdpxThatUnpacksTooFarIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.qdpx"));
        QList<std::pair<QString, QByteArray>> entries;
        for (int i = 0; i < 40; ++i)
            entries.append({QStringLiteral("sources/%1.txt").arg(i), QByteArray(900 * 1024, ' ')});
        QVERIFY(writeZip(path, entries));
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY(!report);
        QCOMPARE(report.errorMessage(),
                 QStringLiteral("Cannot import many.qdpx: its %1 KiB would unpack to 35 MiB, "
                                "more than 200 to 1: refused as a possible zip bomb.")
                     .arg(QFileInfo(path).size() >> 10));
    }

    // Item 4: a refused import into a project path that did not exist leaves nothing there.
    void aRefusedImportLeavesNoProject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad W3C file")
            << fixture(QStringLiteral("motivation-wrong-type.jsonld"))
            << "Cannot import motivation-wrong-type.jsonld: "
               "urn:uuid:6a0c1f3e-1111-4000-8000-000000000009: “motivation” must be a name or a "
               "list of names.";
        QTest::newRow("empty collection")
            << fixture(QStringLiteral("empty-collection.jsonld"))
            << "Cannot import empty-collection.jsonld: the collection holds no annotations.";
        QTest::newRow("missing file")
            << m_dir.filePath(QStringLiteral("absent.jsonld"))
            << "Cannot import " + m_dir.filePath(QStringLiteral("absent.jsonld")) +
                   ": No such file or directory";
    }

    void aRefusedImportLeavesNoProject()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString project = folder.filePath(QStringLiteral("new.counterpoint"));
        const Run result = run({QStringLiteral("import-annotations"), project, file});
        QCOMPARE(result.status, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, message + u'\n');
        QCOMPARE(filesIn(folder.path()), QStringList());
    }

    // Item 4: a project that existed is kept as it was when its import is refused.
    void aRefusedImportKeepsAnExistingProject()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        const QString path = project->filePath();
        project.reset();
        const Run result = run({QStringLiteral("import-annotations"), path,
                                fixture(QStringLiteral("empty-collection.jsonld"))});
        QCOMPARE(result.status, 1);
        QVERIFY(QFile::exists(path));
        OpenOptions options;
        options.readOnly = true;
        auto reopened = Project::open(path, options);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE((*reopened)->articleSummaries()->size(), 1);
    }

    // Item 3: what a QDA tool keeps beside its codings lands or is named: a selection's
    // description and its codings' memos become its comment (each once), a set's code its set
    // (with the set's description); a code no selection uses, a user who made none, a note on the
    // whole source, a source's description and a note on nothing are each listed as skipped.
    void qdpxMemosSetsAndWhatIsNotKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("extras.qdpx"));
        QVERIFY(zipFolder(fixture(QStringLiteral("qdpx-extras")), path));
        auto project = createProject(m_dir, QStringLiteral("extras.counterpoint"));
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->articlesAdded, 1);
        QCOMPARE(passageLines(*project), QStringLiteral("memo.txt 11 “Nvidia denies it.” by Bea\n"
                                                        "memo.txt 12 “lobsters” by (none)"));
        const QList<Annotation> annotations = *project->annotations();
        QCOMPARE(annotations.size(), 2);
        const Annotation &denial = annotations.at(0);
        const Annotation &lobsters = annotations.at(1);
        QCOMPARE(denial.comment,
                 QStringLiteral("A flat denial.\n\nCoded as a denial on first reading."));
        QCOMPARE(lobsters.comment, QStringLiteral("Which lobsters?"));
        AnnotationSet second;
        for (const AnnotationSet &set : *project->annotationSets()) {
            if (set.id == denial.setId)
                second = set;
        }
        QCOMPARE(second.name, QStringLiteral("Second pass"));
        QCOMPARE(second.description, QStringLiteral("Codings of the second reading."));
        QCOMPARE(second.id, QUuid::fromString(u"6a0c1f3e-3333-4000-8000-000000000401"));
        QCOMPARE(lobsters.setId, project->defaultAnnotationSetId());
        QStringList tags;
        for (const Tag &tag : *project->tags())
            tags.append(tag.name);
        QCOMPARE(tags, QStringList{QStringLiteral("denial")}); // the set's code is no tag
        QCOMPARE(report->skipped,
                 QStringList({QStringLiteral("memo.txt: its description “Sent by a reader in "
                                             "May.” is not kept (Counterpoint keeps an "
                                             "article's address)."),
                              QStringLiteral("code “unused code”: no selection uses it, and "
                                             "Counterpoint keeps tags only on passages; not "
                                             "kept."),
                              QStringLiteral("user “Cem”: made no selection in the file; not "
                                             "kept (Counterpoint records who made each "
                                             "annotation)."),
                              QStringLiteral("note “Read again in June.”: attached to no "
                                             "passage; not kept.")}));
        // Issue 20: the note on the whole source is the article's memo; the one the project
        // names, the project's.
        const auto memo = project->memo(MemoSubject::Article, denial.articleId);
        QVERIFY(memo && *memo);
        QCOMPARE((*memo)->text, QStringLiteral("The whole memo is second-hand."));
        const auto projectMemo = project->memo(MemoSubject::Project);
        QVERIFY(projectMemo && *projectMemo);
        QCOMPARE((*projectMemo)->text, QStringLiteral("Sampled from the May coverage."));
        // The same file again changes nothing.
        auto again = importAnnotations(*project, path);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QVERIFY2(again->notes.isEmpty(), qPrintable(again->notes.join(u'\n')));
    }

    // Item 2: Hypothesis's own JSON. An API search result: the denial lands by its position (the
    // quote agrees), with its text as the comment, its kind tag as the kind, the other tag kept,
    // its user's name as author, its group as the set and its times; the lobsters, whose
    // position is wrong, by their quote; a quote inside a word, a reply and a page note are each
    // listed, never placed. One annotation on an address no article has lands on the one article
    // whose text holds its quote; an export file is read too, and nothing is imported twice.
    void hypothesisJsonIsImported()
    {
        auto project = createProject(m_dir, QStringLiteral("hypothesis.counterpoint"));
        QVERIFY(project);
        Article chips;
        chips.title = QStringLiteral("Chips");
        chips.url = QStringLiteral("https://example.org/chips");
        chips.text = QStringLiteral("Chips were hidden in prosthetic baby bumps. Nvidia denies "
                                    "it. Smugglers used lobsters.");
        chips.original = chips.text.toUtf8();
        chips.contentHash = QStringLiteral("hypothesis-chips");
        QVERIFY(project->addArticle(chips));
        Article briefing;
        briefing.title = QStringLiteral("Briefing");
        briefing.text = QStringLiteral("The briefing repeats it: Nvidia denies smuggling.");
        briefing.original = briefing.text.toUtf8();
        briefing.contentHash = QStringLiteral("hypothesis-briefing");
        QVERIFY(project->addArticle(briefing));

        auto report =
            importAnnotations(*project, fixture(QStringLiteral("hypothesis/search.json")));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->skipped,
                 QStringList({QStringLiteral("Hypothesis annotation Hy4replyAAAAAAAAAAAAAA: a "
                                             "reply to another annotation, with no passage of "
                                             "its own; not kept."),
                              QStringLiteral("Hypothesis annotation Hy5pagenoteAAAAAAAAAAA: a "
                                             "page note, with no quoted passage; not kept."),
                              QStringLiteral("Hypothesis annotation Hy3midwordAAAAAAAAAAAA: its "
                                             "quote “idia den” begins or ends inside a word of "
                                             "the article; not placed.")}));
        const QList<Annotation> annotations = *project->annotations();
        const Annotation &denial = annotations.at(0);
        QCOMPARE(chips.text.mid(denial.start, denial.end - denial.start),
                 QStringLiteral("Nvidia denies it."));
        QCOMPARE(denial.author, QStringLiteral("Bea Lin")); // the display name
        QVERIFY(denial.kind == AnnotationKind::Counterclaim);
        QCOMPARE(denial.comment, QStringLiteral("A denial, no evidence."));
        QCOMPARE(denial.created, QDateTime(QDate(2025, 5, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(denial.modified, QDateTime(QDate(2025, 5, 2), QTime(11, 30), Qt::UTC));
        QCOMPARE(denial.tagIds.size(), 1);
        QCOMPARE(project->tags()->first().name, QStringLiteral("smuggling"));
        const Annotation &lobsters = annotations.at(1);
        QVERIFY(lobsters.kind == AnnotationKind::Note);
        QCOMPARE(lobsters.author, QStringLiteral("cem@hypothes.is")); // no display name
        QCOMPARE(lobsters.start, 77);
        QStringList sets;
        for (const AnnotationSet &set : *project->annotationSets()) {
            if (set.id == denial.setId || set.id == lobsters.setId)
                sets.append(set.name);
        }
        sets.sort();
        QCOMPARE(sets, QStringList({QStringLiteral("Hypothesis group 4x9Ww2Rm"),
                                    QStringLiteral("Hypothesis: Public")}));

        auto single =
            importAnnotations(*project, fixture(QStringLiteral("hypothesis/single.json")));
        QVERIFY2(single, qPrintable(single.errorMessage()));
        QCOMPARE(single->added, 1);
        QVERIFY2(single->skipped.isEmpty(), qPrintable(single->skipped.join(u'\n')));
        bool onBriefing = false;
        for (const Annotation &a : *project->annotations()) {
            if (a.kind == AnnotationKind::Claim)
                onBriefing = *project->articleText(a.articleId) == briefing.text && a.start == 25 &&
                             a.end == 48;
        }
        QVERIFY(onBriefing);

        // The export holds the denial again: nothing new.
        auto exported =
            importAnnotations(*project, fixture(QStringLiteral("hypothesis/export.json")));
        QVERIFY2(exported, qPrintable(exported.errorMessage()));
        QCOMPARE(exported->added, 0);
        QCOMPARE(exported->unchanged, 1);
        QCOMPARE(project->annotations()->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestExchangeIn)
#include "tst_exchangein.moc"

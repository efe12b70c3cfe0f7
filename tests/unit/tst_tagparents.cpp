// One level of parent tags (issue 20): stored and read back on both back ends (the PostgreSQL
// run, see CMakeLists.txt), the rule of one level refused in words, a deleted parent's children
// left at the top, merges that keep the children filed, each edit one undo step; another
// connection hears of a change; a project of schema 11 upgraded; the list's filter by a parent
// taking in its children; `counterpoint tags set-parent` and `clear-parent`; and the REFI-QDA
// (nested codes) and W3C (cp:parent) exports read back into a new project.
#include "TestSupport.h"

#include "analysis/ProjectMerge.h"
#include "edit/EditHistory.h"
#include "edit/TagCommands.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <quazip.h>
#include <quazipfile.h>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

// Each tag's parent by name ("" for a top-level one), as a user reads the tree.
QMap<QString, QString> parentsOf(const Project &project)
{
    QMap<QString, QString> parents;
    const QList<Tag> tags = *project.tags();
    for (const Tag &tag : tags) {
        QString parent;
        for (const Tag &other : tags) {
            if (other.id == tag.parentId)
                parent = other.name;
        }
        parents.insert(tag.name, parent);
    }
    return parents;
}

QByteArray entryOf(const QString &zipPath, const QString &name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return {};
    return entry.readAll();
}

// The zip at from, written to to with its project.qde replaced.
bool rewriteQde(const QString &from, const QString &to, const QByteArray &qde)
{
    QuaZip source(from);
    if (!source.open(QuaZip::mdUnzip))
        return false;
    QuaZip target(to);
    if (!target.open(QuaZip::mdCreate))
        return false;
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        const QString name = source.getCurrentFileName();
        QuaZipFile in(&source);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = name == u"project.qde" ? qde : in.readAll();
        in.close();
        QuaZipFile out(&target);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        out.write(bytes);
        out.close();
    }
    target.close();
    return true;
}

} // namespace

class TestTagParents final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditHistory> m_history;
    QUuid m_article;
    QString m_text;
    QUuid m_evidence, m_statistics, m_quotes, m_claims;

    Annotation tagged(const QString &exact, const QList<QUuid> &tags) const
    {
        Annotation annotation;
        annotation.articleId = m_article;
        annotation.kind = AnnotationKind::Claim;
        annotation.start = int(m_text.indexOf(exact));
        annotation.end = annotation.start + int(exact.size());
        annotation.tagIds = tags;
        auto added = m_project->addAnnotation(annotation);
        return added ? *added : Annotation();
    }

    QUuid parentOf(const QUuid &tagId) const
    {
        for (const Tag &tag : *m_project->tags()) {
            if (tag.id == tagId)
                return tag.parentId;
        }
        return QUuid::createUuid(); // no such tag: matches no expectation
    }

    void perform(Result<std::unique_ptr<ProjectCommand>> command)
    {
        QVERIFY2(command, qPrintable(command.errorMessage()));
        QVERIFY(m_history->perform(std::move(*command)));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_history.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("tags.counterpoint")));
        m_project = createProject(m_dir, QStringLiteral("tags.counterpoint"));
        QVERIFY(m_project);
        m_history = std::make_unique<EditHistory>();
        m_article = importArticle(*m_project,
                                  sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        QVERIFY(!m_article.isNull());
        m_text = *m_project->articleText(m_article);
        m_evidence = m_project->ensureTag(QStringLiteral("Evidence"))->id;
        m_statistics = m_project->ensureTag(QStringLiteral("Statistics"))->id;
        m_quotes = m_project->ensureTag(QStringLiteral("Quotes"))->id;
        m_claims = m_project->ensureTag(QStringLiteral("Claims"))->id;
    }

    void cleanup()
    {
        m_history.reset();
        m_project.reset();
    }

    void aTagFiledUnderAnotherReadsBackSo()
    {
        QSignalSpy changed(m_project.get(), &Project::tagsChanged);
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(parentOf(m_statistics), m_evidence);
        QCOMPARE(parentOf(m_evidence), QUuid());
        // Renaming or recolouring keeps the parent; clearing it puts the tag at the top.
        Tag statistics;
        for (const Tag &tag : *m_project->tags()) {
            if (tag.id == m_statistics)
                statistics = tag;
        }
        statistics.name = QStringLiteral("Numbers");
        QVERIFY(m_project->updateTag(statistics));
        QCOMPARE(parentsOf(*m_project).value(QStringLiteral("Numbers")),
                 QStringLiteral("Evidence"));
        QVERIFY(m_project->setTagParent(m_statistics, {}));
        QCOMPARE(parentOf(m_statistics), QUuid());
        // The change reached the log: another reader hears of the tags.
        auto changes = m_project->changesSince(0);
        QVERIFY(changes);
        QVERIFY(std::any_of(changes->cbegin(), changes->cend(), [](const ChangeRecord &change) {
            return change.entity == ChangeRecord::Entity::Tags;
        }));
    }

    void oneLevelOfParentsIsKeptAndRefusedInWords()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        // Under a child: a second level.
        Status deeper = m_project->setTagParent(m_quotes, m_statistics);
        QVERIFY(!deeper);
        QVERIFY2(deeper.errorMessage().contains(u"one level of parents") &&
                     deeper.errorMessage().contains(u"“Statistics” is under “Evidence”"),
                 qPrintable(deeper.errorMessage()));
        // A parent under another tag: its children would be a second level.
        Status parentMoved = m_project->setTagParent(m_evidence, m_claims);
        QVERIFY(!parentMoved);
        QVERIFY2(parentMoved.errorMessage().contains(u"“Statistics”"),
                 qPrintable(parentMoved.errorMessage()));
        QVERIFY(!m_project->setTagParent(m_evidence, m_evidence));
        QVERIFY(!m_project->setTagParent(m_evidence, QUuid::createUuid()));
        QCOMPARE(parentOf(m_quotes), QUuid());
        QCOMPARE(parentOf(m_evidence), QUuid());
        // The edits say the same before anything is tried.
        auto refused = TagEdits::setParent(*m_project, m_quotes, m_statistics);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"one level of parents"),
                 qPrintable(refused.errorMessage()));
        auto refusedParent = TagEdits::setParent(*m_project, m_evidence, m_claims);
        QVERIFY(!refusedParent);
        QVERIFY2(refusedParent.errorMessage().contains(u"tags are under “Evidence” (such as "
                                                       u"“Statistics”)"),
                 qPrintable(refusedParent.errorMessage()));
    }

    void settingAParentIsOneUndoStep()
    {
        perform(TagEdits::setParent(*m_project, m_statistics, m_evidence));
        QUndoStack *stack = m_history->stack();
        QCOMPARE(stack->undoText(), QStringLiteral("Put tag “Statistics” under “Evidence”"));
        QCOMPARE(parentOf(m_statistics), m_evidence);
        stack->undo();
        QCOMPARE(parentOf(m_statistics), QUuid());
        stack->redo();
        QCOMPARE(parentOf(m_statistics), m_evidence);
        perform(TagEdits::setParent(*m_project, m_statistics, {}));
        QCOMPARE(stack->undoText(), QStringLiteral("Move tag “Statistics” to the top"));
        QCOMPARE(parentOf(m_statistics), QUuid());
        QCOMPARE(stack->count(), 2);
    }

    void deletingAParentLeavesItsChildrenAtTheTopAndUndoRefilesThem()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        QVERIFY(m_project->setTagParent(m_quotes, m_evidence));
        const Annotation statistic = tagged(QStringLiteral("Chip smuggling"), {m_statistics});
        const Annotation both = tagged(QStringLiteral("a major threat"), {m_evidence, m_quotes});
        const auto before = parentsOf(*m_project);
        perform(TagEdits::remove(*m_project, m_evidence));
        QCOMPARE(parentOf(m_statistics), QUuid());
        QCOMPARE(parentOf(m_quotes), QUuid());
        QCOMPARE(m_project->annotation(statistic.id)->tagIds, QList<QUuid>{m_statistics});
        QCOMPARE(m_project->annotation(both.id)->tagIds, QList<QUuid>{m_quotes});
        m_history->stack()->undo();
        QCOMPARE(parentsOf(*m_project), before);
        QCOMPARE(m_project->annotation(both.id)->tagIds.size(), 2);
        m_history->stack()->redo();
        QCOMPARE(parentsOf(*m_project).value(QStringLiteral("Quotes")), QString());
        // Straight through the store too: the children stay, at the top.
        m_history->stack()->undo();
        QVERIFY(m_project->removeTag(m_evidence));
        QCOMPARE(parentOf(m_statistics), QUuid());
    }

    void mergingAParentMovesItsChildrenToTheTagItGoesInto()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        QVERIFY(m_project->setTagParent(m_quotes, m_evidence));
        const auto before = parentsOf(*m_project);
        perform(TagEdits::merge(*m_project, m_evidence, m_claims));
        QCOMPARE(parentOf(m_statistics), m_claims);
        QCOMPARE(parentOf(m_quotes), m_claims);
        m_history->stack()->undo();
        QCOMPARE(parentsOf(*m_project), before);

        // Into one of its own children: that child takes its place, its siblings under it.
        perform(TagEdits::merge(*m_project, m_evidence, m_statistics));
        QCOMPARE(parentOf(m_statistics), QUuid());
        QCOMPARE(parentOf(m_quotes), m_statistics);
        m_history->stack()->undo();
        QCOMPARE(parentsOf(*m_project), before);

        // Into a child of another parent: beside it, under that parent.
        const QUuid sources = m_project->ensureTag(QStringLiteral("Sources"))->id;
        QVERIFY(m_project->setTagParent(sources, m_claims));
        perform(TagEdits::merge(*m_project, m_evidence, sources));
        QCOMPARE(parentOf(m_statistics), m_claims);
        QCOMPARE(parentOf(m_quotes), m_claims);
        QCOMPARE(parentOf(sources), m_claims);
    }

    void anotherConnectionHearsOfTheParent()
    {
        OpenOptions options;
        options.author = QStringLiteral("alice");
        auto other = Project::open(m_project->filePath(), options);
        QVERIFY2(other, qPrintable(other.errorMessage()));
        QVERIFY(*(*other)->catchUp() >= 0);
        QSignalSpy changed(other->get(), &Project::tagsChanged);
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        auto caught = (*other)->catchUp();
        QVERIFY2(caught, qPrintable(caught.errorMessage()));
        QVERIFY(*caught >= 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(parentsOf(**other).value(QStringLiteral("Statistics")),
                 QStringLiteral("Evidence"));
    }

    void theTreeAndTheFilterTakeInTheChildren()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        QVERIFY(m_project->setTagParent(m_quotes, m_evidence));
        const QList<Tag> tags = *m_project->tags();
        QStringList shown;
        for (const Tag &tag : tagsAsTree(tags))
            shown.append(tagPathName(tag, tags));
        QCOMPARE(shown, (QStringList{QStringLiteral("Claims"), QStringLiteral("Evidence"),
                                     QStringLiteral("Evidence › Quotes"),
                                     QStringLiteral("Evidence › Statistics")}));
        QCOMPARE(tagWithChildren(m_evidence, tags),
                 (QSet<QUuid>{m_evidence, m_statistics, m_quotes}));
        QCOMPARE(tagWithChildren(m_statistics, tags), QSet<QUuid>{m_statistics});
    }

    void aProjectOfSchemaElevenIsUpgraded()
    {
        SKIP_ON_SERVER("the file's schema is rewound by hand");
        const QString path = m_project->filePath();
        m_history.reset();
        m_project.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v11"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement :
                 {"DROP INDEX tag_by_parent",
                  "CREATE TABLE tag_before (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                  "color TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)",
                  "INSERT INTO tag_before SELECT id, name, color, version FROM tag",
                  "DROP TABLE tag", "ALTER TABLE tag_before RENAME TO tag",
                  "PRAGMA user_version = 11"})
                QVERIFY2(query.exec(QLatin1String(statement)), statement);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v11"));
        auto upgraded = Project::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded.errorMessage()));
        QCOMPARE((*upgraded)->schemaVersion(), 12);
        QCOMPARE((*upgraded)->tags()->size(), 4);
        QVERIFY((*upgraded)->setTagParent(m_statistics, m_evidence));
        QCOMPARE(parentsOf(**upgraded).value(QStringLiteral("Statistics")),
                 QStringLiteral("Evidence"));
    }

    void aMergedProjectBringsItsTagsUnderTheirParents()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        // Sorted by name, Statistics' parent comes after Claims and before it: parents are
        // filed once every tag is in, whatever the order.
        const QUuid zebra = m_project->ensureTag(QStringLiteral("Zebra"))->id;
        QVERIFY(m_project->setTagParent(m_claims, zebra));
        tagged(QStringLiteral("Chip smuggling"), {m_statistics, m_claims});
        QTemporaryDir elsewhere;
        auto ours = createProject(elsewhere, QStringLiteral("ours.counterpoint"));
        QVERIFY(ours);
        auto merged = analysis::mergeProject(*ours, *m_project);
        QVERIFY2(merged, qPrintable(merged.errorMessage()));
        const auto parents = parentsOf(*ours);
        QCOMPARE(parents.value(QStringLiteral("Statistics")), QStringLiteral("Evidence"));
        QCOMPARE(parents.value(QStringLiteral("Claims")), QStringLiteral("Zebra"));
        QCOMPARE(parents.value(QStringLiteral("Evidence")), QString());
    }

    void theCommandLineFilesATagUnderAParent()
    {
        SKIP_ON_SERVER("the command line is tested on a file");
        tagged(QStringLiteral("Chip smuggling"), {m_statistics});
        const QString path = m_project->filePath();
        m_history.reset();
        m_project.reset();

        CliResult filed =
            runCounterpoint({QStringLiteral("tags"), path, QStringLiteral("set-parent"),
                             QStringLiteral("statistics"), QStringLiteral("Evidence")});
        QVERIFY2(filed.status == 0, qPrintable(filed.err));
        QCOMPARE(filed.out.trimmed(), QStringLiteral("Put tag “Statistics” under “Evidence”"));
        CliResult listed = runCounterpoint({QStringLiteral("tags"), path});
        QCOMPARE(listed.status, 0);
        QVERIFY2(listed.out.contains(QRegularExpression(
                     QStringLiteral("Evidence\\n\\s+1  #[0-9a-f]{6}  Evidence › Statistics\\n"))),
                 qPrintable(listed.out));
        CliResult deeper =
            runCounterpoint({QStringLiteral("tags"), path, QStringLiteral("set-parent"),
                             QStringLiteral("Quotes"), QStringLiteral("Statistics")});
        QCOMPARE(deeper.status, 1);
        QCOMPARE(deeper.err.count(u'\n'), 1);
        QVERIFY2(deeper.err.contains(u"one level of parents"), qPrintable(deeper.err));
        CliResult usage = runCounterpoint(
            {QStringLiteral("tags"), path, QStringLiteral("set-parent"), QStringLiteral("Quotes")});
        QCOMPARE(usage.status, 2);
        CliResult cleared =
            runCounterpoint({QStringLiteral("tags"), path, QStringLiteral("clear-parent"),
                             QStringLiteral("Statistics")});
        QVERIFY2(cleared.status == 0, qPrintable(cleared.err));
        auto reopened = Project::open(path);
        QVERIFY(reopened);
        QCOMPARE(parentsOf(**reopened).value(QStringLiteral("Statistics")), QString());
    }

    void theRefiQdaExportNestsChildrenAndReadsThemBack()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        QVERIFY(m_project->setTagParent(m_quotes, m_evidence));
        // Evidence itself carried by no annotation: it is written as the children's parent.
        tagged(QStringLiteral("Chip smuggling"), {m_statistics});
        tagged(QStringLiteral("a major threat"), {m_quotes, m_claims});
        const QString path = m_dir.filePath(QStringLiteral("tags.qdpx"));
        auto written = exportAnnotationsToFile(*m_project, ExportFormat::Qdpx,
                                               ExportScope::wholeProject(), path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        const QByteArray qde = entryOf(path, QStringLiteral("project.qde"));
        const QRegularExpression nested(
            QStringLiteral("<Code [^>]*name=\"Evidence\"[^>]*[^/]>\\s*<Code "
                           "[^>]*name=\"(Statistics|Quotes)\"[^>]*/>"
                           "\\s*<Code [^>]*name=\"(Statistics|Quotes)\"[^>]*/>\\s*</Code>"));
        QVERIFY2(nested.match(QString::fromUtf8(qde)).hasMatch(), qde.constData());

        QTemporaryDir elsewhere;
        auto copy = createProject(elsewhere, QStringLiteral("copy.counterpoint"));
        QVERIFY(copy);
        auto report = importAnnotations(*copy, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->skipped.isEmpty(), qPrintable(report->skipped.join(u'\n')));
        const auto parents = parentsOf(*copy);
        QCOMPARE(parents.value(QStringLiteral("Statistics")), QStringLiteral("Evidence"));
        QCOMPARE(parents.value(QStringLiteral("Quotes")), QStringLiteral("Evidence"));
        QCOMPARE(parents.value(QStringLiteral("Claims")), QString());
        QVERIFY(parents.contains(QStringLiteral("Evidence")));

        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed");
        SKIP_WITHOUT_SHARED_DATA(); // the REFI-QDA schema
        const QString qdePath = m_dir.filePath(QStringLiteral("project.qde"));
        QVERIFY(writeFile(qdePath, qde));
        QProcess process;
        process.start(
            xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      QStringLiteral(COUNTERPOINT_SHARED_DIR "/specs/refi-qda/Project-mrt2019.xsd"),
                      qdePath});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void aDeeperTreeIsReadAsOneLevelAndTheReportSaysSo()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        tagged(QStringLiteral("Chip smuggling"), {m_statistics});
        tagged(QStringLiteral("a major threat"), {m_quotes});
        const QString path = m_dir.filePath(QStringLiteral("flat.qdpx"));
        QVERIFY(exportAnnotationsToFile(*m_project, ExportFormat::Qdpx, ExportScope::wholeProject(),
                                        path));
        // Quotes moved inside Statistics, inside Evidence: three levels, as another tool may
        // write them.
        QString qde = QString::fromUtf8(entryOf(path, QStringLiteral("project.qde")));
        const QRegularExpression quotes(QStringLiteral("<Code [^>]*name=\"Quotes\"[^>]*/>"));
        const QString quotesCode = quotes.match(qde).captured();
        QVERIFY(!quotesCode.isEmpty());
        qde.remove(quotesCode);
        const QRegularExpression statistics(
            QStringLiteral("<Code ([^>]*name=\"Statistics\"[^>]*)/>"));
        const auto found = statistics.match(qde);
        QVERIFY(found.hasMatch());
        qde.replace(found.captured(),
                    QStringLiteral("<Code %1>%2</Code>").arg(found.captured(1), quotesCode));
        const QString deep = m_dir.filePath(QStringLiteral("deep.qdpx"));
        QVERIFY(rewriteQde(path, deep, qde.toUtf8()));

        QTemporaryDir elsewhere;
        auto copy = createProject(elsewhere, QStringLiteral("copy.counterpoint"));
        QVERIFY(copy);
        auto report = importAnnotations(*copy, deep);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        const auto parents = parentsOf(*copy);
        QCOMPARE(parents.value(QStringLiteral("Statistics")), QStringLiteral("Evidence"));
        QCOMPARE(parents.value(QStringLiteral("Quotes")), QStringLiteral("Evidence"));
        QVERIFY2(report->notes.join(u'\n').contains(
                     u"code “Quotes”: nested more than one level deep under “Evidence”"),
                 qPrintable(report->notes.join(u'\n')));
    }

    void theW3cExportKeepsTheParent()
    {
        QVERIFY(m_project->setTagParent(m_statistics, m_evidence));
        tagged(QStringLiteral("Chip smuggling"), {m_statistics});
        const QString path = m_dir.filePath(QStringLiteral("tags.jsonld"));
        QVERIFY(exportAnnotationsToFile(*m_project, ExportFormat::JsonLd,
                                        ExportScope::wholeProject(), path));
        QVERIFY(readFile(path).contains("\"cp:parent\":{\"id\":\"urn:uuid:"));

        QTemporaryDir elsewhere;
        auto copy = createProject(elsewhere, QStringLiteral("copy.counterpoint"));
        QVERIFY(copy);
        auto report = importAnnotations(*copy, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        const auto parents = parentsOf(*copy);
        QCOMPARE(parents.value(QStringLiteral("Statistics")), QStringLiteral("Evidence"));
        QCOMPARE(parents.value(QStringLiteral("Evidence")), QString());
        // The same ids as the exporting project's, as W3C imports keep them.
        for (const Tag &tag : *copy->tags()) {
            if (tag.name == u"Statistics")
                QCOMPARE(tag.parentId, m_evidence);
        }
        // A tag the project has already keeps its place.
        QVERIFY(copy->setTagParent(m_statistics, {}));
        QVERIFY(importAnnotations(*copy, path));
        QCOMPARE(parentsOf(*copy).value(QStringLiteral("Statistics")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTagParents)
#include "tst_tagparents.moc"

// Bad project files: each gives a clear error that names the file and the cause, and the file is
// left byte for byte as it was. Never a crash.
#include "TestSupport.h"

#include "store/Database.h"
#include "store/ProjectCheck.h"
#include "store/ProjectFile.h"
#include "store/SqliteFileHeader.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

constexpr QFile::Permissions readableByAll =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions writableByAll = readableByAll | QFile::WriteGroup | QFile::WriteOther;
constexpr QFile::Permissions openFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther;
constexpr QFile::Permissions readOnlyFolder = QFile::ReadOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther;

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestBadProjects final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A real project with one article and one annotation, closed again.
    QString makeProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        {
            auto project = createProject(m_dir, name);
            if (!project)
                return {};
            const QString article = m_dir.filePath(QStringLiteral("article.txt"));
            writeFile(article, QByteArrayLiteral("Nvidia calls it tall tales.\n"));
            const QUuid id = importArticle(*project, article);
            Annotation annotation;
            annotation.articleId = id;
            annotation.start = 0;
            annotation.end = 6;
            if (!project->addAnnotation(annotation))
                return {};
        }
        return path;
    }

    // Opens path expecting failure with code; checks the message names the file and that the
    // bytes did not change.
    void expectRefusal(const QString &path, Error::Code code, const QString &cause,
                       const OpenOptions &options = {})
    {
        const QByteArray before = readFile(path);
        auto opened = Project::open(path, options);
        QVERIFY2(!opened, "a bad project file was opened");
        QCOMPARE(int(opened.error().code), int(code));
        QVERIFY2(opened.errorMessage().contains(QFileInfo(path).fileName()),
                 qPrintable(opened.errorMessage()));
        QVERIFY2(opened.errorMessage().contains(cause), qPrintable(opened.errorMessage()));
        QCOMPARE(readFile(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    // The command line as a user whom permissions bind: as root (as in CI) through setpriv as
    // "nobody", else as this user. Empty when that is impossible here (the test then skips).
    QStringList commandLineAsOtherUser(QString *whyNot)
    {
        if (geteuid() != 0)
            return {counterpointExecutable()};
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            *whyNot = QStringLiteral("running as root without setpriv (util-linux) to drop it");
            return {};
        }
        return {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), counterpointExecutable()};
    }

    static Run run(const QStringList &command, const QStringList &arguments)
    {
        QProcess process;
        process.start(command.first(), command.mid(1) + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A folder under /tmp that another user can enter (QTemporaryDir makes 0700 ones).
    static std::unique_ptr<QTemporaryDir> sharedFolder()
    {
        auto folder =
            std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/counterpoint-ro-XXXXXX"));
        if (!folder->isValid() || !QFile::setPermissions(folder->path(), openFolder))
            return nullptr;
        return folder;
    }

    // A project whose first annotation is in the file and whose second, acknowledged, is still
    // only in its write-ahead log: the file and its -wal as a killed or crashed writer leaves
    // them (copied while the writer still had them open). Returns the second annotation's id.
    QUuid makeProjectWithLog(const QString &target)
    {
        const QString source = makeProject(QStringLiteral("with-log-source.counterpoint"));
        if (source.isEmpty())
            return {};
        auto project = Project::open(source);
        if (!project)
            return {};
        auto articles = (*project)->articleSummaries();
        if (!articles || articles->isEmpty())
            return {};
        Annotation annotation;
        annotation.articleId = articles->first().id;
        annotation.start = 16;
        annotation.end = 26; // "tall tales"
        annotation.comment = QStringLiteral("only in the log");
        auto added = (*project)->addAnnotation(annotation);
        if (!added)
            return {};
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
        if (!QFile::copy(source, target) ||
            !QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal")))
            return {};
        if (QFileInfo(target + QStringLiteral("-wal")).size() == 0)
            return {};
        QFile::setPermissions(target, readableByAll);
        QFile::setPermissions(target + QStringLiteral("-wal"), readableByAll);
        return added->id;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rejectsTextFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.counterpoint"));
        writeFile(path, QByteArrayLiteral("These are my notes, not a database.\n"));
        expectRefusal(path, Error::Code::NotADatabase, QStringLiteral("not an SQLite database"));
    }

    void rejectsShortFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("short.counterpoint"));
        writeFile(path, QByteArrayLiteral("SQLite"));
        expectRefusal(path, Error::Code::NotADatabase, QStringLiteral("not an SQLite database"));
    }

    void rejectsTruncatedDatabase()
    {
        const QString path = makeProject(QStringLiteral("truncated.counterpoint"));
        QVERIFY(!path.isEmpty());
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 8192);
        writeFile(path, bytes.left(bytes.size() / 2));
        expectRefusal(path, Error::Code::Corrupt, QStringLiteral("damaged"));
    }

    void rejectsCorruptPages()
    {
        const QString path = makeProject(QStringLiteral("corrupt.counterpoint"));
        QVERIFY(!path.isEmpty());
        QByteArray bytes = readFile(path);
        // Keep the header page; scribble over every page after it.
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 37) & 0xff);
        writeFile(path, bytes);
        expectRefusal(path, Error::Code::Corrupt, QStringLiteral("damaged"));
    }

    void rejectsProjectFromNewerVersion()
    {
        const QString path = makeProject(QStringLiteral("newer.counterpoint"));
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        expectRefusal(path, Error::Code::TooNew, QStringLiteral("newer version"));
    }

    void rejectsOtherProgramsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.counterpoint"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE moz_places (url TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefusal(path, Error::Code::NotAProject, QStringLiteral("another program"));
    }

    void rejectsMissingFileUnlessCreating()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.counterpoint"));
        auto opened = Project::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("missing.counterpoint")));
        QVERIFY(!QFile::exists(path));
    }

    void rejectsFolder()
    {
        auto opened = Project::open(m_dir.path());
        QVERIFY(!opened);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("folder")));
    }

    void opensReadOnlyFileReadOnlyWithNotice()
    {
        if (geteuid() == 0)
            QSKIP("root can write any file; readOnlyFileRefusesChangesForOtherUser covers this as "
                  "root");
        const QString path = makeProject(QStringLiteral("readonly.counterpoint"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = readFile(path);
        {
            auto opened = Project::open(path);
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            QVERIFY((*opened)->isReadOnly());
            QVERIFY((*opened)->readOnlyNotice().contains(QStringLiteral("read-only")));
            QCOMPARE((*opened)->annotations()->size(), 1);
            auto refused = (*opened)->ensureActor(QStringLiteral("Nvidia"));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::ReadOnly);
        }
        QCOMPARE(readFile(path), before);
    }

    // As root (as in CI) no permission stops a write, so the command line runs as "nobody".
    void readOnlyFileRefusesChangesForOtherUser()
    {
        if (geteuid() != 0)
            QSKIP("needs root to act as another user; opensReadOnlyFileReadOnlyWithNotice covers "
                  "this");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is missing");
        QTemporaryDir shared(QStringLiteral("/tmp/counterpoint-readonly-XXXXXX"));
        QVERIFY(shared.isValid());
        QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ReadOther |
                                                 QFile::ExeOther);
        const QString path = shared.filePath(QStringLiteral("readonly.counterpoint"));
        QVERIFY(QFile::copy(makeProject(QStringLiteral("readonly-source.counterpoint")), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther));
        const QByteArray before = readFile(path);

        const auto runAsNobody = [&](const QStringList &arguments) {
            QProcess process;
            process.start(setpriv,
                          QStringList{QStringLiteral("--reuid=65534"),
                                      QStringLiteral("--regid=65534"),
                                      QStringLiteral("--clear-groups"), counterpointExecutable()} +
                              arguments);
            process.waitForFinished(30000);
            return std::make_pair(process.exitCode(),
                                  QString::fromUtf8(process.readAllStandardError()));
        };
        const auto listed = runAsNobody({QStringLiteral("list"), path});
        QVERIFY2(listed.first == 0, qPrintable(listed.second));
        const auto refused = runAsNobody(
            {QStringLiteral("annotate"), path, QStringLiteral("Nvidia"), QStringLiteral("--kind"),
             QStringLiteral("claim"), QStringLiteral("--exact"), QStringLiteral("tall tales")});
        QCOMPARE(refused.first, 1);
        QVERIFY2(refused.second.contains(QStringLiteral("read-only")), qPrintable(refused.second));
        QVERIFY(refused.second.contains(QStringLiteral("readonly.counterpoint")));
        QCOMPARE(readFile(path), before);
    }

    void readOnlyOptionRefusesWritesAndChangesNothing()
    {
        const QString path = makeProject(QStringLiteral("asked-readonly.counterpoint"));
        const QByteArray before = readFile(path);
        {
            OpenOptions options;
            options.readOnly = true;
            auto opened = Project::open(path, options);
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            QVERIFY((*opened)->isReadOnly());
            QCOMPARE((*opened)->annotations()->size(), 1);
            auto refused = (*opened)->addTag({QUuid(), QStringLiteral("x"), QColor()});
            QCOMPARE(refused.error().code, Error::Code::ReadOnly);
            QVERIFY(refused.errorMessage().contains(QStringLiteral("asked-readonly.counterpoint")));
        }
        QCOMPARE(readFile(path), before);
    }

    void rejectsFileLockedByAnotherProcess()
    {
        const QString path = makeProject(QStringLiteral("locked.counterpoint"));
        QVERIFY(!path.isEmpty());
        QProcess holder;
        holder.start(QStringLiteral(COUNTERPOINT_HOLDLOCK), {path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        OpenOptions options;
        options.busyTimeoutMs = 300;
        auto opened = Project::open(path, options);
        QVERIFY2(!opened, "a locked project was opened");
        QCOMPARE(opened.error().code, Error::Code::Locked);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("locked.counterpoint")));
        QVERIFY(opened.errorMessage().contains(QStringLiteral("locked by another program")));

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        auto reopened = Project::open(path);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE((*reopened)->annotations()->size(), 1);
    }

    // Issue 18.11: a 0-byte file is no project, and nothing but a command that creates a project
    // where no file exists makes one.
    void refusesEmptyFileEverywhere()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.counterpoint"));
        QVERIFY(writeFile(path, {}));
        expectRefusal(path, Error::Code::NotADatabase, QStringLiteral("empty file"));
        OpenOptions creating;
        creating.createIfMissing = true;
        expectRefusal(path, Error::Code::NotADatabase, QStringLiteral("empty file"), creating);

        const QString article = m_dir.filePath(QStringLiteral("empty-test-article.txt"));
        writeFile(article, QByteArrayLiteral("Nvidia calls it tall tales.\n"));
        const QString annotations = m_dir.filePath(QStringLiteral("empty-test.jsonld"));
        // A file that holds an annotation: the project, not the file, is what gets refused.
        writeFile(annotations,
                  QByteArrayLiteral(R"({"type":"Annotation","target":{"source":"urn:x",)"
                                    R"("selector":{"type":"TextQuoteSelector","exact":"tall"}}})"));
        const QString output = m_dir.filePath(QStringLiteral("empty-test.csv"));
        const QList<QStringList> commands{
            {QStringLiteral("list"), path},
            {QStringLiteral("show"), path},
            {QStringLiteral("annotate"), path, QStringLiteral("Nvidia"), QStringLiteral("--kind"),
             QStringLiteral("claim"), QStringLiteral("--exact"), QStringLiteral("tall")},
            {QStringLiteral("import"), path, article},
            {QStringLiteral("import-annotations"), path, annotations},
            {QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("-o"), output}};
        for (const QStringList &arguments : commands) {
            const Run result = run({counterpointExecutable()}, arguments);
            QVERIFY2(result.status == 1, qPrintable(arguments.first() + u": " + result.err));
            QCOMPARE(result.err.count(u'\n'), 1);
            QVERIFY2(result.err.contains(QStringLiteral("empty.counterpoint")) &&
                         result.err.contains(QStringLiteral("not a Counterpoint project (empty "
                                                            "file)")),
                     qPrintable(arguments.first() + u": " + result.err));
            QCOMPARE(QFileInfo(path).size(), 0);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        }
        QVERIFY(!QFile::exists(output));
    }

    // Issue 18.11: an SQLite database with nothing in it is not a project either, unless this
    // very open created it.
    void refusesEmptySqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-db.counterpoint"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("emptydb"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("VACUUM"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA page_size = 4096"));
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            QSqlQuery(db).exec(QStringLiteral("DROP TABLE t"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("emptydb"));
        QVERIFY(QFileInfo(path).size() > 0);
        expectRefusal(path, Error::Code::NotAProject, QStringLiteral("empty SQLite database"));
    }

    // Issue 18.12: a damaged page is told in one line of words, naming the file; SQLite's own
    // report goes to the log. Issue 19.0: opening no longer reads every page, so the damage is
    // told by whatever reads the page first (here `list`) and by `check`, which reads them all.
    void damagedPageIsOneLineInWords()
    {
        const QString path = makeProject(QStringLiteral("damaged-page.counterpoint"));
        QVERIFY(!path.isEmpty());
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() >= 3 * 4096);
        for (qsizetype i = 4096; i < 2 * 4096; ++i) // page 2 only
            bytes[i] = char(0xff - (i & 0x7f));
        writeFile(path, bytes);
        const QByteArray before = readFile(path);
        const auto inWords = [](const QString &message) {
            QVERIFY2(message.contains(QStringLiteral("damaged-page.counterpoint")),
                     qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
            QVERIFY2(message.trimmed().count(u'\n') == 0, qPrintable(message));
            for (const char *internal : {"***", "btree", "Page 2", "error code", "malformed"})
                QVERIFY2(!message.contains(QLatin1String(internal), Qt::CaseInsensitive),
                         qPrintable(message));
        };
        if (auto opened = Project::open(path); !opened) {
            QCOMPARE(opened.error().code, Error::Code::Corrupt);
            inWords(opened.errorMessage());
        }
        QCOMPARE(readFile(path), before);

        const Run listed = run({counterpointExecutable()}, {QStringLiteral("list"), path});
        QCOMPARE(listed.status, 1);
        inWords(listed.err);
        const Run checked = run({counterpointExecutable()}, {QStringLiteral("check"), path});
        QCOMPARE(checked.status, 1);
        inWords(checked.err);
        QVERIFY(checked.out.isEmpty());
        // --details gives SQLite's own findings, for whoever repairs the file.
        const Run detailed = run({counterpointExecutable()},
                                 {QStringLiteral("check"), path, QStringLiteral("--details")});
        QCOMPARE(detailed.status, 1);
        QVERIFY2(!detailed.out.trimmed().isEmpty(), qPrintable(detailed.err));
        QCOMPARE(readFile(path), before);
    }

    // Issue 19.0: `check` of a sound project reads every page, says so and changes nothing, also
    // while another connection has the project open and is writing to it.
    void checkFindsASoundProjectSound()
    {
        const QString path = makeProject(QStringLiteral("sound.counterpoint"));
        QVERIFY(!path.isEmpty());
        auto writer = Project::open(path);
        QVERIFY2(writer, qPrintable(writer.errorMessage()));
        QVERIFY((*writer)->ensureTag(QStringLiteral("written while checked")));
        const Run checked = run({counterpointExecutable()}, {QStringLiteral("check"), path});
        QVERIFY2(checked.status == 0, qPrintable(checked.err));
        QVERIFY2(checked.out.contains(QStringLiteral("sound.counterpoint")),
                 qPrintable(checked.out));
        QVERIFY2(checked.out.contains(QStringLiteral("no damage")), qPrintable(checked.out));
        const Run full = run({counterpointExecutable()},
                             {QStringLiteral("check"), path, QStringLiteral("--full")});
        QVERIFY2(full.status == 0, qPrintable(full.err));
        auto report = ProjectCheck::run(path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY(report->isSound());
        QVERIFY(report->pages >= 3);
    }

    // Issue 19.0: a file cut short is refused at the open already, from its header alone.
    void truncatedFileIsFoundFromItsHeader()
    {
        const QString path = makeProject(QStringLiteral("cut.counterpoint"));
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = readFile(path);
        const auto header = SqliteFileHeader::parse(bytes);
        QVERIFY(header);
        QCOMPARE(header->pageSize * header->pageCount, qint64(bytes.size()));
        QVERIFY(!header->isTruncated(bytes.size()));
        QVERIFY(header->isTruncated(bytes.size() - 1));
        QVERIFY(!SqliteFileHeader::parse(bytes.left(99)));
        const Run checked = run({counterpointExecutable()}, {QStringLiteral("check"), path});
        QCOMPARE(checked.status, 0);
        writeFile(path, bytes.left(bytes.size() - header->pageSize));
        expectRefusal(path, Error::Code::Corrupt, QStringLiteral("cut short"));
        const Run cut = run({counterpointExecutable()}, {QStringLiteral("check"), path});
        QCOMPARE(cut.status, 1);
        QVERIFY2(cut.err.contains(QStringLiteral("damaged")), qPrintable(cut.err));
    }

    // Issue 18.5 and 18.13: every way of opening a project, decided from what the file system
    // allows, without needing the permissions or mounts that produce each case.
    void opensEachKindOfFileTheRightWay()
    {
        const QString path = QStringLiteral("/projects/story.counterpoint");
        ProjectFileState healthy;
        healthy.exists = healthy.isFile = healthy.folderExists = true;
        healthy.size = 40960;
        healthy.fileWritable = healthy.folderWritable = true;
        const auto plan = [&path](const ProjectFileState &state, const OpenOptions &options) {
            return planOpening(path, state, options);
        };
        using Access = OpenPlan::Access;
        OpenOptions normal;
        OpenOptions readOnly;
        readOnly.readOnly = true;
        OpenOptions creating;
        creating.createIfMissing = true;

        QCOMPARE(plan(healthy, normal)->access, Access::ReadWrite);
        QVERIFY(plan(healthy, normal)->readOnlyNotice.isEmpty());
        // An export asks for read-only: a connection that can tidy its -wal and -shm away.
        QCOMPARE(plan(healthy, readOnly)->access, Access::QueryOnly);
        QVERIFY(plan(healthy, readOnly)->isReadOnly());

        for (const bool fileWritable : {false, true}) {
            ProjectFileState locked = healthy;
            locked.fileWritable = fileWritable;
            locked.folderWritable = false;
            // No log: the file is the whole project and is read as it is.
            QCOMPARE(plan(locked, normal)->access, Access::Immutable);
            QVERIFY(plan(locked, normal)->readOnlyNotice.contains(QStringLiteral("read-only")));
            // A log with changes is never ignored: SQLite cannot read it in place without a
            // -shm it cannot create, so a copy of file and log is read.
            locked.walSize = 8272;
            QCOMPARE(plan(locked, normal)->access, Access::Snapshot);
            QCOMPARE(plan(locked, readOnly)->access, Access::Snapshot);
            QVERIFY(plan(locked, normal)->isReadOnly());
        }
        ProjectFileState readOnlyFile = healthy;
        readOnlyFile.fileWritable = false;
        readOnlyFile.walSize = 8272;
        QCOMPARE(plan(readOnlyFile, normal)->access, Access::Snapshot);
        readOnlyFile.walSize = 0;
        QCOMPARE(plan(readOnlyFile, normal)->access, Access::Immutable);

        ProjectFileState empty = healthy;
        empty.size = 0;
        for (const OpenOptions &options : {normal, readOnly, creating}) {
            auto refused = plan(empty, options);
            QVERIFY(!refused);
            QVERIFY(refused.errorMessage().contains(QStringLiteral("(empty file)")));
        }

        ProjectFileState missing;
        missing.folderExists = missing.folderWritable = true;
        QCOMPARE(plan(missing, normal).error().code, Error::Code::NotFound);
        QCOMPARE(plan(missing, creating)->access, Access::Create);
        missing.folderWritable = false;
        QCOMPARE(plan(missing, creating).error().code, Error::Code::ReadOnly);
        missing.folderExists = false;
        QCOMPARE(plan(missing, creating).error().code, Error::Code::Io);
    }

    // Issue 18.5: the snapshot is what SQLite reads when the log cannot be read in place, here
    // opened directly: the acknowledged annotation in the log is there.
    void snapshotOfFileAndLogHoldsWhatTheLogHolds()
    {
        const QString path = m_dir.filePath(QStringLiteral("logged.counterpoint"));
        const QUuid inLog = makeProjectWithLog(path);
        QVERIFY(!inLog.isNull());
        auto snapshot = ProjectSnapshot::copy(path);
        QVERIFY2(snapshot, qPrintable(snapshot.errorMessage()));
        QVERIFY((*snapshot)->filePath() != path);
        OpenOptions options;
        options.readOnly = true;
        auto copy = Project::open((*snapshot)->filePath(), options);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        auto annotations = (*copy)->annotations();
        QVERIFY(annotations);
        QCOMPARE(annotations->size(), 2);
        QVERIFY(std::any_of(annotations->cbegin(), annotations->cend(),
                            [&](const Annotation &a) { return a.id == inLog; }));
    }

    // Issue 18.5 and 18.13: a project in a folder this user cannot write, with and without a
    // log left beside it, is listed, shown and exported; the log is read, not ignored, and
    // nothing is created beside the project.
    void projectInReadOnlyFolderIsReadWithItsLog()
    {
        QString whyNot;
        const QStringList command = commandLineAsOtherUser(&whyNot);
        if (command.isEmpty())
            QSKIP(qPrintable(whyNot));
        auto shared = sharedFolder();
        QVERIFY(shared);
        const QString output = shared->filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkdir(output));
        QFile::setPermissions(output, openFolder | QFile::WriteGroup | QFile::WriteOther);

        for (const bool withLog : {false, true}) {
            for (const bool fileWritable : {false, true}) {
                const QString label = QStringLiteral("%1 log, file %2")
                                          .arg(withLog ? u"with" : u"without",
                                               fileWritable ? u"writable" : u"read-only");
                const QString folder =
                    shared->filePath(QStringLiteral("ro-%1-%2").arg(withLog).arg(fileWritable));
                QVERIFY(QDir().mkdir(folder));
                const QString path = folder + QStringLiteral("/story.counterpoint");
                QUuid inLog;
                if (withLog) {
                    inLog = makeProjectWithLog(path);
                    QVERIFY(!inLog.isNull());
                } else {
                    QVERIFY(
                        QFile::copy(makeProject(QStringLiteral("ro-source.counterpoint")), path));
                }
                QFile::setPermissions(path, fileWritable ? writableByAll : readableByAll);
                QVERIFY(QFile::setPermissions(folder, readOnlyFolder));
                const QStringList before = filesIn(folder);
                const QByteArray bytes = readFile(path);

                const Run listed = run(command, {QStringLiteral("list"), path});
                QVERIFY2(listed.status == 0, qPrintable(label + u": " + listed.err));
                QVERIFY2(listed.out.contains(QStringLiteral("Nvidia calls it")),
                         qPrintable(listed.out));
                const Run shown = run(command, {QStringLiteral("show"), path});
                QVERIFY2(shown.status == 0, qPrintable(label + u": " + shown.err));
                QCOMPARE(shown.out.contains(QStringLiteral("only in the log")), withLog);
                const QString csv = output + QStringLiteral("/%1.csv").arg(folder.right(4));
                const Run exported =
                    run(command, {QStringLiteral("export"), path, QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("-o"), csv});
                QVERIFY2(exported.status == 0, qPrintable(label + u": " + exported.err));
                QCOMPARE(readFile(csv).count("\r\n") - 1, withLog ? 2 : 1);
                if (withLog)
                    QVERIFY(readFile(csv).contains(inLog.toString(QUuid::WithoutBraces).toUtf8()));
                const Run refused =
                    run(command, {QStringLiteral("annotate"), path, QStringLiteral("Nvidia"),
                                  QStringLiteral("--kind"), QStringLiteral("claim"),
                                  QStringLiteral("--exact"), QStringLiteral("calls")});
                QCOMPARE(refused.status, 1);
                QVERIFY2(refused.err.contains(QStringLiteral("read-only")),
                         qPrintable(refused.err));

                QCOMPARE(filesIn(folder), before);
                QCOMPARE(readFile(path), bytes);
                QFile::setPermissions(folder, openFolder);
            }
        }
    }

    // Issue 18.5 on a truly read-only file system (a read-only bind mount, which even root
    // cannot write): the log is read, and the annotation only it holds is shown and exported.
    void projectOnReadOnlyMountIsReadWithItsLog()
    {
        if (geteuid() != 0)
            QSKIP("a read-only bind mount needs root (unshare -m); "
                  "projectInReadOnlyFolderIsReadWithItsLog covers read-only folders");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is missing");
        QTemporaryDir mounted;
        QVERIFY(mounted.isValid());
        const QString path = mounted.filePath(QStringLiteral("mounted.counterpoint"));
        const QUuid inLog = makeProjectWithLog(path);
        QVERIFY(!inLog.isNull());
        QFile::setPermissions(path, writableByAll); // writable but for the mount
        const QString csv = m_dir.filePath(QStringLiteral("mounted.csv"));
        const QStringList before = filesIn(mounted.path());

        // In a mount namespace of its own, so the read-only mount vanishes with the command.
        const auto inReadOnlyMount = [&](const QStringList &arguments) {
            return run({unshare, QStringLiteral("--mount"), QStringLiteral("--propagation"),
                        QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("mount --bind -o ro \"$0\" \"$0\" && touch \"$0/probe\" "
                                       "2>/dev/null && exit 99; exec \"$@\""),
                        mounted.path(), counterpointExecutable()},
                       arguments);
        };
        const Run probe = inReadOnlyMount({QStringLiteral("--version")});
        if (probe.status != 0)
            QSKIP(qPrintable(u"cannot make a read-only bind mount here: " + probe.err));

        const Run shown = inReadOnlyMount({QStringLiteral("show"), path});
        QVERIFY2(shown.status == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral("only in the log")), qPrintable(shown.out));
        const Run exported =
            inReadOnlyMount({QStringLiteral("export"), path, QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
        QVERIFY(readFile(csv).contains(inLog.toString(QUuid::WithoutBraces).toUtf8()));
        QCOMPARE(filesIn(mounted.path()), before);
    }

    // Issue 18.15: reading a project (an export opens it read-only) leaves no -wal or -shm beside
    // it, whether it opened or was refused as damaged.
    void readingLeavesNothingBeside()
    {
        const QString path = makeProject(QStringLiteral("tidy.counterpoint"));
        QVERIFY(!path.isEmpty());
        const QString folder = QFileInfo(path).absolutePath();
        const QStringList before = filesIn(folder);
        QVERIFY(!before.contains(QStringLiteral("tidy.counterpoint-wal")));
        QTemporaryDir output;
        QVERIFY(output.isValid());
        const QString csv = output.filePath(QStringLiteral("tidy.csv"));
        const Run exported = run({counterpointExecutable()},
                                 {QStringLiteral("export"), path, QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(csv));
        QCOMPARE(filesIn(folder), before);

        QByteArray bytes = readFile(path);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 37) & 0xff);
        writeFile(path, bytes);
        const Run refused = run({counterpointExecutable()},
                                {QStringLiteral("export"), path, QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("damaged")), qPrintable(refused.err));
        QCOMPARE(filesIn(folder), before);
    }

    // Issue 18.15: a refused import into a project that did not exist leaves no project.
    void refusedImportLeavesNoNewProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("never-made.counterpoint"));
        const QStringList before = filesIn(m_dir.path());
        const Run articles = run({counterpointExecutable()},
                                 {QStringLiteral("import"), path,
                                  m_dir.filePath(QStringLiteral("no-such-article.txt"))});
        QCOMPARE(articles.status, 1);
        QVERIFY2(articles.err.contains(QStringLiteral("no-such-article.txt")),
                 qPrintable(articles.err));
        QCOMPARE(filesIn(m_dir.path()), before);

        const QString bad = m_dir.filePath(QStringLiteral("not-annotations.jsonld"));
        writeFile(bad, QByteArrayLiteral("{ this is not JSON"));
        const QStringList withBad = filesIn(m_dir.path());
        const Run annotations =
            run({counterpointExecutable()}, {QStringLiteral("import-annotations"), path, bad});
        QCOMPARE(annotations.status, 1);
        QCOMPARE(filesIn(m_dir.path()), withBad);

        // A project that existed is kept, refused or not.
        const QString existing = makeProject(QStringLiteral("kept.counterpoint"));
        const Run kept = run({counterpointExecutable()},
                             {QStringLiteral("import"), existing,
                              m_dir.filePath(QStringLiteral("no-such-article.txt"))});
        QCOMPARE(kept.status, 1);
        QVERIFY(QFile::exists(existing));
    }

    // Issue 18.5: a write is not called saved when the file it went to has left its path
    // (moved, deleted, its folder removed or its disk unmounted) or another file took its place.
    void writeAfterFileLeftItsPlaceIsRefused()
    {
        for (const bool replaced : {false, true}) {
            QTemporaryDir folder;
            QVERIFY(folder.isValid());
            auto project = createProject(folder, QStringLiteral("moving.counterpoint"));
            QVERIFY(project);
            const QString path = folder.filePath(QStringLiteral("moving.counterpoint"));
            QVERIFY(project->ensureTag(QStringLiteral("before")));

            QVERIFY(QFile::rename(path, folder.filePath(QStringLiteral("elsewhere.counterpoint"))));
            if (replaced)
                QVERIFY(
                    QFile::copy(folder.filePath(QStringLiteral("elsewhere.counterpoint")), path));
            QSignalSpy changed(project.get(), &Project::tagsChanged);
            auto refused = project->ensureTag(QStringLiteral("after"));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Io);
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("moving.counterpoint")),
                     qPrintable(refused.errorMessage()));
            QVERIFY2(refused.errorMessage().contains(replaced ? QStringLiteral("replaced")
                                                              : QStringLiteral("moved or deleted")),
                     qPrintable(refused.errorMessage()));
            QCOMPARE(changed.count(), 0); // views are not told of a change that is not saved
        }
        // The same for a folder removed whole under an open project.
        auto folder = std::make_unique<QTemporaryDir>();
        auto project = createProject(*folder, QStringLiteral("removed.counterpoint"));
        QVERIFY(project);
        folder.reset();
        auto refused = project->ensureActor(QStringLiteral("Nvidia"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("removed.counterpoint")),
                 qPrintable(refused.errorMessage()));
    }

    // Issue 18.6: an acknowledged commit is on the disk (synchronous=FULL in WAL mode).
    void commitsAreSyncedBeforeTheyAreAcknowledged()
    {
        const QString path = makeProject(QStringLiteral("durable.counterpoint"));
        QVERIFY(!path.isEmpty());
        auto database = Database::openSqlite(path, OpenOptions{});
        QVERIFY2(database, qPrintable(database.errorMessage()));
        auto mode = (*database)->query(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        auto synchronous = (*database)->query(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(synchronous && synchronous->next());
        QCOMPARE(synchronous->value(0).toInt(), 2); // FULL; NORMAL (1) syncs only at checkpoints
    }
};

QTEST_MAIN(TestBadProjects)
#include "tst_badprojects.moc"

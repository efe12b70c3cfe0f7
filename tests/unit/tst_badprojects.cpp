// Bad project files: each gives a clear error that names the file and the cause, and the file is
// left byte for byte as it was. Never a crash.
#include "TestSupport.h"

#include "store/Database.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace counterpoint;
using namespace counterpoint::test;

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
};

QTEST_MAIN(TestBadProjects)
#include "tst_badprojects.moc"

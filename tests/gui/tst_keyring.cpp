// A server project's password in the system keyring (issue 13 item 1): kept only when the user
// ticks Remember, then used on the next connection with nothing asked; never in the settings or
// the recent list; and where there is no keyring, the user hears that nothing was kept. Runs
// under pg_virtualenv and tests/support/with-keyring.sh (a D-Bus session with an unlocked GNOME
// keyring; COUNTERPOINT_NO_KEYRING=1 for the same without one).
#include "SampleWindow.h"
#include "session/ProjectSession.h"
#include "store/Project.h"
#include "store/ProjectLocation.h"
#include "ui/dialogs/ConnectDialog.h"
#include "ui/dialogs/PasswordKeyring.h"

#include <QApplication>
#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

const QString password = QStringLiteral("keyring-secret-4711");

// Every file under folder holding text, for "the password is nowhere on the disk we write".
bool anyFileUnderContains(const QString &folder, const QByteArray &text)
{
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestKeyring final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_address; // the project as the analyst, no password in it
    bool m_keyring = false;
    int m_questions = 0; // password questions that came up (each is cancelled)

    // Answers any password question by cancelling it, and counts it.
    void cancelQuestions()
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                ++m_questions;
                modal->close();
            }
        });
        timer->start(50);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PGHOST"))
            QSKIP("no PostgreSQL server: run this test under pg_virtualenv");
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
        m_keyring = qEnvironmentVariable("COUNTERPOINT_NO_KEYRING") != u"1";
        const QString user = m_keyring ? QStringLiteral("kim") : QStringLiteral("noa");
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery query(admin);
            QVERIFY2(query.exec(
                         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(user, password)),
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        const QString uri = newServerDatabase();
        QVERIFY(!uri.isEmpty());
        QVERIFY(Project::initializeServer(uri, user));
        m_address =
            ProjectLocation::parse(uri)->withOption(QStringLiteral("user"), user).toString();
        // From here on libpq has no password of its own: only what the app gives it.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
        cancelQuestions();
    }

    void withoutAPasswordTheUserIsAsked()
    {
        PasswordKeyring::forget(m_address);
        m_questions = 0;
        auto opened = ConnectDialog::openServerProject(nullptr, m_address);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Cancelled);
        QCOMPARE(m_questions, 1);
    }

    void aRememberedPasswordIsUsedNextTime()
    {
        QString notice;
        auto first = ConnectDialog::openServerProject(nullptr, m_address, password, true, &notice);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        first->reset();
        if (!m_keyring) {
            // Nothing kept, and the user is told so in one line.
            QVERIFY2(notice.contains(QStringLiteral("not remembered")), qPrintable(notice));
            QVERIFY(!notice.contains(u'\n'));
            QVERIFY(PasswordKeyring::read(m_address).isEmpty());
            return;
        }
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        QCOMPARE(PasswordKeyring::read(m_address), password);
        m_questions = 0;
        auto second = ConnectDialog::openServerProject(nullptr, m_address);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(m_questions, 0);
        QCOMPARE((*second)->project().author(), QStringLiteral("kim"));
    }

    void notRememberedUnlessAsked()
    {
        PasswordKeyring::forget(m_address);
        auto opened = ConnectDialog::openServerProject(nullptr, m_address, password, false);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(PasswordKeyring::read(m_address).isEmpty());
    }

    void thePasswordIsNeverInTheSettings()
    {
        if (!m_keyring)
            QSKIP("opening through the window needs the keyring's password (or a question)");
        QVERIFY(PasswordKeyring::write(m_address, password).isEmpty());
        // The window's own record of the connection: the recent list and the session.
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        m_questions = 0;
        QVERIFY(window->openProject(m_address));
        QCOMPARE(m_questions, 0);
        window->close(); // saves the session
        window.reset();
        QSettings().sync();
        QVERIFY(anyFileUnderContains(m_dir.path(), m_address.toUtf8())); // the recent list has it
        QVERIFY(!anyFileUnderContains(m_dir.path(), password.toUtf8()));
    }
};

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"

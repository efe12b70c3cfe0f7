// Issue 18 item 19: while another program holds a project file's write lock, the window's edit
// waits off the GUI thread, a dialog says that it waits, and the user may cancel; the edit goes
// through as soon as the lock is free, and a cancelled one changes nothing.
#include "SampleWindow.h"

#include "session/ProjectSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

class TestLockWait final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QProcess m_holder;

    bool holdWriteLock()
    {
        m_holder.start(QStringLiteral(COUNTERPOINT_HOLDLOCK),
                       {m_path, QStringLiteral("--write-lock")});
        return m_holder.waitForStarted() && m_holder.waitForReadyRead(10000) &&
               m_holder.readLine().trimmed() == "locked";
    }

    void release()
    {
        m_holder.closeWriteChannel();
        m_holder.waitForFinished(10000);
    }

    static QProgressDialog *waitDialog()
    {
        return qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void init()
    {
        m_path = copySampleProject(m_dir);
        QVERIFY(!m_path.isEmpty());
        m_window = openWindowOn(m_path);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        if (m_holder.state() != QProcess::NotRunning)
            release();
        m_window.reset();
    }

    void anEditWaitsForTheLockWithoutFreezingTheWindow()
    {
        auto annotations = m_window->project()->annotations();
        QVERIFY(annotations && !annotations->isEmpty());
        const QUuid id = annotations->first().id;
        QVERIFY(holdWriteLock());

        // While the edit waits, the window's event loop runs: the dialog shows, timers fire.
        bool shown = false;
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            QProgressDialog *dialog = waitDialog();
            if (dialog && dialog->objectName() == u"lockWait" && dialog->isVisible()) {
                shown = true;
                if (ticks > 10)
                    release(); // the other program finishes
            }
        });
        ticker.start(50);
        QElapsedTimer waited;
        waited.start();
        Status done = m_window->session()->setComment(id, QStringLiteral("saved after the wait"));
        ticker.stop();
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QVERIFY(shown);
        QVERIFY(ticks > 10);
        QCOMPARE(m_window->project()->annotation(id)->comment,
                 QStringLiteral("saved after the wait"));
        QVERIFY(!waitDialog());
    }

    void aCancelledWaitChangesNothing()
    {
        auto annotations = m_window->project()->annotations();
        QVERIFY(annotations && !annotations->isEmpty());
        const Annotation before = annotations->first();
        QVERIFY(holdWriteLock());

        bool cancelled = false;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            QProgressDialog *dialog = waitDialog();
            if (!cancelled && dialog && dialog->objectName() == u"lockWait") {
                // The user presses Cancel.
                if (auto *button = dialog->findChild<QPushButton *>()) {
                    cancelled = true;
                    button->click();
                }
            }
        });
        ticker.start(50);
        Status done = m_window->session()->setComment(before.id, QStringLiteral("never saved"));
        ticker.stop();
        QVERIFY(cancelled);
        QVERIFY(!done);
        QCOMPARE(done.error().code, Error::Code::Cancelled);
        QVERIFY2(done.errorMessage().contains(QStringLiteral("sample.counterpoint")),
                 qPrintable(done.errorMessage()));
        release();
        QCOMPARE(m_window->project()->annotation(before.id)->comment, before.comment);
        // The step was not recorded: there is nothing to undo for it.
        QVERIFY(m_window->session()->setComment(before.id, QStringLiteral("now it saves")));
        QCOMPARE(m_window->project()->annotation(before.id)->comment,
                 QStringLiteral("now it saves"));
    }
};

QTEST_MAIN(TestLockWait)
#include "tst_lockwait.moc"

// Two windows on one project file, and a window with the command line writing beside it (issue
// 20 item 5, issue 13 item 7): what one commits appears in the other without a reload, and the
// other keeps its selection; an edit made on what a window showed before another's change is
// refused and resolved as the user chooses (issue 13 item 6).
#include "SampleWindow.h"

#include "session/LiveRefresh.h"
#include "session/ProjectSession.h"
#include "ui/inspector/Inspector.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

class TestLiveWindows final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_first;
    std::unique_ptr<MainWindow> m_second;

    static int rows(MainWindow &window) { return window.annotationList()->filter()->rowCount(); }

    static QString commentShownFor(MainWindow &window, const QUuid &id)
    {
        QAbstractItemModel *model = window.annotationList()->filter();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(AnnotationTableModel::IdRole).toUuid() == id)
                return window.project()->annotation(id)->comment;
        }
        return {};
    }

    static QUuid selectedIn(MainWindow &window)
    {
        return window.annotationList()
            ->table()
            ->selectionModel()
            ->currentIndex()
            .data(AnnotationTableModel::IdRole)
            .toUuid();
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
        m_first = openWindowOn(m_path);
        QVERIFY(m_first);
        m_second = std::make_unique<MainWindow>();
        m_second->resize(1200, 800);
        m_second->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_second.get()));
        m_second->restoreSession(m_path);
        QVERIFY(m_second->project());
    }

    void cleanup()
    {
        m_second.reset();
        m_first.reset();
    }

    void anEditInOneWindowAppearsInTheOther()
    {
        auto annotations = m_first->project()->annotations();
        QVERIFY(annotations && annotations->size() > 2);
        const Annotation chosen = annotations->at(1);
        const Annotation edited = annotations->at(2);
        const int before = rows(*m_first);

        // The first window's user has an annotation selected.
        m_first->goToAnnotation(chosen.id);
        QCOMPARE(selectedIn(*m_first), chosen.id);

        // The second window changes another one's comment and tags a new passage.
        QVERIFY(m_second->session()->setComment(edited.id, QStringLiteral("said in window two")));
        auto added = m_second->session()->tagPassage(edited.articleId, edited.start, edited.end,
                                                     AnnotationKind::Note);
        QVERIFY2(added, qPrintable(added.errorMessage()));

        QTRY_COMPARE_WITH_TIMEOUT(rows(*m_first), before + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_first->project()->annotation(edited.id)->comment,
                                  QStringLiteral("said in window two"), 5000);
        QCOMPARE(commentShownFor(*m_first, edited.id), QStringLiteral("said in window two"));
        // No reload took the user's place.
        QCOMPARE(selectedIn(*m_first), chosen.id);
        QCOMPARE(m_first->currentAnnotation(), chosen.id);
        // The status bar says who changed it.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_first->statusBar()->currentMessage().contains(m_second->project()->author()), 5000);
    }

    void theInspectorFollowsAnotherWindowsChange()
    {
        auto annotations = m_first->project()->annotations();
        QVERIFY(annotations && !annotations->isEmpty());
        const Annotation shown = annotations->first();
        m_first->goToAnnotation(shown.id);
        QCOMPARE(m_first->inspector()->annotationId(), shown.id);
        auto *comment = m_first->inspector()->findChild<QPlainTextEdit *>();
        QVERIFY(comment);

        QVERIFY(m_second->session()->setComment(shown.id, QStringLiteral("from the other window")));
        QTRY_COMPARE_WITH_TIMEOUT(comment->toPlainText(), QStringLiteral("from the other window"),
                                  5000);
    }

    void theCommandLinesAnnotationAppears()
    {
        const int before = rows(*m_first);
        auto titles = m_first->project()->articleTitles();
        QVERIFY(titles && !titles->isEmpty());
        const QUuid articleId = titles->first().id;
        const QString text = *m_first->project()->articleText(articleId);
        const QString words = text.mid(0, text.indexOf(u' ', 20)).trimmed();
        QVERIFY(!words.isEmpty());
        QProcess cli;
        cli.start(counterpointExecutable(),
                  {QStringLiteral("annotate"), m_path, articleId.toString(QUuid::WithoutBraces),
                   QStringLiteral("--kind"), QStringLiteral("source"), QStringLiteral("--exact"),
                   words});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(rows(*m_first), before + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rows(*m_second), before + 1, 5000);
    }

    // The first window has not caught up yet when its user changes the kind: the edit is refused,
    // and "Keep Mine as a Copy" leaves the other's change and copies the annotation with mine.
    void aRefusedEditOffersToKeepMineAsACopy()
    {
        auto annotations = m_first->project()->annotations();
        QVERIFY(annotations && !annotations->isEmpty());
        Annotation shown = annotations->first();
        m_first->goToAnnotation(shown.id);
        m_first->session()->liveRefresh().setActive(false); // as if the change came just now
        const int before = rows(*m_first);

        QVERIFY(m_second->session()->setComment(shown.id, QStringLiteral("theirs")));

        const AnnotationKind mine =
            shown.kind == AnnotationKind::Note ? AnnotationKind::Claim : AnnotationKind::Note;
        bool offered = false;
        QTimer::singleShot(0, this, [&offered] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"refusedEdit")
                return;
            offered = box->findChild<QPushButton *>(QStringLiteral("reload")) &&
                      box->findChild<QPushButton *>(QStringLiteral("applyMine"));
            if (auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepCopy")))
                keep->click();
        });
        auto *kind = m_first->inspector()->findChild<QComboBox *>();
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(mine)));
        QVERIFY(offered);

        const Annotation theirs = *m_first->project()->annotation(shown.id);
        QCOMPARE(theirs.comment, QStringLiteral("theirs"));
        QVERIFY(theirs.kind == shown.kind);
        QCOMPARE(rows(*m_first), before + 1); // the copy
        const QUuid copy = m_first->currentAnnotation();
        QVERIFY(copy != shown.id);
        QVERIFY(m_first->project()->annotation(copy)->kind == mine);
        QCOMPARE(m_first->project()->annotation(copy)->quote, shown.quote);
    }
};

QTEST_MAIN(TestLiveWindows)
#include "tst_livewindows.moc"

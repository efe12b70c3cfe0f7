// The memo editors (issue 20) on the sample project, driven by the keyboard: Edit › Project
// Memo… saves what was typed as the dialog closes, one undo step that Edit › Undo takes back;
// Article › Article Memo… does the same for the article in the active pane; the actor manager's
// memo field saves when Tab leaves it, follows the selected actor and shows an undo at once.
#include "SampleWindow.h"
#include "TestSupport.h"
#include "ui/dialogs/ActorManagerDialog.h"
#include "ui/dialogs/MemoEditor.h"

#include "edit/EditHistory.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

bool activate(QWidget *dialog)
{
    for (int attempt = 0; attempt < 20 && QApplication::activeWindow() != dialog; ++attempt) {
        QApplication::setActiveWindow(dialog);
        QTest::qWait(50);
    }
    return QApplication::activeWindow() == dialog;
}

template<class Dialog> Dialog *visibleChild(QWidget *parent)
{
    for (Dialog *dialog : parent->findChildren<Dialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QAction *actionNamed(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1StringView(name));
}

} // namespace

class TestMemoEditor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString memoOf(MemoSubject subject, const QUuid &id = {}) const
    {
        auto memo = m_window->project()->memo(subject, id);
        return memo && *memo ? (*memo)->text : QString();
    }
    QUndoStack *undo() const { return m_window->session()->history().stack(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void init()
    {
        const QString path = copySampleProject(m_dir);
        QVERIFY(!path.isEmpty());
        m_window = openWindowOn(path);
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    void theProjectMemoIsSavedAsTheDialogClosesAndUndoneFromTheWindow()
    {
        QAction *action = actionNamed(m_window.get(), "projectMemoAction");
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = visibleChild<MemoDialog>(m_window.get());
        QVERIFY(dialog);
        QVERIFY(activate(dialog));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Project Memo"));
        MemoEditor *editor = dialog->editor();
        QVERIFY(editor->hasFocus()); // the dialog opens with the cursor in the memo
        QTest::keyClicks(editor, QStringLiteral("Who is missing?"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("Ask the desk."));
        const int steps = undo()->count();
        QCOMPARE(memoOf(MemoSubject::Project), QString()); // nothing saved while typing
        QTest::keyClick(editor, Qt::Key_Escape);           // closes the dialog, and saves
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(memoOf(MemoSubject::Project), QStringLiteral("Who is missing?\nAsk the desk."));
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Edit the project memo"));
        undo()->undo();
        QCOMPARE(memoOf(MemoSubject::Project), QString());
        undo()->redo();

        // Opened again, it shows the memo; closed unchanged, it adds no step.
        action->trigger();
        dialog = visibleChild<MemoDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->editor()->toPlainText(), QStringLiteral("Who is missing?\nAsk the desk."));
        dialog->reject();
        QCOMPARE(undo()->count(), steps + 1);
    }

    void theArticleMemoIsTheActivePanesArticles()
    {
        const QList<ArticleSummary> articles = *m_window->project()->articleSummaries();
        QVERIFY(!articles.isEmpty());
        QVERIFY(m_window->openArticle(articles.first().id));
        QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("articleMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow(); // the menu enables its actions as it opens
        QAction *action = actionNamed(m_window.get(), "articleMemoAction");
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = visibleChild<MemoDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Memo on “%1”").arg(articles.first().title));
        dialog->editor()->setFocus();
        QTest::keyClicks(dialog->editor(), QStringLiteral("Read with the 2023 figures."));
        dialog->accept();
        QCOMPARE(memoOf(MemoSubject::Article, articles.first().id),
                 QStringLiteral("Read with the 2023 figures."));
        QCOMPARE(undo()->undoText(),
                 QStringLiteral("Edit the memo on the article “%1”").arg(articles.first().title));
    }

    void theActorManagersMemoFollowsTheSelectedActor()
    {
        QAction *action = actionNamed(m_window.get(), "manageActorsAction");
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = visibleChild<ActorManagerDialog>(m_window.get());
        QVERIFY(dialog);
        QVERIFY(activate(dialog));
        QTreeWidget *list = dialog->list();
        QVERIFY(list->topLevelItemCount() >= 2);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        const QUuid first = list->currentItem()->data(0, Qt::UserRole).toUuid();
        MemoEditor *memo = dialog->memoEditor();
        QCOMPARE(memo->subjectId(), first);
        QVERIFY(!memo->isReadOnly());

        // Tab out of the memo field saves it.
        memo->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(memo, QStringLiteral("Speaks for the company."));
        QTest::keyClick(memo, Qt::Key_Tab);
        QVERIFY(!memo->hasFocus());
        QCOMPARE(memoOf(MemoSubject::Actor, first), QStringLiteral("Speaks for the company."));
        const QString step = undo()->undoText();
        QVERIFY2(step.startsWith(u"Edit the memo on the actor"), qPrintable(step));

        // Another actor: its (empty) memo; back: the saved one.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(memo->subjectId() != first);
        QCOMPARE(memo->toPlainText(), QString());
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(memo->toPlainText(), QStringLiteral("Speaks for the company."));

        // Ctrl+Z in the dialog takes the save back, and the field shows it.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(memoOf(MemoSubject::Actor, first), QString());
        QCOMPARE(memo->toPlainText(), QString());

        // Typing, then closing the dialog, saves too.
        memo->setFocus();
        QTest::keyClicks(memo, QStringLiteral("Again."));
        dialog->reject();
        QCOMPARE(memoOf(MemoSubject::Actor, first), QStringLiteral("Again."));
    }
};

QTEST_MAIN(TestMemoEditor)
#include "tst_memoeditor.moc"

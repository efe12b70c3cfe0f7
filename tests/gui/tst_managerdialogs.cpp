// Edit › Manage Actors and Manage Annotation Sets (issue 20), driven from the keyboard alone on
// the sample project: rename in place (F2), merge (Alt+M), delete (Alt+D, then Y), create a set
// (Alt+N), make it the one new annotations go into (Alt+U), and Ctrl+Z inside the dialog
// undoing each step, the list following; and Manage Tags filing a tag under a parent (Alt+P, the
// arrow keys), the tree, the list's filter and the delete question following.
#include "SampleWindow.h"
#include "TestSupport.h"
#include "ui/dialogs/ActorManagerDialog.h"
#include "ui/dialogs/SetManagerDialog.h"
#include "ui/dialogs/TagManagerDialog.h"
#include "ui/list/AnnotationListPanel.h"

#include "edit/ActorCommands.h"
#include "edit/EditHistory.h"
#include "edit/SetCommands.h"
#include "edit/TagCommands.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

// Moves the list's current row with the arrow keys until it is the row of id.
bool arrowTo(QTreeWidget *list, const QUuid &id)
{
    QTest::keyClick(list, Qt::Key_Home);
    int rows = 0;
    for (QTreeWidgetItemIterator it(list); *it; ++it)
        ++rows;
    for (int step = 0; step <= rows; ++step) {
        if (list->currentItem() && list->currentItem()->isSelected() &&
            list->currentItem()->data(0, Qt::UserRole).toUuid() == id)
            return true;
        QTest::keyClick(list, Qt::Key_Down);
    }
    return false;
}

QStringList names(const QTreeWidget *list)
{
    QStringList shown;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown.append(list->topLevelItem(i)->text(0));
    return shown;
}

// Types text into the in-place editor F2 opened, and Enter.
void renameInPlace(QTreeWidget *list, const QString &text)
{
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

// The main window's own activation can arrive after the dialog's, and offscreen nothing gives
// the activation back to the dialog when a question over it closes, as a window manager does:
// the keys go to the dialog once it is the active window for good.
bool activate(QWidget *dialog)
{
    for (int attempt = 0; attempt < 20 && QApplication::activeWindow() != dialog; ++attempt) {
        QApplication::setActiveWindow(dialog);
        QTest::qWait(50);
    }
    return QApplication::activeWindow() == dialog;
}

template<class Dialog> Dialog *visibleChild(QWidget *parent, const QString &name = {})
{
    for (Dialog *dialog : parent->findChildren<Dialog *>(name)) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestManagerDialogs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;

    template<class Dialog> Dialog *openFromMenu(const char *actionName)
    {
        auto *action = m_window->findChild<QAction *>(QLatin1StringView(actionName));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto *dialog = visibleChild<Dialog>(m_window.get());
        if (!dialog)
            return nullptr;
        if (!activate(dialog))
            return nullptr;
        dialog->list()->setFocus();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void init()
    {
        m_projectPath = copySampleProject(m_dir);
        QVERIFY(!m_projectPath.isEmpty());
        m_window = openWindowOn(m_projectPath);
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    void theActorManagerRenamesMergesAndDeletesFromTheKeyboard()
    {
        Project &project = *m_window->project();
        auto usage = ActorEdits::usage(project);
        auto actors = project.actors();
        QVERIFY(usage && actors && actors->size() >= 2);
        Actor used;
        for (const Actor &actor : std::as_const(*actors)) {
            if (usage->value(actor.id) > 0 && used.id.isNull())
                used = actor;
        }
        QVERIFY(!used.id.isNull());
        const int naming = usage->value(used.id);

        auto *dialog = openFromMenu<ActorManagerDialog>("manageActorsAction");
        QVERIFY(dialog);
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), int(actors->size()));
        QVERIFY(arrowTo(list, used.id));
        QCOMPARE(list->currentItem()->data(ActorManagerDialog::UsedColumn, Qt::DisplayRole).toInt(),
                 naming);
        QUndoStack *undo = m_window->history()->stack();

        // F2, a new name, Enter: one step, the list shows it.
        const int steps = undo->index();
        renameInPlace(list, QStringLiteral("Renamed by keyboard"));
        QTRY_VERIFY(ActorEdits::named(project, QStringLiteral("renamed by keyboard")));
        QCOMPARE(ActorEdits::named(project, QStringLiteral("renamed by keyboard"))->id, used.id);
        QCOMPARE(undo->index(), steps + 1);
        QVERIFY(names(list).contains(u"Renamed by keyboard"));
        // Ctrl+Z in the dialog takes it back.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ActorEdits::named(project, used.name)->id, used.id);
        QVERIFY(names(list).contains(used.name));
        QVERIFY(!names(list).contains(u"Renamed by keyboard"));

        // Alt+M, Down to another actor, Enter: its annotations name that one.
        QVERIFY(arrowTo(list, used.id));
        QTest::keyClick(list, Qt::Key_M, Qt::AltModifier);
        QInputDialog *target = nullptr;
        QTRY_VERIFY(
            (target = visibleChild<QInputDialog>(dialog, QStringLiteral("actorMergeTarget"))));
        auto *combo = target->findChild<QComboBox *>();
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Down);
        const Actor into = *ActorEdits::named(project, combo->currentText());
        const int intoBefore = usage->value(into.id);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!ActorEdits::named(project, used.name));
        QCOMPARE(ActorEdits::usage(project)->value(into.id), intoBefore + naming);
        QVERIFY(!names(list).contains(used.name));
        QVERIFY(activate(dialog));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ActorEdits::usage(project)->value(used.id), naming);
        QCOMPARE(ActorEdits::usage(project)->value(into.id), intoBefore);
        QVERIFY(names(list).contains(used.name));

        // Alt+D asks, saying how many annotations lose the actor; Y deletes.
        QVERIFY(arrowTo(list, used.id));
        QTest::keyClick(list, Qt::Key_D, Qt::AltModifier);
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = visibleChild<QMessageBox>(dialog, QStringLiteral("confirmActorDelete"))));
        QVERIFY2(question->text().contains(QString::number(naming)), qPrintable(question->text()));
        QTest::keyClick(question, Qt::Key_Y);
        QTRY_VERIFY(!ActorEdits::named(project, used.name));
        QCOMPARE(ActorEdits::usage(project)->value(used.id), 0);
        QVERIFY(activate(dialog));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ActorEdits::usage(project)->value(used.id), naming);
    }

    void theTagManagerFilesATagUnderAParentFromTheKeyboard()
    {
        Project &project = *m_window->project();
        auto tags = project.tags();
        QVERIFY(tags && tags->size() >= 3);
        auto *dialog = openFromMenu<TagManagerDialog>("manageTagsAction");
        QVERIFY(dialog);
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), int(tags->size()));
        // The last tag of the list goes under the first one the Parent box offers.
        const QUuid child =
            list->topLevelItem(list->topLevelItemCount() - 1)->data(0, Qt::UserRole).toUuid();
        QVERIFY(arrowTo(list, child));
        QComboBox *parentBox = dialog->parentBox();
        QVERIFY(parentBox->isEnabled());
        QCOMPARE(parentBox->currentData().toUuid(), QUuid()); // at the top
        QTest::keyClick(list, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), parentBox);
        QUndoStack *undo = m_window->history()->stack();
        const int steps = undo->index();
        QTest::keyClick(parentBox, Qt::Key_Down);
        const QUuid parent = parentBox->currentData().toUuid();
        QVERIFY(!parent.isNull());
        QTRY_COMPARE(TagEdits::childrenOf(project, parent)->size(), 1);
        QCOMPARE(TagEdits::childrenOf(project, parent)->first().id, child);
        QCOMPARE(undo->index(), steps + 1);

        // The tree shows it under its parent; the parent takes no parent of its own.
        QCOMPARE(list->topLevelItemCount(), int(tags->size()) - 1);
        QTreeWidgetItem *parentItem = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toUuid() == parent)
                parentItem = list->topLevelItem(i);
        }
        QVERIFY(parentItem);
        QCOMPARE(parentItem->childCount(), 1);
        QCOMPARE(parentItem->child(0)->data(0, Qt::UserRole).toUuid(), child);
        QVERIFY(parentItem->isExpanded());
        QVERIFY(activate(dialog));
        list->setFocus();
        QVERIFY(arrowTo(list, parent));
        QVERIFY(!parentBox->isEnabled());
        QVERIFY2(parentBox->toolTip().contains(u"one level of parents"),
                 qPrintable(parentBox->toolTip()));
        QVERIFY2(dialog->deleteQuestion(parent).contains(u"move to the top level"),
                 qPrintable(dialog->deleteQuestion(parent)));

        // The list's tag filter offers the parent with its children, and shows theirs too.
        AnnotationListPanel *panel = m_window->annotationList();
        QVERIFY(panel);
        QComboBox *filter = nullptr;
        for (QComboBox *box : panel->findChildren<QComboBox *>()) {
            if (box->findData(parent) >= 0)
                filter = box;
        }
        QVERIFY(filter);
        QVERIFY2(filter->itemText(filter->findData(parent)).contains(u"sub-tag"),
                 qPrintable(filter->itemText(filter->findData(parent))));
        QVERIFY(filter->itemText(filter->findData(child)).startsWith(u"    "));
        int carrying = 0;
        for (const Annotation &annotation : *project.annotations())
            carrying += annotation.tagIds.contains(parent) || annotation.tagIds.contains(child);
        QVERIFY(carrying > 0);
        filter->setCurrentIndex(filter->findData(parent));
        QCOMPARE(panel->table()->model()->rowCount(), carrying);
        filter->setCurrentIndex(0);

        // Ctrl+Z in the dialog puts it back at the top.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(TagEdits::childrenOf(project, parent)->isEmpty());
        QCOMPARE(list->topLevelItemCount(), int(tags->size()));
    }

    void theSetManagerCreatesChoosesRenamesAndDeletesFromTheKeyboard()
    {
        Project &project = *m_window->project();
        auto *targetSet = m_window->findChild<QComboBox *>();
        for (QComboBox *combo : m_window->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == u"Annotation set for new annotations")
                targetSet = combo;
        }
        QVERIFY(targetSet);
        auto *dialog = openFromMenu<SetManagerDialog>("manageSetsAction");
        QVERIFY(dialog);
        QTreeWidget *list = dialog->list();
        const int before = list->topLevelItemCount();

        QTest::keyClick(list, Qt::Key_N, Qt::AltModifier);
        QInputDialog *name = nullptr;
        QTRY_VERIFY((name = visibleChild<QInputDialog>(dialog, QStringLiteral("newSetName"))));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Second pass"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(list->topLevelItemCount(), before + 1);
        const QUuid created = SetEdits::named(project, QStringLiteral("Second pass"))->id;
        QCOMPARE(list->currentItem()->data(0, Qt::UserRole).toUuid(), created);

        // Alt+U: new annotations go into it, the toolbar says so.
        QVERIFY(activate(dialog));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(dialog->currentSet(), created); // a mnemonic clicks its button animated
        QCOMPARE(targetSet->currentData().toUuid(), created);

        renameInPlace(list, QStringLiteral("Third pass"));
        QTRY_VERIFY(SetEdits::named(project, QStringLiteral("Third pass")));
        QCOMPARE(targetSet->currentText(), QStringLiteral("Third pass"));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(SetEdits::named(project, QStringLiteral("Second pass")));
        QVERIFY(names(list).contains(u"Second pass"));

        // The default set cannot be deleted: Delete is disabled on it.
        QVERIFY(arrowTo(list, project.defaultAnnotationSetId()));
        bool deleteEnabled = true;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == u"&Delete…")
                deleteEnabled = button->isEnabled();
        }
        QVERIFY(!deleteEnabled);

        QVERIFY(arrowTo(list, created));
        QTest::keyClick(list, Qt::Key_D, Qt::AltModifier);
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = visibleChild<QMessageBox>(dialog, QStringLiteral("confirmSetDelete"))));
        QVERIFY2(question->text().contains(u"no annotations"), qPrintable(question->text()));
        QTest::keyClick(question, Qt::Key_Y);
        QTRY_VERIFY(!SetEdits::named(project, QStringLiteral("Second pass")));
        // New annotations go into the default set again.
        QCOMPARE(dialog->currentSet(), project.defaultAnnotationSetId());
        QTRY_COMPARE(targetSet->currentData().toUuid(), project.defaultAnnotationSetId());
        QVERIFY(activate(dialog));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(SetEdits::named(project, QStringLiteral("Second pass")));
    }
};

QTEST_MAIN(TestManagerDialogs)
#include "tst_managerdialogs.moc"

// The annotation list (issue 16 item 4), driven from the keyboard on the sample project: the
// filters for no actor, untagged and each anchor state with the count of the rows shown, and the
// bulk edit of several rows (kind, actor, tags, set, delete) as one undo step, refused whole when
// one row has changed elsewhere.
#include "SampleWindow.h"

#include "edit/EditHistory.h"
#include "store/Project.h"
#include "ui/inspector/Inspector.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/list/BulkEditDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <functional>

using namespace counterpoint;
using namespace counterpoint::ui;
using namespace counterpoint::test;

class TestAnnotationList final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The messages as the user's language gives them ("12 of 40 annotations" in English).
    static QString countText(int shown, int total)
    {
        return QCoreApplication::translate("counterpoint::ui::AnnotationListPanel",
                                           "%1 of %n annotation(s)", nullptr, total)
            .arg(shown);
    }
    static QString message(const char *context, const char *text, int count)
    {
        return QCoreApplication::translate(context, text, nullptr, count);
    }

    std::unique_ptr<MainWindow> m_window;

    AnnotationListPanel *list() const { return m_window->annotationList(); }
    QList<Annotation> stored() const { return *m_window->project()->annotations(); }

    // Picks a choice of a filter box from the keyboard: Home, then Down until it shows.
    static void choose(QComboBox *box, const QString &text)
    {
        box->setFocus(Qt::TabFocusReason);
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < box->count() && box->currentText() != text; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentText(), text);
    }

    // The rows the table shows, as the stored annotations they are.
    QList<Annotation> shown() const
    {
        QHash<QUuid, Annotation> byId;
        for (const Annotation &annotation : stored())
            byId.insert(annotation.id, annotation);
        QList<Annotation> rows;
        QAbstractItemModel *model = list()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(
                byId.value(model->index(row, 0).data(AnnotationTableModel::IdRole).toUuid()));
        return rows;
    }

    // Selects the first rows of the table from the keyboard: Ctrl+Home, then Shift+Down.
    void selectFirstRows(int count)
    {
        QTableView *table = list()->table();
        table->setFocus(Qt::TabFocusReason);
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 1; i < count; ++i)
            QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(list()->selectedIds().size(), count);
        QVERIFY(table->hasFocus()); // going to each passage leaves the keyboard in the list
    }

    BulkEditDialog *openBulkEdit()
    {
        QTest::keyClick(list()->table(), Qt::Key_F2);
        auto *dialog = qobject_cast<BulkEditDialog *>(QApplication::activeModalWidget());
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    QMessageBox *errorShown() const
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == u"errorMessage" && widget->isVisible())
                return qobject_cast<QMessageBox *>(widget);
        }
        return nullptr;
    }

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
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget) || qobject_cast<QDialog *>(widget))
                widget->close();
        }
        m_window.reset();
    }

    // Each filter from the keyboard: the rows shown are exactly those it names, and the count
    // under the list says how many of how many.
    void eachFilterShowsItsRowsAndTheirCount()
    {
        // One annotation in each anchor state, as an update of the article would leave them.
        QList<Annotation> all = stored();
        QVERIFY(all.size() > 6);
        const QList<AnchorState> states{AnchorState::Moved, AnchorState::Fuzzy,
                                        AnchorState::Orphaned};
        for (int i = 0; i < states.size(); ++i) {
            Annotation moved = all.at(i);
            moved.anchorState = states.at(i);
            QVERIFY(m_window->project()->updateAnnotation(moved, moved.version));
        }
        all = stored();
        const int total = int(all.size());
        QTRY_COMPARE(list()->countLabel()->text(), countText(total, total));

        // The anchor choice is the last of the filters, Tab away from the text, the rows after it.
        list()->searchField()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), list()->anchorFilter());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), list()->table());

        const auto check = [&](const char *what,
                               const std::function<bool(const Annotation &)> &keep) {
            const int expected = int(std::count_if(all.cbegin(), all.cend(), keep));
            QVERIFY2(expected > 0 && expected < total, what);
            const QList<Annotation> rows = shown();
            QCOMPARE(rows.size(), expected);
            QVERIFY2(std::all_of(rows.cbegin(), rows.cend(), keep), what);
            QCOMPARE(list()->countLabel()->text(), countText(expected, total));
        };

        choose(list()->actorFilter(), QStringLiteral("No actor"));
        check("no actor", [](const Annotation &a) { return a.actorId.isNull(); });
        choose(list()->tagFilter(), QStringLiteral("Untagged"));
        check("no actor, untagged",
              [](const Annotation &a) { return a.actorId.isNull() && a.tagIds.isEmpty(); });
        choose(list()->actorFilter(), QStringLiteral("All actors"));
        check("untagged", [](const Annotation &a) { return a.tagIds.isEmpty(); });
        choose(list()->tagFilter(), QStringLiteral("All tags"));

        for (const AnchorState state :
             {AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned}) {
            choose(list()->anchorFilter(), displayName(state));
            check(qPrintable(displayName(state)),
                  [state](const Annotation &a) { return a.anchorState == state; });
        }
        choose(list()->anchorFilter(), QStringLiteral("Any anchor"));
        QCOMPARE(list()->table()->model()->rowCount(), total);
        QCOMPARE(list()->countLabel()->text(), countText(total, total));
    }

    // Several rows chosen with Shift+Down get one actor and a tag more, another tag fewer, from
    // the bulk edit (F2); one Ctrl+Z gives every row back as it was.
    void aBulkEditOfSeveralRowsIsUndoneByOneCtrlZ()
    {
        selectFirstRows(3);
        QCOMPARE(list()->countLabel()->text(),
                 message("counterpoint::ui::AnnotationListPanel", "%1 · %n row(s) selected", 3)
                     .arg(countText(int(stored().size()), int(stored().size()))));
        const QList<QUuid> ids = list()->selectedIds();
        QHash<QUuid, Annotation> before;
        for (const QUuid &id : ids)
            before.insert(id, *m_window->project()->annotation(id));
        QUndoStack *undo = m_window->history()->stack();
        const int steps = undo->count();

        BulkEditDialog *dialog = openBulkEdit();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(),
                 message("counterpoint::ui::BulkEditDialog", "Edit %n Annotation(s)", 3));
        // Alt+A: the actor; Down past "keep" and "nobody named" to the first actor.
        QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->actorBox());
        QTest::keyClick(dialog->actorBox(), Qt::Key_Down);
        QTest::keyClick(dialog->actorBox(), Qt::Key_Down);
        const QUuid actor = dialog->actorBox()->currentData().toUuid();
        QVERIFY(!actor.isNull());
        // Alt+G: the tags; Space puts the first on all three (or, carried by all, takes it off).
        QTest::keyClick(dialog, Qt::Key_G, Qt::AltModifier);
        QListWidget *tags = dialog->tagList();
        QCOMPARE(QApplication::focusWidget(), tags);
        QVERIFY(tags->count() > 0);
        const Qt::CheckState was = tags->currentItem()->checkState();
        QTest::keyClick(tags, Qt::Key_Space);
        if (was == Qt::PartiallyChecked) // some carry it: the first Space is "all of them"
            QCOMPARE(tags->currentItem()->checkState(), Qt::Checked);
        const bool tagOn = tags->currentItem()->checkState() == Qt::Checked;
        const QUuid tag = tags->currentItem()->data(Qt::UserRole).toUuid();
        QTest::keyClick(tags, Qt::Key_Return); // the default button: Change
        QTRY_VERIFY(!dialog->isVisible() || dialog->result() == QDialog::Accepted);
        QApplication::setActiveWindow(m_window.get()); // as the window manager does

        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), message("counterpoint::BulkEdit", "Edit %n Annotation(s)", 3));
        for (const QUuid &id : ids) {
            const Annotation now = *m_window->project()->annotation(id);
            QCOMPARE(now.actorId, actor);
            QCOMPARE(now.tagIds.contains(tag), tagOn);
            QCOMPARE(toString(now.kind), toString(before.value(id).kind)); // left at "keep"
            QCOMPARE(now.setId, before.value(id).setId);
        }

        QTest::keyClick(list()->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->index(), steps);
        for (const QUuid &id : ids) {
            const Annotation now = *m_window->project()->annotation(id);
            QCOMPARE(now.actorId, before.value(id).actorId);
            QCOMPARE(now.tagIds, before.value(id).tagIds);
        }
    }

    // Delete with several rows chosen deletes them all; one Ctrl+Z brings them all back with
    // their links; and no row stays selected beside an empty inspector (issue 20, defect 16).
    void aBulkDeleteIsUndoneByOneCtrlZ()
    {
        const int total = int(stored().size());
        const int links = int(m_window->project()->relations()->size());
        selectFirstRows(4);
        const QList<QUuid> ids = list()->selectedIds();
        QTest::keyClick(list()->table(), Qt::Key_Delete);
        for (const QUuid &id : ids)
            QVERIFY(!m_window->project()->annotation(id));
        QCOMPARE(int(stored().size()), total - 4);
        QTRY_COMPARE(list()->countLabel()->text(), countText(total - 4, total - 4));
        QVERIFY(list()->table()->selectionModel()->selectedRows().isEmpty() ||
                !m_window->inspector()->annotationId().isNull());

        QTest::keyClick(list()->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(int(stored().size()), total);
        QCOMPARE(int(m_window->project()->relations()->size()), links);

        // Ctrl+A, F2, and the dialog's Delete: every row, and back again.
        list()->table()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(list()->table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(int(list()->selectedIds().size()), total);
        BulkEditDialog *dialog = openBulkEdit();
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(int(stored().size()), 0);
        QApplication::setActiveWindow(m_window.get());
        QCOMPARE(list()->countLabel()->text(), countText(0, 0));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(int(stored().size()), total);
        QCOMPARE(int(m_window->project()->relations()->size()), links);
    }

    // A row changed elsewhere while the bulk edit was open refuses the whole change, with a
    // message; no row is changed and the history has no new step.
    void aBulkEditOverAStaleRowChangesNothing()
    {
        selectFirstRows(3);
        const QList<QUuid> ids = list()->selectedIds();
        BulkEditDialog *dialog = openBulkEdit();
        QVERIFY(dialog);
        // Another window gives the last one a comment meanwhile.
        Annotation theirs = *m_window->project()->annotation(ids.last());
        theirs.comment = QStringLiteral("changed elsewhere");
        QVERIFY(m_window->project()->updateAnnotation(theirs, theirs.version));
        QList<Annotation> before;
        for (const QUuid &id : ids)
            before.append(*m_window->project()->annotation(id));
        const int steps = m_window->history()->stack()->count();

        QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->kindBox());
        QTest::keyClick(dialog->kindBox(), Qt::Key_End);
        QTest::keyClick(dialog->kindBox(), Qt::Key_Return);
        QTRY_VERIFY(errorShown());
        QVERIFY2(errorShown()->text().contains(u"Nothing was changed"),
                 qPrintable(errorShown()->text()));
        QCOMPARE(errorShown()->windowTitle(), message("counterpoint::ui::AnnotationListPanel",
                                                      "Cannot change the %n annotation(s)", 3));
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(*m_window->project()->annotation(ids.at(i)) == before.at(i));
        QCOMPARE(m_window->history()->stack()->count(), steps);
    }
};

QTEST_MAIN(TestAnnotationList)
#include "tst_annotationlist.moc"

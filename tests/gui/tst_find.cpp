// Find in a pane and the Search panel (issue 16), driven through the keyboard and the real
// widgets of the window on the sample project.
#include "SampleWindow.h"

#include "edit/EditHistory.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/reader/FindBar.h"
#include "ui/search/SearchPanel.h"
#include "ui/search/TagHitsDialog.h"
#include "ui/shell/PaneArea.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::ui;
using namespace counterpoint::test;

namespace {

QToolButton *toggleNamed(QWidget *bar, const QString &name)
{
    for (auto *button : bar->findChildren<QToolButton *>()) {
        if (button->accessibleName() == name)
            return button;
    }
    return nullptr;
}

} // namespace

class TestFind final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ArticlePane *pane(int index) const { return m_window->paneArea()->panes().value(index); }

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
        QVERIFY(pane(0));
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget))
                widget->close();
        }
        m_window.reset();
    }

    void ctrlFFindsAsYouTypeAndF3StepsThroughTheHits()
    {
        ArticlePane *first = pane(0);
        ArticleView *view = first->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        FindBar *bar = first->findBar();
        QVERIFY(!bar->isVisible());

        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());

        const QString text = view->document()->toRawText();
        const int expected = int(text.count(QStringLiteral("smuggling"), Qt::CaseInsensitive));
        QVERIFY(expected >= 2);
        QTest::keyClicks(bar->field(), QStringLiteral("smuggl"));
        QTest::keyClicks(bar->field(), QStringLiteral("ing"));
        QCOMPARE(bar->hits().size(), expected);
        QCOMPARE(view->findHits().size(), expected);
        QCOMPARE(bar->status(), QStringLiteral("1 of %1").arg(expected));
        const int firstHit = int(text.indexOf(QStringLiteral("smuggling"), 0, Qt::CaseInsensitive));
        QCOMPARE(view->textCursor().selectionStart(), firstHit);
        QCOMPARE(view->textCursor().selectedText().toLower(), QStringLiteral("smuggling"));

        QTest::keyClick(bar->field(), Qt::Key_F3);
        QCOMPARE(bar->status(), QStringLiteral("2 of %1").arg(expected));
        QCOMPARE(view->textCursor().selectionStart(),
                 int(text.indexOf(QStringLiteral("smuggling"), firstHit + 1, Qt::CaseInsensitive)));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(bar->currentHit(), 2 % expected);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->status(), QStringLiteral("1 of %1").arg(expected));
        QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier); // round to the last
        QCOMPARE(bar->status(), QStringLiteral("%1 of %1").arg(expected));

        // Esc closes the bar, unmarks the hits and gives the text the focus back.
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view->findHits().isEmpty());
        QTRY_VERIFY(view->hasFocus());
        // F3 from the text opens it again, on what was looked for.
        QTest::keyClick(view, Qt::Key_F3);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->hits().size(), expected);
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void caseWholeWordsAndRegularExpressions()
    {
        ArticleView *view = pane(0)->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = pane(0)->findBar();
        QTRY_VERIFY(bar->field()->hasFocus());
        const QString text = view->document()->toRawText();

        QTest::keyClicks(bar->field(), QStringLiteral("Nvidia"));
        const int anyCase = int(text.count(QStringLiteral("nvidia"), Qt::CaseInsensitive));
        QCOMPARE(bar->hits().size(), anyCase);
        QToolButton *matchCase = toggleNamed(bar, QStringLiteral("Match case"));
        QVERIFY(matchCase);
        matchCase->click();
        QCOMPARE(bar->hits().size(), int(text.count(QStringLiteral("Nvidia"))));
        matchCase->click();

        bar->field()->selectAll();
        QTest::keyClicks(bar->field(), QStringLiteral("smuggl"));
        QVERIFY(!bar->hits().isEmpty());
        QToolButton *wholeWords = toggleNamed(bar, QStringLiteral("Whole words"));
        QVERIFY(wholeWords);
        wholeWords->click();
        QVERIFY(bar->hits().isEmpty()); // "smuggl" is only ever part of a word
        QCOMPARE(bar->status(), QStringLiteral("Not found"));
        wholeWords->click();

        QToolButton *regex = toggleNamed(bar, QStringLiteral("Regular expression"));
        QVERIFY(regex);
        regex->click();
        bar->field()->selectAll();
        QTest::keyClicks(bar->field(), QStringLiteral("smuggl\\w+"));
        const int words = int(text.count(QRegularExpression(QStringLiteral("(?i)smuggl\\w+"))));
        QCOMPARE(bar->hits().size(), words);
        bar->field()->selectAll();
        QTest::keyClicks(bar->field(), QStringLiteral("(smuggl"));
        QVERIFY(bar->hits().isEmpty());
        QCOMPARE(bar->status(), QStringLiteral("Not a valid expression"));
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void theSearchPanelListsHitsInContextAndShowsThem()
    {
        pane(0)->view()->setFocus();
        QTest::keyClick(pane(0)->view(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        SearchPanel *panel = m_window->searchPanel();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"));
        QVERIFY(dock && dock->isVisible());
        QTRY_VERIFY(panel->queryField()->hasFocus());
        QTest::keyClicks(panel->queryField(), QStringLiteral("lobsters"));
        QTest::keyClick(panel->queryField(), Qt::Key_Return);

        // The sample: five hits in three articles, one of them in an annotation's quote.
        QCOMPARE(panel->lastResults().hitCount, 5);
        QTreeWidget *results = panel->results();
        QCOMPARE(results->topLevelItemCount(), 3);
        int rows = 0;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            rows += results->topLevelItem(i)->childCount();
        QCOMPARE(rows, 5);
        QTreeWidgetItem *briefing = nullptr;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            if (results->topLevelItem(i)->text(0).startsWith(u"Briefing"))
                briefing = results->topLevelItem(i);
        }
        QVERIFY(briefing);
        QCOMPARE(briefing->childCount(), 1);
        QCOMPARE(briefing->child(0)->data(0, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("and GPUs shipped alongside live [lobsters] (2023). It asks for "
                                "lower"));

        // Enter on a hit shows it in its pane (opening the article), the passage selected.
        results->setFocus();
        results->setCurrentItem(briefing->child(0));
        QTest::keyClick(results, Qt::Key_Return);
        ArticlePane *shown = m_window->paneArea()->activePane();
        QVERIFY(shown);
        QVERIFY(shown->title().startsWith(u"Briefing"));
        QCOMPARE(shown->view()->textCursor().selectedText(), QStringLiteral("lobsters"));
        QCOMPARE(shown->view()->textCursor().selectionStart(),
                 int(shown->view()->document()->toRawText().indexOf(u"lobsters")));
    }

    void tagAsAnnotatesTheSelectedHitsInOneUndoStep()
    {
        SearchPanel *panel = m_window->searchPanel();
        // Ctrl+Shift+F from the list's filter too: the panel comes to the front of its tab.
        m_window->annotationList()->focusSearch();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(panel->queryField()->hasFocus());
        panel->queryField()->setText(QStringLiteral("tall tales"));
        panel->runSearch();
        QVERIFY(panel->lastResults().hitCount > 4);
        QTreeWidget *results = panel->results();
        // Two text hits, of two articles.
        QList<QTreeWidgetItem *> chosen;
        for (int i = 0; i < results->topLevelItemCount() && chosen.size() < 2; ++i) {
            QTreeWidgetItem *article = results->topLevelItem(i);
            for (int c = 0; c < article->childCount(); ++c) {
                if (article->child(c)->text(1) == u"text") {
                    chosen.append(article->child(c));
                    break;
                }
            }
        }
        QCOMPARE(chosen.size(), 2);
        results->clearSelection();
        for (QTreeWidgetItem *item : chosen)
            item->setSelected(true);
        const QList<search::SearchHit> hits = panel->selectedHits();
        QCOMPARE(hits.size(), 2);
        QVERIFY(panel->tagButton()->isEnabled());

        const qsizetype before = m_window->project()->annotations()->size();
        const int steps = m_window->history()->stack()->count();
        QTest::mouseClick(panel->tagButton(), Qt::LeftButton);
        TagHitsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<TagHitsDialog *>()) && dialog->isVisible());
        dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(int(AnnotationKind::Source)));
        QVERIFY(dialog->tagList()->count() > 0);
        dialog->tagList()->item(0)->setCheckState(Qt::Checked);
        const QUuid tagId = dialog->tagList()->item(0)->data(Qt::UserRole).toUuid();
        dialog->actorBox()->setCurrentIndex(1);
        const QUuid actorId = dialog->actorBox()->currentData().toUuid();
        dialog->accept();

        auto after = m_window->project()->annotations();
        QCOMPARE(after->size(), before + 2);
        QCOMPARE(m_window->history()->stack()->count(), steps + 1); // one undo step
        for (const search::SearchHit &hit : hits) {
            bool found = false;
            for (const Annotation &annotation : std::as_const(*after)) {
                if (annotation.articleId == hit.articleId && annotation.start == hit.start &&
                    annotation.end == hit.end && annotation.kind == AnnotationKind::Source) {
                    found = true;
                    QCOMPARE(annotation.quote.exact, hit.match);
                    QCOMPARE(annotation.tagIds, QList<QUuid>{tagId});
                    QCOMPARE(annotation.actorId, actorId);
                }
            }
            QVERIFY2(found, qPrintable(hit.match));
        }
        m_window->history()->stack()->undo();
        QCOMPARE(m_window->project()->annotations()->size(), before);
        m_window->history()->stack()->redo();
        QCOMPARE(m_window->project()->annotations()->size(), before + 2);
    }

    void theAnnotationFilterKeepsAKeyOfItsOwn()
    {
        pane(0)->view()->setFocus();
        QTest::keyClick(pane(0)->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    m_window->annotationList()->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QVERIFY(!pane(0)->findBar()->isVisible());
    }
};

QTEST_MAIN(TestFind)
#include "tst_find.moc"

// Issue 20, items 6 and 7, through the real window: updating an article lists every moved and
// fuzzy annotation with its old and new passage, the user orphans those that are not theirs from
// the keyboard, the update is one undo step and the pane keeps its place; after a link or an
// update, the panes mark only the shared passage the list still offers.
#include "SampleWindow.h"

#include "anchor/SameClaimSuggestions.h"
#include "edit/EditHistory.h"
#include "import/ArticleDocument.h"
#include "store/Project.h"
#include "ui/dialogs/UpdateArticleDialog.h"
#include "ui/passages/SharedPassagesPanel.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/shell/PaneArea.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

// Paragraphs alike in all but their names and figures, as in a council's yearly report.
QString paragraph(int i)
{
    static const QStringList towns = {QStringLiteral("Ashford"), QStringLiteral("Brampton"),
                                      QStringLiteral("Carlow"), QStringLiteral("Dunmore")};
    static const QStringList names = {QStringLiteral("Okafor"), QStringLiteral("Lindqvist"),
                                      QStringLiteral("Moreau")};
    const QString town = towns.at(i % towns.size());
    return QStringLiteral("%1 council approved a budget of %2.%3 million for roads in %4. "
                          "Councillor %5 said the plan would help %6 families in %1. The council "
                          "will meet again next spring, as it does every year.")
        .arg(town)
        .arg(10 + i)
        .arg(i % 10)
        .arg(2000 + i)
        .arg(names.at(i % names.size()))
        .arg(100 + 7 * i);
}

QString join(const QList<int> &indexes, const std::function<QString(int)> &edit)
{
    QStringList paragraphs;
    for (int i : indexes)
        paragraphs.append(edit(i));
    return paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class TestUpdateReview final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    static Annotation on(const Article &article, const QString &exact, int from = 0)
    {
        Annotation a;
        a.articleId = article.id;
        a.start = int(article.text.indexOf(exact, from));
        a.end = a.start + int(exact.size());
        return a;
    }

private slots:
    void init()
    {
        useScratchSettings(m_dir);
        m_window = openWindowOn(copySampleProject(m_dir));
        QVERIFY(m_window);
    }
    void cleanup() { m_window.reset(); }

    void everyMovedAndFuzzyMatchIsReviewedBeforeTheUpdate()
    {
        Project *project = m_window->project();
        QList<int> all;
        for (int i = 0; i < 150; ++i)
            all.append(i);
        const QString first = m_dir.filePath(QStringLiteral("council.txt"));
        QVERIFY(writeText(first, join(all, paragraph)));
        const QUuid id = importArticle(*project, first);
        QVERIFY(!id.isNull());
        ArticlePane *pane = m_window->openArticle(id);
        QVERIFY(pane);
        const Article before = *project->article(id);

        // In paragraph 30, which goes: its own sentence, and one every paragraph has.
        const int gone = int(before.text.indexOf(paragraph(30)));
        const QString goneSentence = QStringLiteral("Councillor Okafor said the plan would help "
                                                    "310 families in Carlow.");
        const QString everywhere =
            QStringLiteral("The council will meet again next spring, as it does every year.");
        // In paragraph 40, which stays, reworded: "plan" becomes "scheme".
        const QString reworded = QStringLiteral("Councillor Lindqvist said the plan would help 380 "
                                                "families in Ashford.");
        QList<QUuid> ids;
        for (const Annotation &a :
             {on(before, goneSentence), on(before, everywhere, gone), on(before, reworded)}) {
            QVERIFY(a.start >= 0);
            auto added = project->addAnnotation(a);
            QVERIFY2(added, qPrintable(added.errorMessage()));
            ids.append(added->id);
        }

        // The reader is at paragraph 50.
        const QString place = paragraph(50);
        pane->view()->scrollPositionToTop(int(before.text.indexOf(place)));
        const auto inPlace = [&](const QString &text) {
            const int top = pane->view()->firstVisiblePosition();
            const int at = int(text.indexOf(place));
            return at >= 0 && top >= at && top < at + place.size();
        };
        QVERIFY2(inPlace(before.text),
                 qPrintable(before.text.mid(pane->view()->firstVisiblePosition(), 60)));

        QList<int> kept = all;
        kept.removeAll(30);
        const QString second = m_dir.filePath(QStringLiteral("council-v2.txt"));
        QVERIFY(writeText(second, join(kept, [](int i) {
                              return i == 40 ? paragraph(i).replace(QStringLiteral(" plan "),
                                                                    QStringLiteral(" scheme "))
                                             : paragraph(i);
                          })));
        m_window->updateArticleFromFile(id, second);
        auto *dialog = m_window->findChild<UpdateArticleDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *matches = dialog->findChild<QTreeWidget *>(QStringLiteral("matches"));
        auto *oldPassage = dialog->findChild<QTextBrowser *>(QStringLiteral("oldPassage"));
        auto *newPassage = dialog->findChild<QTextBrowser *>(QStringLiteral("newPassage"));
        QVERIFY(matches && oldPassage && newPassage);
        // The deleted paragraph's own sentence is orphaned, not put on a sibling paragraph; the
        // sentence every paragraph has moved to the next; the reworded one matched fuzzily.
        QCOMPARE(matches->topLevelItemCount(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), matches);
        QTreeWidgetItem *fuzzy = matches->topLevelItem(0);
        QTreeWidgetItem *moved = matches->topLevelItem(1);
        QCOMPARE(fuzzy->text(1), QStringLiteral("Approximate")); // the ones to read come first
        QCOMPARE(moved->text(1), QStringLiteral("Moved"));
        QVERIFY(fuzzy->text(2).contains(reworded));
        QVERIFY(fuzzy->text(3).contains(QStringLiteral("Lindqvist said the scheme would help")));
        QCOMPARE(fuzzy->checkState(0), Qt::Checked);
        QCOMPARE(moved->checkState(0), Qt::Checked);
        // Side by side, the current row's passages in their context.
        QCOMPARE(matches->currentItem(), fuzzy);
        QVERIFY(oldPassage->toPlainText().contains(reworded));
        QVERIFY(newPassage->toPlainText().contains(
            QStringLiteral("Councillor Lindqvist said the scheme would help 380 families")));
        QTest::keyClick(matches, Qt::Key_Down);
        QCOMPARE(matches->currentItem(), moved);
        QVERIFY(oldPassage->toPlainText().contains(everywhere));
        QVERIFY(oldPassage->toPlainText().contains(QStringLiteral("310 families in Carlow")));
        QVERIFY(!newPassage->toPlainText().contains(QStringLiteral("310 families")));

        // Orphan All, Accept All, then Space orphans the moved one alone; the counts follow.
        auto *orphanAll = dialog->findChild<QPushButton *>(QStringLiteral("orphanAll"));
        auto *acceptAll = dialog->findChild<QPushButton *>(QStringLiteral("acceptAll"));
        QVERIFY(orphanAll && acceptAll);
        orphanAll->click();
        QCOMPARE(fuzzy->checkState(0), Qt::Unchecked);
        QCOMPARE(moved->checkState(0), Qt::Unchecked);
        QCOMPARE(dialog->decidedUpdate().summary.orphaned, 3);
        acceptAll->click();
        QCOMPARE(dialog->decidedUpdate().summary.orphaned, 1);
        matches->setFocus();
        QTest::keyClick(matches, Qt::Key_Space);
        QCOMPARE(moved->checkState(0), Qt::Unchecked);
        QCOMPARE(fuzzy->checkState(0), Qt::Checked);
        QCOMPARE(dialog->decidedUpdate().summary.orphaned, 2);
        QCOMPARE(dialog->decidedUpdate().summary.fuzzy, 1);

        // Nothing written until the user says so.
        QCOMPARE(project->article(id)->text, before.text);
        QTest::keyClick(matches, Qt::Key_Return); // the dialog's default button: Update
        QTRY_VERIFY(!dialog->isVisible());
        const Article after = *project->article(id);
        QVERIFY(!after.text.contains(paragraph(30)));
        for (int i : {0, 1}) {
            const Annotation orphan = *project->annotation(ids[i]);
            QCOMPARE(toString(orphan.anchorState), toString(AnchorState::Orphaned));
            QCOMPARE(orphan.start, orphan.end);
        }
        const Annotation approximate = *project->annotation(ids[2]);
        QCOMPARE(toString(approximate.anchorState), toString(AnchorState::Fuzzy));
        QCOMPARE(after.text.mid(approximate.start, approximate.length()),
                 QString(reworded).replace(QStringLiteral(" plan "), QStringLiteral(" scheme ")));

        // The pane shows the new text, still at paragraph 50.
        QCOMPARE(ArticleDocument::canonicalText(*pane->view()->document()), after.text);
        QVERIFY2(inPlace(after.text),
                 qPrintable(after.text.mid(pane->view()->firstVisiblePosition(), 60)));

        // One undo step puts the old text and every annotation back.
        m_window->history()->stack()->undo();
        QCOMPARE(project->article(id)->text, before.text);
        for (const QUuid &annotation : std::as_const(ids))
            QCOMPARE(toString(project->annotation(annotation)->anchorState),
                     toString(AnchorState::Exact));
    }

    void aDialogWithoutMatchesShowsNoReview()
    {
        Project *project = m_window->project();
        const QString first = m_dir.filePath(QStringLiteral("short.txt"));
        QVERIFY(writeText(first, QStringLiteral("One line stays.\n\nAnother goes.\n")));
        const QUuid id = importArticle(*project, first);
        const Article before = *project->article(id);
        QVERIFY(project->addAnnotation(on(before, QStringLiteral("One line stays."))));
        const QString second = m_dir.filePath(QStringLiteral("short-v2.txt"));
        QVERIFY(writeText(second, QStringLiteral("One line stays.\n\nAnother went.\n")));
        m_window->updateArticleFromFile(id, second);
        auto *dialog = m_window->findChild<UpdateArticleDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->findChild<QTreeWidget *>(QStringLiteral("matches")));
        dialog->reject();
        QCOMPARE(project->article(id)->text, before.text);
    }

    void panesMarkOnlyWhatTheSharedPassagesListOffers()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sharedPassagesDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        SharedPassagesPanel *panel = m_window->sharedPassages();
        QTRY_VERIFY(!panel->isSearching() && !panel->suggestions().isEmpty());
        // Whatever the list shows, each pane marks the chosen passage of its article, or none.
        const auto marksFollowTheList = [&] {
            const std::optional<SameClaimSuggestion> chosen = panel->chosenSuggestion();
            for (ArticlePane *pane : m_window->paneArea()->panes()) {
                TextRange expected;
                if (chosen && pane->articleId() == chosen->passage.firstArticle)
                    expected = {chosen->passage.match.firstStart, chosen->passage.match.firstEnd};
                else if (chosen && pane->articleId() == chosen->passage.secondArticle)
                    expected = {chosen->passage.match.secondStart, chosen->passage.match.secondEnd};
                if (pane->view()->markedPassage() != expected)
                    return false;
            }
            return true;
        };

        // Choose one: both panes mark it.
        panel->chooseSuggestion(0);
        const SameClaimSuggestion chosen = *panel->chosenSuggestion();
        QVERIFY(!m_window->paneArea()->panesShowing(chosen.passage.firstArticle).isEmpty());
        QVERIFY(!m_window->paneArea()->panesShowing(chosen.passage.secondArticle).isEmpty());
        QVERIFY(!m_window->paneArea()
                     ->panesShowing(chosen.passage.firstArticle)
                     .first()
                     ->view()
                     ->markedPassage()
                     .isEmpty());
        QVERIFY(marksFollowTheList());

        // Update the first article (a new opening paragraph moves every passage): the marks
        // follow the list found again on the new text, never the old offsets.
        const QUuid articleId = chosen.passage.firstArticle;
        Project *project = m_window->project();
        const Article article = *project->article(articleId);
        QString edited = QString::fromUtf8(article.original);
        edited.prepend(QStringLiteral("An opening paragraph, added by the editors.\n\n"));
        const QString suffix = article.format == ArticleFormat::Html       ? QStringLiteral("html")
                               : article.format == ArticleFormat::Markdown ? QStringLiteral("md")
                                                                           : QStringLiteral("txt");
        const QString path = m_dir.filePath(QStringLiteral("updated.") + suffix);
        QVERIFY(writeText(path, edited));
        m_window->updateArticleFromFile(articleId, path);
        auto *dialog = m_window->findChild<UpdateArticleDialog *>();
        QVERIFY(dialog);
        dialog->accept();
        QVERIFY(project->article(articleId)->text != article.text);
        QVERIFY(marksFollowTheList()); // at once: no mark on the old offsets
        QTRY_VERIFY(!panel->isSearching() && !panel->suggestions().isEmpty());
        panel->chooseSuggestion(0);
        QVERIFY(marksFollowTheList());

        // Link every suggestion: the list says all are linked, and no pane keeps a mark.
        while (!panel->suggestions().isEmpty()) {
            const qsizetype left = panel->suggestions().size();
            panel->chooseSuggestion(0);
            QVERIFY(marksFollowTheList());
            QVERIFY(panel->linkChosen());
            QTRY_COMPARE(panel->suggestions().size(), left - 1);
            QVERIFY(marksFollowTheList());
        }
        for (ArticlePane *pane : m_window->paneArea()->panes())
            QVERIFY(pane->view()->markedPassage().isEmpty());
    }
};

QTEST_MAIN(TestUpdateReview)
#include "tst_updatereview.moc"

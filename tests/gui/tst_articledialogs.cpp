// The Article menu's dialogs (issue 17) on the first seed document: Suggest Clean-up… lists the
// debris and removes what is checked, Split into New Article… offers the passage's first line as
// the title, Versions… lists and compares versions and restores one, each one undo step; the
// window has the menu. With COUNTERPOINT_SCREENSHOTS=DIR each dialog is also saved there as
// shown on the screen (run under xvfb-run at the sizes to look at).
#include "TestSupport.h"

#include "articles/ArticleEditCommands.h"
#include "articles/ArticleEdits.h"
#include "edit/EditHistory.h"
#include "import/ArticleDocument.h"
#include "session/ProjectSession.h"
#include "ui/articles/ArticleActions.h"
#include "ui/articles/CleanupDialog.h"
#include "ui/articles/SplitDialog.h"
#include "ui/articles/VersionsDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

// Options that create the project (a named function: designated initialisers would leave
// OpenOptions' strings to -Wmissing-field-initializers).
OpenOptions creating()
{
    OpenOptions options;
    options.createIfMissing = true;
    return options;
}

} // namespace

class TestArticleDialogs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    QUuid m_article;
    QString m_text;

    void shoot(QWidget &dialog, const QString &name)
    {
        const QString folder = qEnvironmentVariable("COUNTERPOINT_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        const QSize screen = dialog.screen()->size();
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1-%2x%3.png").arg(name).arg(screen.width()).arg(screen.height()));
        QVERIFY(dialog.grab().save(path));
        qInfo("screenshot %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SHARED_DATA();
        auto opened =
            ProjectSession::open(m_dir.filePath(QStringLiteral("d.counterpoint")), creating());
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_session = std::move(opened).value();
        m_article = importArticle(
            m_session->project(),
            QDir(sharedSeedsDir()).filePath(QStringLiteral("000_8e6081ee2d97c86f.txt")));
        QVERIFY(!m_article.isNull());
        m_text = *m_session->project().articleText(m_article);
        const qsizetype tall = m_text.indexOf(QStringLiteral("tell tall tales"));
        QVERIFY(m_session->tagPassage(m_article, int(tall), int(tall + 15),
                                      AnnotationKind::Counterclaim));
    }

    void windowHasTheArticleMenu()
    {
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("articleMenu"));
        QVERIFY(menu);
        QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
        QStringList texts;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                texts.append(action->text().remove(u'&'));
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("Remove from Article"),
                              QStringLiteral("Split into New Article…"),
                              QStringLiteral("Suggest Clean-up…"), QStringLiteral("Versions…"),
                              QStringLiteral("Article Memo…")}));
        emit menu->aboutToShow(); // no project: nothing to do on an article
        for (QAction *action : menu->actions())
            QVERIFY(action->isSeparator() || !action->isEnabled());
    }

    void cleanupDialogRemovesWhatIsChecked()
    {
        Project &project = m_session->project();
        auto article = project.article(m_article);
        auto suggestions = suggestCleanup(project, m_article);
        QVERIFY(suggestions && suggestions->size() >= 5);
        CleanupDialog dialog(*article, *suggestions, *project.annotationsOfArticle(m_article));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("cleanupSuggestions"));
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("cleanupPreview"));
        QVERIFY(list && preview);
        QCOMPARE(list->count(), suggestions->size());
        QCOMPARE(preview->extraSelections().size(), suggestions->size()); // each one marked
        QCOMPARE(dialog.checkedCuts().size(), suggestions->size());
        shoot(dialog, QStringLiteral("cleanup-dialog"));

        // The related-articles block stays when unchecked.
        int block = -1;
        for (int row = 0; row < suggestions->size(); ++row)
            if (suggestions->at(row).kind == DebrisKind::RelatedBlock)
                block = row;
        QVERIFY(block >= 0);
        list->item(block)->setCheckState(Qt::Unchecked);
        const QList<TextCut> cuts = dialog.checkedCuts();
        QCOMPARE(cuts.size(), suggestions->size() - 1);

        auto plan = ArticleEdits(project).prepareRemoval(m_article, cuts);
        QVERIFY(plan);
        QVERIFY(plan->inRemovedText.isEmpty());
        auto command = ArticleEditCommands::removal(project, *plan);
        QVERIFY(command);
        QVERIFY(m_session->history().perform(std::move(command).value()));
        const QString cleaned = *project.articleText(m_article);
        QVERIFY(cleaned.contains(QStringLiteral("Related Articles")));
        QVERIFY(!cleaned.contains(QStringLiteral("advertisement")));
    }

    void versionsDialogComparesAndRestores()
    {
        Project &project = m_session->project();
        const QString cleaned = *project.articleText(m_article);
        VersionsDialog dialog(*m_session, m_article);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("versionsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("current")));
        QVERIFY2(table->item(1, 3)->text().contains(QStringLiteral("1 moved")),
                 qPrintable(table->item(1, 3)->text()));
        auto *older = dialog.findChild<QTextEdit *>(QStringLiteral("olderVersion"));
        auto *newer = dialog.findChild<QTextEdit *>(QStringLiteral("newerVersion"));
        QVERIFY(older && newer);
        QVERIFY(!older->extraSelections().isEmpty()); // the removed debris, marked
        // The two versions as they read (toPlainText() would turn some characters into others).
        const QString left = ArticleDocument::canonicalText(*older->document());
        const QString right = ArticleDocument::canonicalText(*newer->document());
        QCOMPARE(left, m_text);
        QVERIFY(left.contains(QStringLiteral("advertisement")));
        QVERIFY(!right.contains(QStringLiteral("advertisement")));
        QCOMPARE(right, cleaned);
        shoot(dialog, QStringLiteral("versions-dialog"));

        QPushButton *restore = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text().remove(u'&') == QStringLiteral("Restore This Version"))
                restore = button;
        QVERIFY(restore);
        QVERIFY(!restore->isEnabled());
        table->selectRow(0);
        QVERIFY(restore->isEnabled());
        const int steps = m_session->history().stack()->count();
        restore->click();
        QCOMPARE(*project.articleText(m_article), m_text);
        QCOMPARE(m_session->history().stack()->count(), steps + 1);
        QCOMPARE(table->rowCount(), 3);
        m_session->history().stack()->undo();
        QCOMPARE(*project.articleText(m_article), cleaned);
    }

    void splitDialogAndTheMenuVerb()
    {
        Project &project = m_session->project();
        auto article = project.article(m_article);
        const QString text = article->text;
        const qsizetype start = text.indexOf(QStringLiteral("Chinese tech giants"));
        const qsizetype end = text.indexOf(u'\n', text.indexOf(u'\n', start) + 1);
        QVERIFY(start > 0 && end > start);
        const QString passage = text.mid(start, end - start);
        SplitDialog dialog(*article, passage, 0);
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("splitTitle"));
        QVERIFY(title);
        QVERIFY(title->text().startsWith(QStringLiteral("Chinese tech giants")));
        shoot(dialog, QStringLiteral("split-dialog"));
        title->setText(QStringLiteral("Chinese brands"));
        QCOMPARE(dialog.options().title, QStringLiteral("Chinese brands"));

        // Remove from Article through the menu's verb, on a selection without annotations.
        QWidget window;
        QUuid opened;
        const qsizetype related = text.indexOf(QStringLiteral("Related Articles"));
        ArticleActions actions(&window,
                               {[this] { return m_session.get(); }, [this] { return m_article; },
                                [&] {
                                    return TextRange{int(related), int(related + 16)};
                                },
                                [&](const QUuid &id) { opened = id; }});
        emit actions.menu()->aboutToShow();
        for (QAction *action : actions.menu()->actions())
            QVERIFY(action->isSeparator() || action->isEnabled());
        const int steps = m_session->history().stack()->index();
        actions.removeSelection();
        QCOMPARE(m_session->history().stack()->index(), steps + 1); // one undo step
        QVERIFY(!project.articleText(m_article)->contains(QStringLiteral("Related Articles")));
        m_session->history().stack()->undo();
        QVERIFY(project.articleText(m_article)->contains(QStringLiteral("Related Articles")));
    }
};

QTEST_MAIN(TestArticleDialogs)
#include "tst_articledialogs.moc"

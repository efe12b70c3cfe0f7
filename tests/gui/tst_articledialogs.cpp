// The Article menu's dialogs (issue 17) on the first seed document: Suggest Clean-up… lists the
// debris and removes what is checked, Split into New Article… offers the passage's first line as
// the title, Versions… lists and compares versions and restores one, each one undo step; the
// window has the menu. With COUNTERPOINT_SCREENSHOTS=DIR each dialog is also saved there as
// shown on the screen (run under xvfb-run at the sizes to look at).
#include "SampleWindow.h"
#include "TestSupport.h"

#include "articles/ArticleEditCommands.h"
#include "articles/ArticleEdits.h"
#include "edit/EditHistory.h"
#include "import/ArticleDocument.h"
#include "session/ProjectSession.h"
#include "ui/articles/ArticleActions.h"
#include "ui/articles/ArticleDetailsDialog.h"
#include "ui/articles/CleanupDialog.h"
#include "ui/articles/SplitDialog.h"
#include "ui/articles/VersionsDialog.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/LocalDate.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

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

    // The window as shown, for COUNTERPOINT_SCREENSHOTS, at the size of the screen.
    void shootWindow(QWidget &window, const QString &name)
    {
        const QString folder = qEnvironmentVariable("COUNTERPOINT_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        const QSize screen = window.screen()->size();
        window.resize(screen);
        QTest::qWait(300);
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1-%2x%3.png").arg(name).arg(screen.width()).arg(screen.height()));
        QVERIFY(window.grab().save(path));
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
                              QStringLiteral("Edit Details…"), QStringLiteral("Article Memo…"),
                              QStringLiteral("Delete Article…")}));
        emit menu->aboutToShow(); // no project: nothing to do on an article
        for (QAction *action : menu->actions())
            QVERIFY(action->isSeparator() || !action->isEnabled());
    }

    // A right click on a selection in a pane offers the Article menu's Remove from Article and
    // Split into New Article… (the same actions, not copies), enabled for that selection; the
    // removal taken from the context menu is one undo step.
    void thePaneContextMenuOffersRemoveAndSplit()
    {
        QTemporaryDir dir;
        useScratchSettings(dir);
        const QString path = dir.filePath(QStringLiteral("menu.counterpoint"));
        QUuid articleId;
        {
            auto created = Project::open(path, creating());
            QVERIFY2(created, qPrintable(created.errorMessage()));
            articleId = importArticle(
                **created,
                QDir(sharedSeedsDir()).filePath(QStringLiteral("000_8e6081ee2d97c86f.txt")));
            QVERIFY(!articleId.isNull());
        }
        auto window = openWindowOn(path);
        QVERIFY(window);
        ArticlePane *pane = window->openArticle(articleId);
        QVERIFY(pane);
        ArticleView *view = pane->view();
        const QString text = *window->project()->articleText(articleId);
        const int related = int(text.indexOf(QStringLiteral("Related Articles")));
        QVERIFY(related > 0);
        view->selectPassage({related, related + 16});
        QCOMPARE(view->selectedPassage(), (TextRange{related, related + 16}));

        auto *articleMenu = window->findChild<QMenu *>(QStringLiteral("articleMenu"));
        QVERIFY(articleMenu);
        QAction *remove = nullptr;
        QAction *split = nullptr;
        for (QAction *action : articleMenu->actions()) {
            if (action->text().remove(u'&') == QStringLiteral("Remove from Article"))
                remove = action;
            if (action->text().remove(u'&') == QStringLiteral("Split into New Article…"))
                split = action;
        }
        QVERIFY(remove && split);

        // The menu runs its own loop: look while it is open, then take Remove from Article.
        QStringList offered;
        bool enabled = false;
        QTimer::singleShot(100, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                offered.append(action->text().remove(u'&'));
            enabled = menu->actions().contains(remove) && menu->actions().contains(split) &&
                      remove->isEnabled() && split->isEnabled();
            menu->close();
        });
        const QPoint at = view->cursorRect().center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY2(offered.contains(QStringLiteral("Remove from Article")) &&
                     offered.contains(QStringLiteral("Split into New Article…")),
                 qPrintable(offered.join(u'|')));
        QVERIFY(enabled);

        const int steps = window->session()->history().stack()->index();
        remove->trigger();
        QCOMPARE(window->session()->history().stack()->index(), steps + 1);
        QVERIFY(!window->project()->articleText(articleId)->contains(u"Related Articles"));
        window->session()->history().stack()->undo();
        QVERIFY(window->project()->articleText(articleId)->contains(u"Related Articles"));

        // Without a selection both are offered but disabled.
        view->selectPassage({related, related});
        QVERIFY(!remove->isEnabled() && !split->isEnabled());
    }

    // Article › Delete Article… asks first, naming what goes with the article; Cancel keeps it,
    // Delete removes it with its annotations and closes its pane, one Undo brings it all back.
    void deleteArticleAsksNamingWhatGoes()
    {
        QTemporaryDir dir;
        useScratchSettings(dir);
        const QString path = dir.filePath(QStringLiteral("delete.counterpoint"));
        QUuid articleId;
        {
            auto created = Project::open(path, creating());
            QVERIFY2(created, qPrintable(created.errorMessage()));
            Project &project = **created;
            articleId = importArticle(
                project,
                QDir(sharedSeedsDir()).filePath(QStringLiteral("000_8e6081ee2d97c86f.txt")));
            QVERIFY(!articleId.isNull());
            const QString text = *project.articleText(articleId);
            QList<QUuid> ids;
            for (const char *quote : {"tell tall tales", "Tariff Tracker", "Chinese tech giants"}) {
                Annotation annotation;
                annotation.articleId = articleId;
                annotation.start = int(text.indexOf(QString::fromUtf8(quote)));
                annotation.end = annotation.start + int(qstrlen(quote));
                auto added = project.addAnnotation(annotation);
                QVERIFY2(added, qPrintable(added.errorMessage()));
                ids.append(added->id);
            }
            for (int i = 1; i < 3; ++i) {
                Relation relation;
                relation.fromId = ids.at(i);
                relation.toId = ids.at(0);
                QVERIFY(project.addRelation(relation));
            }
        }
        auto window = openWindowOn(path);
        QVERIFY(window);
        QVERIFY(window->openArticle(articleId));
        auto *menu = window->findChild<QMenu *>(QStringLiteral("articleMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QAction *remove = nullptr;
        for (QAction *action : menu->actions())
            if (action->text().remove(u'&') == QStringLiteral("Delete Article…"))
                remove = action;
        QVERIFY(remove);
        QVERIFY(remove->isEnabled());

        // The confirmation runs its own loop: read it, then press the given button.
        const auto answer = [&](const QString &button) {
            QString said;
            QTimer::singleShot(100, this, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                said = box->text() + u'\n' + box->informativeText();
                for (QAbstractButton *candidate : box->buttons())
                    if (candidate->text().remove(u'&') == button)
                        candidate->click();
            });
            remove->trigger();
            return said;
        };
        const QString said = answer(QStringLiteral("Cancel"));
        QVERIFY2(said.contains(QStringLiteral("Anthropic says")) &&
                     said.contains(QStringLiteral("3 annotation")) &&
                     said.contains(QStringLiteral("2 link")) &&
                     said.contains(QStringLiteral("0 kept version")),
                 qPrintable(said));
        QVERIFY(window->project()->article(articleId)); // cancelled: still there

        const int steps = window->session()->history().stack()->index();
        answer(QStringLiteral("Delete"));
        QVERIFY(!window->project()->article(articleId));
        QCOMPARE(window->session()->history().stack()->index(), steps + 1);
        QCOMPARE(window->project()->annotationCount().value(), 0);
        QTRY_COMPARE(window->findChildren<ArticlePane *>().size(), 0); // its pane closed
        QTRY_VERIFY(!remove->isEnabled());                             // nothing to delete

        window->session()->history().stack()->undo();
        QVERIFY(window->project()->article(articleId));
        QCOMPARE(window->project()->annotationCount().value(), 3);
        QCOMPARE(window->project()->relations()->size(), 2);
    }

    // Issue 20: the Articles dock lists each article's title, publisher, date (the locale's
    // short date, also for a timestamp) and annotation count; a click on a header sorts by it;
    // the keyboard moves through the rows and Enter opens the current one in a pane, whose
    // byline shows the same date.
    void theArticleListHasSortableColumns()
    {
        QTemporaryDir dir;
        useScratchSettings(dir);
        const QString path = copySampleProject(dir);
        QVERIFY(!path.isEmpty());
        auto window = openWindowOn(path);
        QVERIFY(window);
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        QVERIFY(list);
        QAbstractItemModel *model = list->model();
        QStringList headers;
        for (int column = 0; column < model->columnCount(); ++column)
            headers.append(model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{QStringLiteral("Title"), QStringLiteral("Publisher"),
                                       QStringLiteral("Date"), QStringLiteral("#")}));
        QCOMPARE(model->headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Annotations in the article"));
        Project &project = *window->project();
        const int articles = int(project.articleSummaries()->size());
        QCOMPARE(model->rowCount(), articles);
        QVERIFY(articles >= 3);
        const QLocale locale;
        bool sawTimestamp = false;
        for (int row = 0; row < articles; ++row) {
            const QUuid id = model->index(row, 0).data(Qt::UserRole).toUuid();
            const Article article = *project.article(id);
            QCOMPARE(model->index(row, 0).data().toString(), article.title);
            QCOMPARE(model->index(row, 1).data().toString(), article.publisher);
            const QString date = model->index(row, 2).data().toString();
            if (article.published.contains(u'T')) {
                sawTimestamp = true;
                const QDate day =
                    QDateTime::fromString(article.published, Qt::ISODate).toLocalTime().date();
                QCOMPARE(date, locale.toString(day, QLocale::ShortFormat));
            } else if (!article.published.isEmpty()) {
                QCOMPARE(date, locale.toString(QDate::fromString(article.published, Qt::ISODate),
                                               QLocale::ShortFormat));
            }
            QCOMPARE(model->index(row, 3).data().toString(),
                     locale.toString(project.annotationsOfArticle(id)->size()));
        }
        QVERIFY(sawTimestamp); // the sample's HTML article is dated 2025-05-03T09:30:00Z

        // A click on the Annotations header sorts by the count, a second click the other way.
        const auto clickHeader = [&](int column) {
            QHeaderView *header = list->header();
            const QPoint at(header->sectionViewportPosition(column) +
                                header->sectionSize(column) / 2,
                            header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        const auto counts = [&] {
            QList<int> values;
            for (int row = 0; row < model->rowCount(); ++row)
                values.append(model->index(row, 3).data(Qt::UserRole + 1).toInt());
            return values;
        };
        clickHeader(3);
        QList<int> sorted = counts();
        QVERIFY2(std::is_sorted(sorted.cbegin(), sorted.cend()) ||
                     std::is_sorted(sorted.crbegin(), sorted.crend()),
                 qPrintable(QString::number(sorted.size())));
        const bool ascending = std::is_sorted(sorted.cbegin(), sorted.cend());
        clickHeader(3);
        sorted = counts();
        QVERIFY(ascending ? std::is_sorted(sorted.crbegin(), sorted.crend())
                          : std::is_sorted(sorted.cbegin(), sorted.cend()));
        QVERIFY(sorted.first() != sorted.last()); // the sample's counts differ: the order says so
        // By date: oldest first, an undated article last.
        clickHeader(2);
        if (list->header()->sortIndicatorOrder() != Qt::AscendingOrder)
            clickHeader(2);
        QStringList keys;
        for (int row = 0; row < model->rowCount(); ++row)
            keys.append(model->index(row, 2).data(Qt::UserRole + 1).toString());
        QStringList dated = keys;
        dated.removeAll(QString());
        QVERIFY2(std::is_sorted(dated.cbegin(), dated.cend()), qPrintable(keys.join(u'|')));

        // The keyboard: Home, Down, Enter opens the second row's article in a pane.
        list->setFocus(Qt::TabFocusReason);
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        const QUuid second = list->currentIndex().data(Qt::UserRole).toUuid();
        QTest::keyClick(list, Qt::Key_Return);
        ArticlePane *pane = window->paneArea()->activePane();
        QVERIFY(pane);
        QCOMPARE(pane->articleId(), second);

        // The pane of the article dated by a timestamp shows the day in its byline.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QUuid id = model->index(row, 0).data(Qt::UserRole).toUuid();
            const Article article = *project.article(id);
            if (!article.published.contains(u'T'))
                continue;
            ArticlePane *opened = window->openArticle(id);
            QVERIFY(opened);
            const QString day = locale.toString(
                QDateTime::fromString(article.published, Qt::ISODate).toLocalTime().date(),
                QLocale::ShortFormat);
            bool shown = false;
            for (ElidedLabel *label : opened->findChildren<ElidedLabel *>())
                shown = shown || (label->text().contains(day) && !label->text().contains(u'T'));
            QVERIFY(shown);
        }
        shootWindow(*window, QStringLiteral("article-list"));
    }

    // Article › Edit Details…: what is typed becomes the article's details in one undo step,
    // and the Articles list and the pane's byline show it at once (the date in the locale).
    void editDetailsIsOneUndoStep()
    {
        QTemporaryDir dir;
        useScratchSettings(dir);
        const QString path = copySampleProject(dir);
        auto window = openWindowOn(path);
        QVERIFY(window);
        Project &project = *window->project();
        const QUuid articleId = project.articleTitles()->first().id;
        const Article before = *project.article(articleId);
        ArticlePane *pane = window->openArticle(articleId);
        QVERIFY(pane);
        auto *menu = window->findChild<QMenu *>(QStringLiteral("articleMenu"));
        emit menu->aboutToShow();
        QAction *edit = nullptr;
        for (QAction *action : menu->actions())
            if (action->text().remove(u'&') == QStringLiteral("Edit Details…"))
                edit = action;
        QVERIFY(edit && edit->isEnabled());

        bool seen = false;
        bool hintShown = false;
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<ArticleDetailsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            auto *publisher = dialog->findChild<QLineEdit *>(QStringLiteral("detailsPublisher"));
            auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("detailsDate"));
            auto *hint = dialog->findChild<QLabel *>(QStringLiteral("detailsDateHint"));
            publisher->setText(QStringLiteral("The Corrected Courier"));
            date->setText(QStringLiteral("2025-04-30T22:15:00Z"));
            shoot(*dialog, QStringLiteral("details-dialog"));
            // The hint shows the date as the window will.
            hintShown = hint->text().contains(localDate(QStringLiteral("2025-04-30T22:15:00Z")));
            dialog->accept();
        });
        const int steps = window->session()->history().stack()->index();
        edit->trigger();
        QVERIFY(seen);
        QVERIFY(hintShown);
        const Article after = *project.article(articleId);
        QCOMPARE(after.publisher, QStringLiteral("The Corrected Courier"));
        QCOMPARE(after.published, QStringLiteral("2025-04-30T22:15:00Z"));
        QCOMPARE(after.title, before.title);
        QCOMPARE(window->session()->history().stack()->index(), steps + 1);

        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        QStringList publishers;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            publishers.append(list->model()->index(row, 1).data().toString());
        QVERIFY(publishers.contains(QStringLiteral("The Corrected Courier")));
        const QString day = localDate(QStringLiteral("2025-04-30T22:15:00Z"));
        bool byline = false;
        for (ElidedLabel *label : pane->findChildren<ElidedLabel *>())
            byline = byline || label->text() == u"The Corrected Courier · " + day ||
                     label->text().startsWith(u"The Corrected Courier · ");
        QVERIFY(byline);

        window->session()->history().stack()->undo();
        QCOMPARE(project.article(articleId)->publisher, before.publisher);
        QCOMPARE(project.article(articleId)->published, before.published);
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

        // Copy Changes as Text: the unified diff of the two compared, as counterpoint diff
        // prints it, on the clipboard.
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyChanges"));
        QVERIFY(copy);
        QCOMPARE(copy->text().remove(u'&'), QStringLiteral("Copy Changes as Text"));
        QVERIFY(copy->isEnabled());
        QGuiApplication::clipboard()->clear();
        copy->click();
        const QString copied = QGuiApplication::clipboard()->text();
        auto entries = VersionHistory::of(project, m_article);
        QVERIFY(entries && entries->size() == 2);
        QCOMPARE(copied, VersionHistory::unifiedDiff(entries->at(0), entries->at(1)));
        QVERIFY2(copied.startsWith(QStringLiteral("--- version 1 (")), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\n+++ version 2 (")), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\n-No comments yet...")) ||
                     copied.contains(QStringLiteral("advertisement")),
                 qPrintable(copied));
        dialog.compare(1, 1); // one version beside itself: nothing to copy
        QVERIFY(!copy->isEnabled());
        dialog.compare(1, 2);

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
        // The second related article from its publisher's line: "Business Standard", "35
        // minutes ago", "- Business Standard", its title, its body.
        const qsizetype start = text.indexOf(QStringLiteral("\nBusiness Standard\n")) + 1;
        const qsizetype titleAt = text.indexOf(QStringLiteral("Chinese tech giants"));
        const qsizetype end = text.indexOf(u'\n', text.indexOf(u'\n', titleAt) + 1);
        QVERIFY(start > 0 && titleAt > start && end > titleAt);
        auto preview = ArticleEdits(project).prepareSplit(m_article, int(start), int(end), {});
        QVERIFY2(preview, qPrintable(preview.errorMessage()));
        SplitDialog dialog(*article, preview->newArticle, 0);
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("splitTitle"));
        QVERIFY(title);
        QVERIFY2(title->text().startsWith(QStringLiteral("Chinese tech giants")),
                 qPrintable(title->text()));
        // The publisher and date the passage gives, not the source's: editable fields.
        const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
        QStringList values;
        for (const QLineEdit *field : fields)
            values.append(field->text());
        QVERIFY2(values.contains(QStringLiteral("Business Standard")),
                 qPrintable(values.join(u'|')));
        const QString expectedDate =
            article->importedAt.toUTC().addSecs(-35 * 60).date().toString(Qt::ISODate);
        QVERIFY2(values.contains(expectedDate), qPrintable(values.join(u'|')));
        QCOMPARE(dialog.options().publisher, QStringLiteral("Business Standard"));
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
                                [&](const QUuid &id) { opened = id; },
                                [](const QUuid &, const QString &) {}});
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

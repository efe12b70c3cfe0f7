#include "ArticleActions.h"

#include "ArticleDetailsDialog.h"
#include "CleanupDialog.h"
#include "SplitDialog.h"
#include "VersionsDialog.h"
#include "articles/ArticleEditCommands.h"
#include "articles/ArticleEdits.h"
#include "edit/EditHistory.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace counterpoint::ui {

namespace {

constexpr int quoteLength = 60;

QString quotes(const QList<Annotation> &annotations)
{
    QStringList lines;
    for (const Annotation &annotation : annotations.mid(0, 5)) {
        QString quote = annotation.quote.exact.simplified();
        if (quote.size() > quoteLength)
            quote = quote.left(quoteLength - 1) + u'…';
        lines.append(QStringLiteral("• %1: “%2”").arg(displayName(annotation.kind), quote));
    }
    if (annotations.size() > 5)
        lines.append(QStringLiteral("…"));
    return lines.join(u'\n');
}

} // namespace

ArticleActions::ArticleActions(QWidget *window, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_hooks(std::move(hooks))
    , m_menu(new QMenu(tr("A&rticle"), window))
    , m_remove(new QAction(tr("&Remove from Article"), this))
    , m_split(new QAction(tr("&Split into New Article…"), this))
    , m_cleanup(new QAction(tr("Suggest &Clean-up…"), this))
    , m_versions(new QAction(tr("&Versions…"), this))
    , m_details(new QAction(tr("Edit &Details…"), this))
    , m_delete(new QAction(tr("&Delete Article…"), this))
    , m_memo(new QAction(tr("Article &Memo…"), this))
{
    m_menu->setObjectName(QStringLiteral("articleMenu"));
    m_remove->setToolTip(tr("Take the selected passage out of the article (a new version; Undo "
                            "puts it back)"));
    m_split->setToolTip(tr("Make the selected passage an article of its own"));
    m_cleanup->setToolTip(tr("Find advertisements, prompts, hashtags and related-article blocks "
                             "to remove"));
    m_versions->setToolTip(tr("The article's kept versions, compared side by side"));
    m_details->setToolTip(tr("Correct the article's title, publisher, author, date and URL"));
    m_delete->setToolTip(tr("Delete the article with its annotations, their links and its kept "
                            "versions (Undo brings them back)"));
    m_memo->setObjectName(QStringLiteral("articleMemoAction"));
    m_memo->setToolTip(tr("Your notes on the article in the active pane"));
    connect(m_remove, &QAction::triggered, this, &ArticleActions::removeSelection);
    connect(m_split, &QAction::triggered, this, &ArticleActions::splitSelection);
    connect(m_cleanup, &QAction::triggered, this, &ArticleActions::suggestCleanup);
    connect(m_versions, &QAction::triggered, this, &ArticleActions::showVersions);
    connect(m_details, &QAction::triggered, this, &ArticleActions::editDetails);
    connect(m_delete, &QAction::triggered, this, &ArticleActions::deleteArticle);
    connect(m_memo, &QAction::triggered, this, &ArticleActions::showMemo);
    m_menu->addAction(m_remove);
    m_menu->addAction(m_split);
    m_menu->addSeparator();
    m_menu->addAction(m_cleanup);
    m_menu->addSeparator();
    m_menu->addAction(m_versions);
    m_menu->addSeparator();
    m_menu->addAction(m_details);
    m_menu->addAction(m_memo);
    m_menu->addAction(m_delete);
    connect(m_menu, &QMenu::aboutToShow, this, &ArticleActions::updateActions);
}

QList<QAction *> ArticleActions::selectionActions() const
{
    return {m_remove, m_split};
}

void ArticleActions::updateActions()
{
    ProjectSession *session = m_hooks.session();
    const bool hasArticle = session && !m_hooks.activeArticle().isNull();
    // Changing an article is for the project's owner and curators (team mode); a verb the role
    // refuses says why in its tooltip, and its own tooltip comes back when the role allows it.
    const QString why = session ? session->project().whyNot(Permission::ManageArticles) : QString();
    for (QAction *action : {m_remove, m_split, m_cleanup, m_details, m_delete}) {
        if (!action->property("allowedToolTip").isValid())
            action->setProperty("allowedToolTip", action->toolTip());
        action->setToolTip(why.isEmpty() ? action->property("allowedToolTip").toString() : why);
    }
    const bool writable = hasArticle && session->isWritable() && why.isEmpty();
    const bool selected = writable && !m_hooks.selection().isEmpty();
    m_remove->setEnabled(selected);
    m_split->setEnabled(selected);
    m_cleanup->setEnabled(writable);
    m_details->setEnabled(writable);
    m_delete->setEnabled(writable);
    m_versions->setEnabled(hasArticle);
    m_memo->setEnabled(hasArticle); // readers read it
}

void ArticleActions::showMemo()
{
    QUuid articleId;
    if (!ready(articleId))
        return;
    auto article = m_hooks.session()->project().article(articleId);
    if (!article) {
        QMessageBox::warning(m_window, tr("Cannot open the memo"), article.errorMessage());
        return;
    }
    m_hooks.openMemo(articleId, article->title);
}

bool ArticleActions::ready(QUuid &article) const
{
    ProjectSession *session = m_hooks.session();
    article = m_hooks.activeArticle();
    if (!session || article.isNull()) {
        QMessageBox::information(m_window, tr("No article"),
                                 tr("Open an article in a pane first."));
        return false;
    }
    return true;
}

void ArticleActions::removeSelection()
{
    QUuid articleId;
    if (!ready(articleId))
        return;
    ProjectSession &session = *m_hooks.session();
    const TextRange passage = m_hooks.selection();
    auto text = session.project().articleText(articleId);
    if (passage.isEmpty() || !text) {
        QMessageBox::information(m_window, tr("Remove from Article"),
                                 tr("Select the passage to remove first."));
        return;
    }
    auto plan =
        ArticleEdits(session.project())
            .prepareRemoval(articleId, {TextCuts::tidyCut(*text, passage.start, passage.end)});
    if (!plan) {
        QMessageBox::warning(m_window, tr("Cannot remove the passage"), plan.errorMessage());
        return;
    }
    if (!plan->inRemovedText.isEmpty() &&
        QMessageBox::question(
            m_window, tr("Remove an annotated passage?"),
            tr("%n annotation(s) sit in the passage to remove:", nullptr,
               int(plan->inRemovedText.size())) +
                u'\n' + quotes(plan->inRemovedText) + u"\n\n" +
                tr("They will lose their passage (kept, orphaned, with their quotes; Undo puts "
                   "them back). Remove it anyway?")) != QMessageBox::Yes)
        return;
    auto command = ArticleEditCommands::removal(session.project(), *plan);
    Status done =
        command ? session.history().perform(std::move(command).value()) : Status(command.error());
    if (!done)
        QMessageBox::warning(m_window, tr("Cannot remove the passage"), done.errorMessage());
}

void ArticleActions::splitSelection()
{
    QUuid articleId;
    if (!ready(articleId))
        return;
    ProjectSession &session = *m_hooks.session();
    const TextRange passage = m_hooks.selection();
    auto article = session.project().article(articleId);
    if (!article) {
        QMessageBox::warning(m_window, tr("Cannot split the article"), article.errorMessage());
        return;
    }
    if (passage.isEmpty()) {
        QMessageBox::information(m_window, tr("Split into New Article"),
                                 tr("Select the passage that is an article of its own first."));
        return;
    }
    // A first look, for the dialog: what moves, what straddles the passage's edges.
    auto preview =
        ArticleEdits(session.project()).prepareSplit(articleId, passage.start, passage.end, {});
    if (!preview) {
        QMessageBox::warning(m_window, tr("Cannot split the article"), preview.errorMessage());
        return;
    }
    SplitDialog dialog(*article, preview->newArticle, int(preview->moved.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto plan = ArticleEdits(session.project())
                    .prepareSplit(articleId, passage.start, passage.end, dialog.options());
    if (!plan) {
        QMessageBox::warning(m_window, tr("Cannot split the article"), plan.errorMessage());
        return;
    }
    if (!plan->straddling.isEmpty() &&
        QMessageBox::question(
            m_window, tr("Split across annotations?"),
            tr("%n annotation(s) begin or end inside the passage but not both:", nullptr,
               int(plan->straddling.size())) +
                u'\n' + quotes(plan->straddling) + u"\n\n" +
                tr("They stay with “%1” and may lose their passage. Split anyway?")
                    .arg(article->title)) != QMessageBox::Yes)
        return;
    auto command = ArticleEditCommands::split(session.project(), *plan);
    Status done =
        command ? session.history().perform(std::move(command).value()) : Status(command.error());
    if (!done) {
        QMessageBox::warning(m_window, tr("Cannot split the article"), done.errorMessage());
        return;
    }
    if (m_hooks.openArticle)
        m_hooks.openArticle(plan->newArticle.id);
}

void ArticleActions::suggestCleanup()
{
    QUuid articleId;
    if (!ready(articleId))
        return;
    ProjectSession &session = *m_hooks.session();
    auto article = session.project().article(articleId);
    auto suggestions = counterpoint::suggestCleanup(session.project(), articleId);
    auto annotations = session.project().annotationsOfArticle(articleId);
    if (!article || !suggestions || !annotations) {
        QMessageBox::warning(m_window, tr("Cannot suggest a clean-up"),
                             !article       ? article.errorMessage()
                             : !suggestions ? suggestions.errorMessage()
                                            : annotations.errorMessage());
        return;
    }
    CleanupDialog dialog(*article, *suggestions, *annotations, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto plan = ArticleEdits(session.project()).prepareRemoval(articleId, dialog.checkedCuts());
    if (!plan) {
        QMessageBox::warning(m_window, tr("Cannot clean up the article"), plan.errorMessage());
        return;
    }
    if (!plan->inRemovedText.isEmpty() &&
        QMessageBox::question(
            m_window, tr("Remove annotated passages?"),
            tr("%n annotation(s) sit in the checked passages:", nullptr,
               int(plan->inRemovedText.size())) +
                u'\n' + quotes(plan->inRemovedText) + u"\n\n" +
                tr("They will lose their passage (kept, orphaned, with their quotes; Undo puts "
                   "them back). Remove the passages anyway?")) != QMessageBox::Yes)
        return;
    auto command = ArticleEditCommands::removal(session.project(), *plan);
    Status done =
        command ? session.history().perform(std::move(command).value()) : Status(command.error());
    if (!done)
        QMessageBox::warning(m_window, tr("Cannot clean up the article"), done.errorMessage());
}

void ArticleActions::editDetails()
{
    QUuid articleId;
    if (!ready(articleId))
        return;
    ProjectSession &session = *m_hooks.session();
    auto article = session.project().article(articleId);
    if (!article) {
        QMessageBox::warning(m_window, tr("Cannot edit the details"), article.errorMessage());
        return;
    }
    ArticleDetailsDialog dialog(*article, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = ArticleEditCommands::details(session.project(), dialog.edited());
    if (command && !*command)
        return; // nothing changed
    Status done =
        command ? session.history().perform(std::move(command).value()) : Status(command.error());
    if (!done)
        QMessageBox::warning(m_window, tr("Cannot edit the details"), done.errorMessage());
}

void ArticleActions::deleteArticle()
{
    QUuid articleId;
    if (!ready(articleId))
        return;
    ProjectSession &session = *m_hooks.session();
    auto article = session.project().article(articleId);
    auto contents = ArticleEditCommands::contentsOf(session.project(), articleId);
    if (!article || !contents) {
        QMessageBox::warning(m_window, tr("Cannot delete the article"),
                             article ? contents.errorMessage() : article.errorMessage());
        return;
    }
    // Always asked: an article takes a good deal with it. The box names what.
    QMessageBox confirm(QMessageBox::Warning, tr("Delete Article"),
                        tr("Delete “%1”?").arg(article->title), QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("deleteArticleConfirmation"));
    confirm.setInformativeText(
        tr("With it go %1. Undo brings them back.").arg(ArticleEditCommands::describe(*contents)));
    QPushButton *remove = confirm.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    auto command = ArticleEditCommands::deletion(session.project(), articleId);
    Status done =
        command ? session.history().perform(std::move(command).value()) : Status(command.error());
    if (!done)
        QMessageBox::warning(m_window, tr("Cannot delete the article"), done.errorMessage());
}

void ArticleActions::showVersions()
{
    QUuid articleId;
    if (!ready(articleId))
        return;
    // Modal: the dialog works on the session, which must outlive it.
    VersionsDialog dialog(*m_hooks.session(), articleId, m_window);
    dialog.exec();
}

} // namespace counterpoint::ui

#include "PrintFlow.h"

#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticlePrinter.h"
#include "ui/reader/ArticleView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include "session/ProjectSession.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace counterpoint::ui {

std::shared_ptr<ArticlePrinter> PrintFlow::activePane() const
{
    ArticlePane *pane = m_window.paneArea()->activePane();
    ProjectSession *session = m_window.session();
    if (!pane || !session)
        return nullptr;
    auto article = session->project().article(pane->articleId());
    if (!article) {
        m_window.showError(tr("Cannot print the article"), article.errorMessage());
        return nullptr;
    }
    // What the pane shows: its annotations (not other analysts' while coding blind), its
    // stripes if they are shown.
    auto printer = std::make_shared<ArticlePrinter>(*article, pane->view()->annotations());
    printer->setStripesShown(pane->view()->stripesShown());
    MainWindow *window = &m_window;
    printer->setLabeller(
        [window](const Annotation &annotation) { return window->stripeLabel(annotation); });
    return printer;
}

void PrintFlow::choosePrinter()
{
    const std::shared_ptr<ArticlePrinter> article = activePane();
    if (!article)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_window.paneArea()->activePane()->title());
    auto *dialog = new QPrintDialog(printer.get(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), &m_window,
                     [this, article, printer](QPrinter *) {
                         const int pages = article->print(*printer);
                         if (pages == 0)
                             m_window.showError(tr("Cannot print the article"),
                                                tr("The printer could not be started."));
                         else
                             m_window.showStatus(tr("Printed %Ln page(s).", nullptr, pages), 5000);
                     });
    dialog->open();
}

void PrintFlow::showPreview()
{
    const std::shared_ptr<ArticlePrinter> article = activePane();
    if (!article)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_window.paneArea()->activePane()->title());
    auto *preview = new QPrintPreviewDialog(printer.get(), &m_window);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog keeps the printer and the article it previews for as long as it is open.
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [article, printer](QPrinter *target) { article->print(*target); });
    preview->resize(m_window.size() * 3 / 4);
    preview->open();
}

} // namespace counterpoint::ui

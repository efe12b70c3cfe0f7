#include "WhatsThis.h"

#include "ui/charts/ChartsView.h"
#include "ui/inspector/Inspector.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/map/ArgumentMapView.h"
#include "ui/passages/SharedPassagesPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include <QDockWidget>
#include <QMenu>
#include <QWhatsThis>

namespace counterpoint::ui {

void describeMainPanes(MainWindow &window, QMenu *help)
{
    window.paneArea()->setWhatsThis(MainWindow::tr(
        "<b>Reader panes</b><p>Each pane shows one article with its annotations highlighted. "
        "Select a passage and press 1 (claim), 2 (counterclaim), 3 (source) or 4 (note) to tag "
        "it; Ctrl+drag a highlight onto another to link them. Ctrl+Tab goes to the next pane, "
        "F6 to the docks. When the panes do not fit, the area scrolls sideways.</p>"));
    if (auto *articles = window.findChild<QDockWidget *>(QStringLiteral("articlesDock")))
        articles->widget()->setWhatsThis(MainWindow::tr(
            "<b>Articles</b><p>The project's articles. Double-click one, or press Enter, to "
            "read it in a pane of its own.</p>"));
    window.annotationList()->setWhatsThis(MainWindow::tr(
        "<b>Annotations</b><p>Every annotation of the project. Filter by text, kind, actor, "
        "tag, set or article; click a row to go to its passage.</p>"));
    window.inspector()->setWhatsThis(MainWindow::tr(
        "<b>Inspector</b><p>The current annotation: its kind, who says it (Alt+A), its tags, "
        "set, comment and links. Every change is saved at once and can be undone.</p>"));
    window.sharedPassages()->setWhatsThis(MainWindow::tr(
        "<b>Shared Passages</b><p>Passages that two articles share word for word, offered as "
        "the same claim: link or dismiss each.</p>"));
    window.argumentMap()->setWhatsThis(MainWindow::tr(
        "<b>Argument Map</b><p>The annotations as cards in lanes by kind, with their links "
        "between them. Click a card to inspect it, double-click to go to its passage.</p>"));
    window.charts()->setWhatsThis(MainWindow::tr(
        "<b>Charts</b><p>What the annotation list shows, counted: kinds by actor and by "
        "article, the tags used together, who rebuts or supports whom, and a timeline of who "
        "said what, when. Click a bar, a cell or a point (or reach it with the arrow keys and "
        "press Enter) to list its annotations.</p>"));
    QAction *whatsThis = QWhatsThis::createAction(&window);
    help->addAction(whatsThis);
}

} // namespace counterpoint::ui

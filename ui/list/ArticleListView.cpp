#include "ArticleListView.h"

#include "ArticleListModel.h"

#include <QHeaderView>
#include <QResizeEvent>

namespace counterpoint::ui {

namespace {

// Below this many average characters the publisher's column goes: a title then keeps about
// twenty characters beside the date and the count.
constexpr int widthForPublisher = 46;

} // namespace

ArticleListView::ArticleListView(QWidget *parent)
    : QTreeView(parent)
{}

void ArticleListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void ArticleListView::fitColumns()
{
    const bool room = viewport()->width() >= fontMetrics().averageCharWidth() * widthForPublisher;
    if (isColumnHidden(ArticleListModel::PublisherColumn) == room)
        setColumnHidden(ArticleListModel::PublisherColumn, !room);
}

} // namespace counterpoint::ui

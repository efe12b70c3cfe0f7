#pragma once

#include <QTreeView>

namespace counterpoint::ui {

// The Articles dock's table. In a dock too narrow for four columns (the left dock at 1280 px) the
// publisher's column gives its room to the title, which matters most; the publisher stays in each
// row's tooltip and in the pane's byline, and the column comes back when the dock is widened.
class ArticleListView final : public QTreeView
{
    Q_OBJECT

public:
    explicit ArticleListView(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
};

} // namespace counterpoint::ui

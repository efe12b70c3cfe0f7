#pragma once

#include "domain/Article.h"

#include <QAbstractTableModel>
#include <QList>

namespace counterpoint::ui {

// The Articles dock's rows: each article's title, publisher, date (in the locale's short form)
// and how many annotations it holds. The window gives it the summaries the read model has read;
// a QSortFilterProxyModel over it sorts by any column (SortRole: dates as dates, counts as
// numbers).
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PublisherColumn, DateColumn, AnnotationsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(QList<ArticleSummary> articles);
    QModelIndex indexOf(const QUuid &id) const; // of its title; invalid when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ArticleSummary> m_articles;
};

} // namespace counterpoint::ui

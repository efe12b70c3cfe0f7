#include "ArticleListModel.h"

#include "ui/common/LocalDate.h"

#include <QDateTime>
#include <QLocale>

namespace counterpoint::ui {

namespace {

int annotationsOf(const ArticleSummary &article)
{
    return article.claims + article.counterclaims + article.sources + article.notes;
}

// A date as it sorts: an ISO date or timestamp by its moment; anything else ("spring 2025") after
// every real date, by its text.
QVariant dateKey(const QString &published)
{
    const QString trimmed = published.trimmed();
    QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            moment = date.startOfDay(Qt::UTC);
    }
    if (moment.isValid())
        return moment.toUTC().toString(Qt::ISODateWithMs);
    return trimmed.isEmpty() ? QString() : u'~' + trimmed; // '~' sorts after the digits
}

} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ArticleListModel::setArticles(QList<ArticleSummary> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

QModelIndex ArticleListModel::indexOf(const QUuid &id) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == id)
            return index(row, TitleColumn);
    }
    return {};
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const ArticleSummary &article = m_articles.at(index.row());
    switch (role) {
    case IdRole:
        return article.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title;
        case PublisherColumn:
            return article.publisher;
        case DateColumn:
            return localDate(article.published);
        case AnnotationsColumn:
            return QLocale().toString(annotationsOf(article));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title.toLower();
        case PublisherColumn:
            return article.publisher.toLower();
        case DateColumn:
            return dateKey(article.published);
        case AnnotationsColumn:
            return annotationsOf(article);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        // The whole of what a narrow dock elides, on every column.
        QStringList parts{article.title};
        if (!article.publisher.isEmpty())
            parts.append(article.publisher);
        if (!article.published.isEmpty())
            parts.append(localDate(article.published));
        parts.append(tr("%n annotation(s)", nullptr, annotationsOf(article)));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Title");
        case PublisherColumn:
            return tr("Publisher");
        case DateColumn:
            return tr("Date");
        case AnnotationsColumn:
            //: The header of the column of annotation counts, kept narrow for a narrow dock;
            //: its tooltip says what it counts.
            return tr("#");
        }
    }
    if (role == Qt::ToolTipRole && section == AnnotationsColumn)
        return tr("Annotations in the article");
    return {};
}

} // namespace counterpoint::ui

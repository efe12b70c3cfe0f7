#include "AnnotationFilterModel.h"

#include "AnnotationTableModel.h"

namespace counterpoint::ui {

namespace {

QSet<QUuid> idsWhoseNameContains(const QHash<QUuid, QString> &names, const QString &folded)
{
    QSet<QUuid> ids;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it->toCaseFolded().contains(folded))
            ids.insert(it.key());
    }
    return ids;
}

} // namespace

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AnnotationFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_annotations = qobject_cast<AnnotationTableModel *>(model);
    Q_ASSERT(m_annotations || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AnnotationFilterModel::setKind(std::optional<AnnotationKind> kind)
{
    m_kind = kind;
    refilter();
}

void AnnotationFilterModel::setActor(const QUuid &id)
{
    m_actor = id;
    refilter();
}

void AnnotationFilterModel::setTag(const QUuid &id)
{
    m_tag = id;
    refilter();
}

void AnnotationFilterModel::setAnnotationSet(const QUuid &id)
{
    m_set = id;
    refilter();
}

void AnnotationFilterModel::setArticle(const QUuid &id)
{
    m_article = id;
    refilter();
}

void AnnotationFilterModel::setText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_foldedText)
        return;
    m_foldedText = folded;
    m_actorsMatchingText.clear();
    m_tagsMatchingText.clear();
    if (m_annotations && !folded.isEmpty()) {
        m_actorsMatchingText = idsWhoseNameContains(m_annotations->actorNames(), folded);
        m_tagsMatchingText = idsWhoseNameContains(m_annotations->tagNamesById(), folded);
    }
    refilter();
}

void AnnotationFilterModel::clearFilters()
{
    m_kind.reset();
    m_actor = m_tag = m_set = m_article = QUuid();
    m_foldedText.clear();
    refilter();
}

QList<QUuid> AnnotationFilterModel::visibleIds() const
{
    QList<QUuid> ids;
    ids.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        ids.append(m_annotations->annotationAt(mapToSource(index(row, 0)).row()).id);
    return ids;
}

void AnnotationFilterModel::refilter()
{
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_annotations)
        return true;
    const Annotation &annotation = m_annotations->annotationAt(sourceRow);
    if (m_kind && annotation.kind != *m_kind)
        return false;
    if (!m_actor.isNull() && annotation.actorId != m_actor)
        return false;
    if (!m_tag.isNull() && !annotation.tagIds.contains(m_tag))
        return false;
    if (!m_set.isNull() && annotation.setId != m_set)
        return false;
    if (!m_article.isNull() && annotation.articleId != m_article)
        return false;
    if (m_foldedText.isEmpty())
        return true;
    if (m_annotations->foldedText(sourceRow).contains(m_foldedText))
        return true;
    if (m_actorsMatchingText.contains(annotation.actorId))
        return true;
    for (const QUuid &tag : annotation.tagIds) {
        if (m_tagsMatchingText.contains(tag))
            return true;
    }
    return false;
}

bool AnnotationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_annotations)
        return QSortFilterProxyModel::lessThan(left, right);
    const Annotation &a = m_annotations->annotationAt(left.row());
    const Annotation &b = m_annotations->annotationAt(right.row());
    switch (left.column()) {
    case AnnotationTableModel::KindColumn:
        return a.kind < b.kind;
    case AnnotationTableModel::ModifiedColumn:
        return a.modified < b.modified;
    case AnnotationTableModel::ArticleColumn:
        // Within an article, in reading order.
        if (a.articleId == b.articleId)
            return a.start < b.start;
        break;
    default:
        break;
    }
    return QString::compare(left.data().toString(), right.data().toString(), Qt::CaseInsensitive) <
           0;
}

} // namespace counterpoint::ui

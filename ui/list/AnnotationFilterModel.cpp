#include "AnnotationFilterModel.h"

#include "ui/list/AnnotationTableModel.h"

#include "session/ProjectReadModel.h"

#include <algorithm>

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

void AnnotationFilterModel::setAnchorState(std::optional<AnchorState> state)
{
    m_anchorState = state;
    refilter();
}

void AnnotationFilterModel::setTag(const QUuid &id)
{
    setTag(id, {id});
}

void AnnotationFilterModel::setTag(const QUuid &id, const QSet<QUuid> &tagIds)
{
    m_tag = id;
    m_tagIds = tagIds;
    m_tagIds.insert(id);
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
    m_foldedUtf8 = folded.toUtf8();
    m_actorsMatchingText.clear();
    m_tagsMatchingText.clear();
    if (m_annotations && !folded.isEmpty()) {
        if (const ProjectReadModel *names = m_annotations->readModel()) {
            m_actorsMatchingText = idsWhoseNameContains(names->actorNames(), folded);
            m_tagsMatchingText = idsWhoseNameContains(names->tagNamesById(), folded);
        }
    }
    refilter();
}

void AnnotationFilterModel::clearFilters()
{
    m_kind.reset();
    m_anchorState.reset();
    m_actor = m_tag = m_set = m_article = QUuid();
    m_tagIds.clear();
    m_foldedText.clear();
    m_foldedUtf8.clear();
    refilter();
}

QList<QUuid> AnnotationFilterModel::visibleIds() const
{
    QList<QUuid> ids;
    ids.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        ids.append(m_annotations->rowAt(mapToSource(index(row, 0)).row()).id);
    return ids;
}

void AnnotationFilterModel::refilter()
{
    // All rows at once: one search through the model's text index. Rows the source adds or
    // changes later are matched one by one in filterAcceptsRow().
    m_textMatches = m_annotations && !m_foldedUtf8.isEmpty()
                        ? m_annotations->rowsContaining(m_foldedUtf8)
                        : QBitArray();
    m_refiltering = true;
    // Not invalidateRowsFilter(): it removes and inserts the rows that changed one interval at a
    // time, and a table spends seconds on that when a keystroke changes 100,000 rows. Rebuilding
    // the mapping is one layout change.
    invalidate();
    m_refiltering = false;
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_annotations)
        return true;
    const AnnotationRow &annotation = m_annotations->rowAt(sourceRow);
    if (m_kind && annotation.kind != *m_kind)
        return false;
    if (m_actor == none() ? !annotation.actorId.isNull()
                          : !m_actor.isNull() && annotation.actorId != m_actor)
        return false;
    if (m_tag == none()
            ? !annotation.tagIds.isEmpty()
            : !m_tag.isNull() &&
                  std::none_of(annotation.tagIds.cbegin(), annotation.tagIds.cend(),
                               [this](const QUuid &tag) { return m_tagIds.contains(tag); }))
        return false;
    if (m_anchorState && annotation.anchorState != *m_anchorState)
        return false;
    if (!m_set.isNull() && annotation.setId != m_set)
        return false;
    if (!m_article.isNull() && annotation.articleId != m_article)
        return false;
    if (m_foldedText.isEmpty())
        return true;
    const bool textMatches = m_refiltering && sourceRow < m_textMatches.size()
                                 ? m_textMatches.testBit(sourceRow)
                                 : AnnotationTableModel::rowContains(annotation, m_foldedUtf8);
    if (textMatches)
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
    const AnnotationRow &a = m_annotations->rowAt(left.row());
    const AnnotationRow &b = m_annotations->rowAt(right.row());
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

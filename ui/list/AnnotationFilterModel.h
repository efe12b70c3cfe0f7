#pragma once

#include "domain/Kinds.h"

#include <QBitArray>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>

namespace counterpoint::ui {

class AnnotationTableModel;

// What the annotation list shows: filtered by kind, actor (or none), tag (or untagged), set,
// article, anchor state and free text,
// sorted by any column. Reads the rows' values directly instead of through QVariant, so that
// a keystroke in the filter stays fast on a hundred thousand annotations.
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setKind(std::optional<AnnotationKind> kind);
    // A choice of no actor, or of no tag: the annotations that have none.
    static QUuid none() { return QUuid(0x6e6f6e65, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1); }
    void setActor(const QUuid &id); // null: any; none(): those without an actor
    void setTag(const QUuid &id);   // null: any; none(): the untagged
    // A parent tag (issue 20) takes in its children: the annotations carrying any of tagIds.
    void setTag(const QUuid &id, const QSet<QUuid> &tagIds);
    void setAnchorState(std::optional<AnchorState> state);
    void setAnnotationSet(const QUuid &id);
    void setArticle(const QUuid &id);
    void setText(const QString &text);
    void clearFilters();

    // The ids of the annotations shown, in the order shown (for "export what the list shows").
    QList<QUuid> visibleIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    AnnotationTableModel *m_annotations = nullptr;
    std::optional<AnnotationKind> m_kind;
    std::optional<AnchorState> m_anchorState;
    QUuid m_actor;
    QUuid m_tag;
    QSet<QUuid> m_tagIds; // m_tag and its children
    QUuid m_set;
    QUuid m_article;
    QString m_foldedText;
    QByteArray m_foldedUtf8;
    QBitArray m_textMatches; // by source row, valid while refiltering
    bool m_refiltering = false;
    // Names that match the free text, worked out once per keystroke rather than once per row.
    QSet<QUuid> m_actorsMatchingText;
    QSet<QUuid> m_tagsMatchingText;
};

} // namespace counterpoint::ui

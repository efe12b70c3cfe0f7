#pragma once

#include "domain/Annotation.h"

#include <QAbstractTableModel>
#include <QBitArray>
#include <QColor>
#include <QHash>
#include <QPointer>

namespace counterpoint {
class Project;
class ProjectReadModel;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

// What the list keeps of an annotation: what it shows, filters and sorts on, and no more. Texts
// are UTF-8 and an author's name is shared between rows, so that a hundred thousand rows stay
// small; Project::annotation() gives the whole annotation.
struct AnnotationRow
{
    QUuid id;
    QUuid articleId;
    QUuid setId;
    QUuid actorId;
    QList<QUuid> tagIds;
    QByteArray exact;
    QByteArray comment;
    QString author;
    QDateTime modified;
    int start = 0;
    int end = 0;
    AnnotationKind kind = AnnotationKind::Claim;
    AnchorState anchorState = AnchorState::Exact;

    QString quote() const { return QString::fromUtf8(exact); }
};

// Every annotation of a project, one row each, kept in step with the project's change signals
// (reset() reloads it). Names of actors, tags, sets and articles come from the session's read
// model, so that rows stay small and every view shows the same names.
class AnnotationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        QuoteColumn,
        ActorColumn,
        TagsColumn,
        ArticleColumn,
        SetColumn,
        CommentColumn,
        AnchorColumn,
        AuthorColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ArticleIdRole };

    explicit AnnotationTableModel(QObject *parent = nullptr);

    // Loads every annotation of the session's project and follows its changes; nullptr empties
    // the model.
    void setSession(ProjectSession *session);
    // Loads every annotation anew.
    void reload();
    // Where the names come from; null while no project is open.
    const ProjectReadModel *readModel() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AnnotationRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &id) const { return m_rowById.value(id, -1); }
    QModelIndex indexOf(const QUuid &id, int column = 0) const;

    // The rows whose passage or comment contains the case-folded UTF-8 text: one search through
    // one buffer of every row's folded text.
    QBitArray rowsContaining(const QByteArray &foldedUtf8) const;
    static bool rowContains(const AnnotationRow &row, const QByteArray &foldedUtf8);

    QHash<AnnotationKind, int> countsByKind() const { return m_counts; }

signals:
    void countsChanged();
    // The annotations could not be read: the list is empty rather than out of date.
    void errorOccurred(const QString &message);

private:
    void namesChanged();
    AnnotationRow makeRow(Annotation &&annotation);
    void addRow(const Annotation &annotation);
    void changeRow(const Annotation &annotation);
    void removeRow(const QUuid &id);
    void reindexFrom(int row);
    void buildTextIndex() const;

    // Guarded: a session that goes before the model takes its project and read model with it.
    QPointer<ProjectSession> m_session;
    QPointer<Project> m_project; // the session's
    QPointer<const ProjectReadModel> m_names;
    QList<AnnotationRow> m_rows;
    QHash<QUuid, int> m_rowById;
    QSet<QString> m_authors;
    // Every row's folded text, separated by NUL so that no match spans two rows, and where each
    // row's text starts, and where the last one ends. Made on loading, extended by a new row,
    // made anew on the next search after a row changed or went.
    mutable QByteArray m_foldedTexts;
    mutable QList<int> m_foldedStarts;
    QHash<AnnotationKind, int> m_counts;
};

} // namespace counterpoint::ui

#pragma once

#include "domain/Annotation.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace counterpoint {
class Project;
}

namespace counterpoint::ui {

// Every annotation of a project, one row each, kept in step with the project's change signals.
// Names of actors, tags, sets and articles are looked up here so that rows stay small.
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

    // Loads every annotation of the project and follows its changes; nullptr empties the model.
    void setProject(Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Typed access for the filter and for views that need more than a cell.
    const Annotation &annotationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &id) const { return m_rowById.value(id, -1); }
    QModelIndex indexOf(const QUuid &id, int column = 0) const;

    QString actorName(const QUuid &id) const { return m_actorNames.value(id); }
    QString articleTitle(const QUuid &id) const { return m_articleTitles.value(id); }
    QString setName(const QUuid &id) const { return m_setNames.value(id); }
    QString tagName(const QUuid &id) const { return m_tags.value(id).name; }
    QString tagNames(const Annotation &annotation) const;
    QHash<QUuid, QString> actorNames() const { return m_actorNames; }
    QHash<QUuid, QString> articleTitles() const { return m_articleTitles; }
    QHash<QUuid, QString> setNames() const { return m_setNames; }
    QHash<QUuid, QString> tagNamesById() const;

    // The quote and comment of a row, case-folded once, for free-text filtering.
    const QString &foldedText(int row) const;

    QHash<AnnotationKind, int> countsByKind() const { return m_counts; }

signals:
    void countsChanged();

private:
    struct TagInfo
    {
        QString name;
        QColor color;
    };

    void reload();
    void reloadNames();
    void addRow(const Annotation &annotation);
    void changeRow(const Annotation &annotation);
    void removeRow(const QUuid &id);
    void reindexFrom(int row);

    Project *m_project = nullptr;
    QList<Annotation> m_rows;
    QHash<QUuid, int> m_rowById;
    mutable QList<QString> m_folded; // filled on first use: most sessions never filter by text
    QHash<QUuid, QString> m_actorNames;
    QHash<QUuid, QString> m_articleTitles;
    QHash<QUuid, QString> m_setNames;
    QHash<QUuid, TagInfo> m_tags;
    QHash<AnnotationKind, int> m_counts;
};

} // namespace counterpoint::ui

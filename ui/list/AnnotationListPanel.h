#pragma once

#include "domain/Annotation.h"
#include "domain/Result.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace counterpoint {
class CommandGroup;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

class AnnotationFilterModel;
class AnnotationTableModel;

// The annotation list: a filter bar (kind, actor or none, tag or untagged, set, article, anchor
// state, free text) over a sortable table of every annotation in the project, the count of the
// rows shown, and a bulk edit of the rows chosen (kind, actor, tags, set, delete) in one undo step.
class AnnotationListPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationListPanel(QWidget *parent = nullptr);

    // Shows the session's annotations and follows them; nullptr empties the list.
    void setSession(ProjectSession *session);
    AnnotationTableModel *model() const { return m_model; }
    AnnotationFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *actorFilter() const { return m_actor; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *anchorFilter() const { return m_anchor; }
    QLabel *countLabel() const { return m_count; }
    QString rowCountText() const; // "12 of 40 annotations"
    QAction *editSelectedAction() const { return m_editSelected; }

    // The annotations of the rows chosen, in the order shown.
    QList<QUuid> selectedIds() const;
    // Opens the bulk edit of the rows chosen; its change is one undo step.
    void editSelected();
    // Deletes the rows chosen in one undo step (the caller has asked, if asking is wanted).
    void deleteSelected();

    // Selects the annotation's row, if the filter shows it, without reporting it as activated.
    void selectAnnotation(const QUuid &id);
    // Chooses the rows of these annotations that the filter shows, the first of them current,
    // so that a bulk edit acts on them (a chart's bar or cell chosen in the Charts).
    void selectAnnotations(const QList<QUuid> &ids);
    void focusSearch();

signals:
    void annotationActivated(const QUuid &id); // the user picked a row
    void errorOccurred(const QString &title, const QString &message);

private:
    void refillChoices();
    void applyChoice(QComboBox *box);
    void updateCount();
    void updateActions();
    // The chosen rows' annotations as stored now, with the versions a bulk edit is made on.
    Result<QList<Annotation>> selectedAnnotations() const;
    void perform(std::unique_ptr<CommandGroup> command, const QString &title);

    AnnotationTableModel *m_model = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_set = nullptr;
    QComboBox *m_article = nullptr;
    QComboBox *m_anchor = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_editSelected = nullptr;
    QAction *m_deleteSelected = nullptr;
    QPointer<ProjectSession> m_session;
    bool m_selecting = false;
    int m_modelChanging = 0;
};

} // namespace counterpoint::ui

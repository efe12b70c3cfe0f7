#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

class AnnotationFilterModel;
class AnnotationTableModel;

// The annotation list: a filter bar (kind, actor, tag, set, article, free text) over a sortable
// table of every annotation in the project.
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

    // Selects the annotation's row, if the filter shows it, without reporting it as activated.
    void selectAnnotation(const QUuid &id);
    void focusSearch();

signals:
    void annotationActivated(const QUuid &id); // the user picked a row

private:
    void refillChoices();
    void applyChoice(QComboBox *box);

    AnnotationTableModel *m_model = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_set = nullptr;
    QComboBox *m_article = nullptr;
    bool m_selecting = false;
    int m_modelChanging = 0;
};

} // namespace counterpoint::ui

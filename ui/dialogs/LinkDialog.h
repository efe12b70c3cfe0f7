#pragma once

#include "domain/Relation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableView;

namespace counterpoint {
class Project;
}

namespace counterpoint::ui {

class AnnotationFilterModel;
class AnnotationTableModel;

// Picks the other end of a link: "this annotation rebuts / supports / cites / is the same claim
// as …", searching every annotation of the project, in any article.
class LinkDialog final : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(Project &project, AnnotationTableModel *annotations, const QUuid &from,
               QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *results() const { return m_table; }

signals:
    void linkChosen(const counterpoint::Relation &relation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void accept() override;
    void selectFirstIfNone();
    QUuid chosen() const;

    QUuid m_from;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
};

} // namespace counterpoint::ui

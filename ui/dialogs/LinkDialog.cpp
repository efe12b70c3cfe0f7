#include "LinkDialog.h"

#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationTableModel.h"

#include "log/LogCategories.h"
#include "store/Project.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace counterpoint::ui {

LinkDialog::LinkDialog(Project &project, AnnotationTableModel *annotations, const QUuid &from,
                       QWidget *parent)
    : QDialog(parent)
    , m_from(from)
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_filter(new AnnotationFilterModel(this))
{
    setWindowTitle(tr("Link Annotation"));
    auto source = project.annotation(from);
    if (!source) // the dialog still links; the project reports the failure if it persists
        qCWarning(lcUi) << "Cannot read the annotation to link from:" << source.errorMessage();
    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setText(source ? tr("“%1”").arg(source->quote.exact.simplified()) : QString());

    for (RelationKind kind : allRelationKinds())
        m_kind->addItem(displayName(kind), int(kind));
    // The usual link follows from the kinds: a counterclaim rebuts, a source supports.
    if (source && source->kind == AnnotationKind::Source)
        m_kind->setCurrentIndex(m_kind->findData(int(RelationKind::Supports)));

    m_filter->setSourceModel(annotations);
    m_search->setPlaceholderText(tr("Find the other passage…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setText);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column = AnnotationTableModel::TagsColumn; column < AnnotationTableModel::ColumnCount;
         ++column) {
        if (column != AnnotationTableModel::ArticleColumn)
            m_table->hideColumn(column);
    }
    m_table->setColumnWidth(AnnotationTableModel::QuoteColumn, 360);
    connect(m_table, &QTableView::doubleClicked, this, &LinkDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isNull() && chosen() != m_from);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateOk);
    updateOk();

    auto *form = new QFormLayout;
    form->addRow(tr("This passage:"), what);
    form->addRow(tr("&Relation:"), m_kind);
    form->addRow(tr("&To:"), m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    // From the search field the arrow keys go through the results; entering the results with
    // Tab selects the first row, so that the next Down goes to the second (issue 20, defect 14).
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
    m_search->setFocus();
}

bool LinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::FocusIn) {
        selectFirstIfNone();
    } else if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            if (m_table->selectionModel()->selectedRows().isEmpty())
                selectFirstIfNone(); // the first Down lands on the first result
            else
                QCoreApplication::sendEvent(m_table, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LinkDialog::selectFirstIfNone()
{
    if (!m_table->selectionModel()->selectedRows().isEmpty() || m_filter->rowCount() == 0)
        return;
    const QModelIndex first = m_filter->index(0, AnnotationTableModel::QuoteColumn);
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

QUuid LinkDialog::chosen() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QUuid() : rows.first().data(AnnotationTableModel::IdRole).toUuid();
}

void LinkDialog::accept()
{
    const QUuid to = chosen();
    if (to.isNull() || to == m_from)
        return;
    Relation relation;
    relation.fromId = m_from;
    relation.toId = to;
    relation.kind = RelationKind(m_kind->currentData().toInt());
    emit linkChosen(relation);
    QDialog::accept();
}

} // namespace counterpoint::ui

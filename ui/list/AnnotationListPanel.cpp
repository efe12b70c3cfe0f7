#include "AnnotationListPanel.h"

#include "ui/common/KindStyle.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationTableModel.h"

#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

QComboBox *filterBox(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    box->setToolTip(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

// Refills a filter choice with "All …" and the named items, keeping the current choice.
void fillChoices(QComboBox *box, const QString &all, const QHash<QUuid, QString> &names)
{
    const QUuid current = box->currentData().toUuid();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QUuid());
    QList<QPair<QString, QUuid>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : std::as_const(sorted))
        box->addItem(name, id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

AnnotationListPanel::AnnotationListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationTableModel(this))
    , m_filter(new AnnotationFilterModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kind(filterBox(this, tr("Kind")))
    , m_actor(filterBox(this, tr("Actor")))
    , m_tag(filterBox(this, tr("Tag")))
    , m_set(filterBox(this, tr("Annotation set")))
    , m_article(filterBox(this, tr("Article")))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Filter passages, comments, actors, tags…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter text"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setText);

    m_kind->addItem(tr("All kinds"));
    for (AnnotationKind kind : allAnnotationKinds())
        m_kind->addItem(KindStyle::icon(kind), displayName(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKind(kind.isValid() ? std::optional(AnnotationKind(kind.toInt()))
                                         : std::nullopt);
    });
    for (QComboBox *box : {m_actor, m_tag, m_set, m_article})
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] { applyChoice(box); });

    // When rows come and go the table moves its current row by itself; that is not the user
    // picking an annotation, and must not send the reader to another passage. Holding starts
    // before the table's selection model hears of a change and ends after it has, so the
    // connections are made on either side of setModel().
    auto hold = [this] { ++m_modelChanging; };
    auto release = [this] { --m_modelChanging; };
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, hold);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    m_table->setModel(m_filter);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, release);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, release);
    connect(m_filter, &QAbstractItemModel::modelReset, this, release);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the project's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(AnnotationTableModel::KindColumn, 130);
    m_table->setColumnWidth(AnnotationTableModel::QuoteColumn, 380);
    m_table->setColumnWidth(AnnotationTableModel::ActorColumn, 120);
    m_table->setColumnWidth(AnnotationTableModel::TagsColumn, 150);
    m_table->setColumnWidth(AnnotationTableModel::ArticleColumn, 220);
    m_table->setAccessibleName(tr("Annotations"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && m_modelChanging == 0 && current.isValid())
                    emit annotationActivated(current.data(AnnotationTableModel::IdRole).toUuid());
            });
    // A click on the row that is already current still goes to its passage again.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit annotationActivated(index.data(AnnotationTableModel::IdRole).toUuid());
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (QComboBox *box : {m_kind, m_actor, m_tag, m_set, m_article})
        filters->addWidget(box, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    // Tab goes from the filters to the rows they filter, and the rows show when they have the
    // focus (issue 20, defect 2).
    QWidget *previous = m_search;
    for (QWidget *next :
         std::initializer_list<QWidget *>{m_kind, m_actor, m_tag, m_set, m_article, m_table})
        setTabOrder(std::exchange(previous, next), next);
    m_table->setStyleSheet(
        QStringLiteral("QTableView:focus { border: 1px solid palette(highlight); }"));

    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationListPanel::refillChoices);

    refillChoices();
}

void AnnotationListPanel::setSession(ProjectSession *session)
{
    // The model first: the choices are refilled from its names once it has reloaded.
    m_model->setSession(session);
    if (session)
        connect(&session->readModel(), &ProjectReadModel::namesChanged, this,
                &AnnotationListPanel::refillChoices);
    else
        refillChoices();
}

void AnnotationListPanel::refillChoices()
{
    const ProjectReadModel *names = m_model->readModel();
    fillChoices(m_actor, tr("All actors"), names ? names->actorNames() : QHash<QUuid, QString>());
    fillChoices(m_tag, tr("All tags"), names ? names->tagNamesById() : QHash<QUuid, QString>());
    fillChoices(m_set, tr("All sets"), names ? names->setNames() : QHash<QUuid, QString>());
    fillChoices(m_article, tr("All articles"),
                names ? names->articleTitles() : QHash<QUuid, QString>());
}

void AnnotationListPanel::applyChoice(QComboBox *box)
{
    const QUuid id = box->currentData().toUuid();
    if (box == m_actor)
        m_filter->setActor(id);
    else if (box == m_tag)
        m_filter->setTag(id);
    else if (box == m_set)
        m_filter->setAnnotationSet(id);
    else if (box == m_article)
        m_filter->setArticle(id);
}

void AnnotationListPanel::selectAnnotation(const QUuid &id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
    m_selecting = true;
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        // The current row too: a deleted current row would otherwise hand the selection to
        // its neighbour while the inspector shows nothing (issue 20, defect 16).
        m_table->selectionModel()->clear();
    }
    m_selecting = false;
}

void AnnotationListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace counterpoint::ui

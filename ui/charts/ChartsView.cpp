#include "ChartsView.h"

#include "domain/ShortQuote.h"
#include "ui/common/KindStyle.h"
#include "ui/dialogs/FileFolders.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationTableModel.h"

#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QAction>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QSaveFile>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <optional>

namespace counterpoint::ui {

// The chart's drawing surface: reports a click (a press and release in one place), the cell
// under the pointer as a tooltip, and the keys it does not handle itself.
class ChartCanvas final : public QChartView
{
public:
    explicit ChartCanvas(QWidget *parent)
        : QChartView(parent)
    {
        setMouseTracking(true);
        setRubberBand(QChartView::NoRubberBand);
    }

    std::function<void(const QPointF &)> clicked;  // in the chart's coordinates
    std::function<QString(const QPointF &)> tipAt; // what is under the pointer
    std::function<bool(QKeyEvent *)> keyPressed;

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressedAt = event->position().toPoint();
        QChartView::mousePressEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QChartView::mouseReleaseEvent(event);
        const QPoint at = event->position().toPoint();
        if (event->button() == Qt::LeftButton && m_pressedAt &&
            (at - *m_pressedAt).manhattanLength() < 6 && clicked && chart())
            clicked(chart()->mapFromScene(mapToScene(at)));
        m_pressedAt.reset();
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        if (!tipAt || !chart())
            return;
        const QString tip = tipAt(chart()->mapFromScene(mapToScene(event->position().toPoint())));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (keyPressed && keyPressed(event))
            return;
        QChartView::keyPressEvent(event);
    }

private:
    std::optional<QPoint> m_pressedAt;
};

namespace {

Status writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error{Error::Code::Io, ChartsView::tr("Cannot write the chart to “%1”: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return success();
}

} // namespace

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_canvas(new ChartCanvas(this))
    , m_selectionTitle(new QLabel(this))
    , m_selection(new QListWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("chartsView"));
    for (StoryChart::Type type : StoryChart::types())
        m_chooser->addItem(StoryChart::title(type), int(type));
    m_chooser->setObjectName(QStringLiteral("chartChooser"));
    m_chooser->setAccessibleName(tr("Chart"));
    m_chooser->setToolTip(tr("Which chart to show"));
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        scheduleRefresh();
    });

    m_canvas->setObjectName(QStringLiteral("chartCanvas"));
    m_canvas->setAccessibleName(tr("Chart"));
    m_canvas->setAccessibleDescription(
        tr("Arrow keys go from bar to bar, cell to cell or point to point; Enter lists the "
           "annotations of the one reached"));
    m_canvas->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_canvas->setFocusPolicy(Qt::StrongFocus);
    m_canvas->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_canvas->clicked = [this](const QPointF &position) {
        if (!m_story)
            return;
        const int cell = m_story->cellAt(position);
        if (cell >= 0) {
            m_story->setCurrentCell(cell);
            chooseCell(cell);
        }
    };
    m_canvas->tipAt = [this](const QPointF &position) {
        const int cell = m_story ? m_story->cellAt(position) : -1;
        return m_story ? m_story->describe(cell) : QString();
    };
    m_canvas->keyPressed = [this](QKeyEvent *event) { return keyPressed(event); };

    m_selectionTitle->setWordWrap(true);
    m_selectionTitle->setTextFormat(Qt::PlainText);
    m_selectionTitle->setBuddy(m_selection);
    m_selection->setObjectName(QStringLiteral("chartSelection"));
    m_selection->setAccessibleName(tr("Annotations of the chosen part of the chart"));
    m_selection->setUniformItemSizes(true);
    m_selection->setTextElideMode(Qt::ElideRight);
    m_selection->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elided, the tooltip whole
    connect(m_selection, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit annotationActivated(item->data(Qt::UserRole).toUuid());
    });
    connect(m_selection, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit annotationSelected(item->data(Qt::UserRole).toUuid());
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChartsView::refreshNow);

    m_followFilter = new QAction(tr("&Follow the List's Filter"), this);
    m_followFilter->setCheckable(true);
    m_followFilter->setChecked(true);
    m_followFilter->setToolTip(
        tr("Count only the annotations the annotation list shows, as its filter changes"));
    connect(m_followFilter, &QAction::toggled, this, [this] {
        m_stale = true;
        scheduleRefresh();
    });
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                           tr("&Export Chart…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save the chart as an SVG or PNG image (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    connect(m_export, &QAction::triggered, this, &ChartsView::chooseExport);
    addAction(m_export);
    m_canvas->addActions({m_followFilter, m_export});

    auto *toolBar = new QToolBar(tr("Charts"), this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("C&hart:"), toolBar);
    label->setBuddy(m_chooser);
    label->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(label);
    toolBar->addWidget(m_chooser);
    toolBar->addSeparator();
    toolBar->addAction(m_followFilter);
    toolBar->addSeparator();
    toolBar->addAction(m_export);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 4, 4, 4);
    sideLayout->addWidget(m_selectionTitle);
    sideLayout->addWidget(m_selection, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_canvas);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    side->setMinimumWidth(fontMetrics().averageCharWidth() * 28);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_chooser);
    setTabOrder(m_chooser, m_canvas);
    setTabOrder(m_canvas, m_selection);

    m_export->setEnabled(false);
    m_selectionTitle->setText(tr("Click a bar, a cell or a point (or reach it with the arrow "
                                 "keys and press Enter) to list its annotations here."));
}

ChartsView::~ChartsView() = default;

QChartView *ChartsView::canvas() const
{
    return m_canvas;
}

void ChartsView::setSession(ProjectSession *session, AnnotationTableModel *annotations,
                            AnnotationFilterModel *filter)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    if (m_session)
        disconnect(&m_session->readModel(), nullptr, this, nullptr);
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    if (m_annotations)
        disconnect(m_annotations, nullptr, this, nullptr);
    m_session = session;
    m_project = session ? &session->project() : nullptr;
    m_annotations = annotations;
    m_filter = filter;
    if (m_annotations) {
        // The list's model follows the project: its changes are the charts' changes.
        connect(m_annotations, &QAbstractItemModel::modelReset, this, &ChartsView::scheduleRefresh);
        connect(m_annotations, &QAbstractItemModel::layoutChanged, this,
                &ChartsView::scheduleRefresh);
        connect(m_annotations, &QAbstractItemModel::rowsInserted, this,
                &ChartsView::scheduleRefresh);
        connect(m_annotations, &QAbstractItemModel::rowsRemoved, this,
                &ChartsView::scheduleRefresh);
        connect(m_annotations, &QAbstractItemModel::dataChanged, this,
                &ChartsView::scheduleRefresh);
    }
    if (m_session) {
        const ProjectReadModel *names = &m_session->readModel();
        connect(names, &ProjectReadModel::relationsChanged, this, &ChartsView::scheduleRefresh);
        connect(names, &ProjectReadModel::namesChanged, this, &ChartsView::scheduleRefresh);
    }
    if (m_filter) {
        auto filterChanged = [this] {
            if (followsFilter())
                scheduleRefresh();
        };
        connect(m_filter, &QAbstractItemModel::modelReset, this, filterChanged);
        connect(m_filter, &QAbstractItemModel::layoutChanged, this, filterChanged);
        connect(m_filter, &QAbstractItemModel::rowsInserted, this, filterChanged);
        connect(m_filter, &QAbstractItemModel::rowsRemoved, this, filterChanged);
    }
    m_export->setEnabled(m_project != nullptr);
    m_stale = true;
    m_refreshTimer->stop();
    if (isVisible() || !m_project)
        refreshNow();
}

StoryChart::Type ChartsView::chartType() const
{
    return StoryChart::Type(m_chooser->currentData().toInt());
}

void ChartsView::setChartType(StoryChart::Type type)
{
    m_chooser->setCurrentIndex(m_chooser->findData(int(type)));
}

bool ChartsView::followsFilter() const
{
    return m_followFilter->isChecked();
}

void ChartsView::setFollowsFilter(bool follow)
{
    m_followFilter->setChecked(follow);
}

void ChartsView::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void ChartsView::refreshNow()
{
    m_refreshTimer->stop();
    if (m_stale)
        rebuild();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitSplitter();
    if (m_stale)
        m_refreshTimer->start();
}

void ChartsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplitter();
}

void ChartsView::fitSplitter()
{
    // Most of the room for the chart, the list beside it wide enough for a short quote; until
    // the user moves the handle.
    if (m_splitterMoved || width() <= 0)
        return;
    const int side = std::min(width() / 3, fontMetrics().averageCharWidth() * 48);
    const QSignalBlocker blocker(m_splitter);
    m_splitter->setSizes({width() - side, side});
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        scheduleRefresh();
}

analysis::ChartInput ChartsView::input() const
{
    analysis::ChartInput input;
    if (!m_session || !m_annotations)
        return input;
    QSet<QUuid> shown;
    const bool following = followsFilter() && m_filter;
    if (following) {
        const QList<QUuid> visible = m_filter->visibleIds();
        shown = QSet<QUuid>(visible.cbegin(), visible.cend());
    }
    // The list's rows are in memory already, the names and relations in the read model: no
    // query per chart.
    const int rows = m_annotations->rowCount();
    input.annotations.reserve(following ? shown.size() : rows);
    for (int row = 0; row < rows; ++row) {
        const AnnotationRow &r = m_annotations->rowAt(row);
        if (following && !shown.contains(r.id))
            continue;
        input.annotations.append({r.id, r.articleId, r.actorId, r.kind, r.tagIds});
    }
    const ProjectReadModel &names = m_session->readModel();
    input.relations = names.relations();
    input.actors = names.actors();
    input.tags = names.tags();
    for (const ArticleSummary &article : names.articleSummaries())
        input.articles.append({article.id, article.title, article.published});
    return input;
}

void ChartsView::rebuild()
{
    m_stale = false;
    const int previousCell = m_story ? m_story->currentCell() : -1;
    const bool sameType = m_story && m_story->type() == chartType();
    auto next =
        std::make_unique<StoryChart>(chartType(), input(), StoryChart::Look{palette(), font()});
    QChart *old = m_canvas->chart();
    m_canvas->setChart(next->releaseChart());
    m_story = std::move(next);
    delete old;
    // Redrawn for a change elsewhere: the keyboard stays where it was, if that is still there.
    if (sameType && previousCell >= 0 && previousCell < int(m_story->cells().size()))
        QTimer::singleShot(0, m_story.get(), [story = m_story.get(), previousCell] {
            story->setCurrentCell(previousCell);
        });
    if (!sameType) {
        m_chosen.clear();
        m_selection->clear();
        m_selectionTitle->setText(tr("Click a bar, a cell or a point (or reach it with the "
                                     "arrow keys and press Enter) to list its annotations here."));
    }
    ++m_refreshCount;
    emit refreshed();
}

void ChartsView::chooseCell(int index)
{
    if (!m_story || index < 0 || index >= int(m_story->cells().size()))
        return;
    const StoryChart::Cell &cell = m_story->cells().at(index);
    m_chosen = cell.annotations;
    m_selectionTitle->setText(m_story->describe(index));
    const QSignalBlocker blocker(m_selection);
    m_selection->clear();
    const ProjectReadModel *names = m_session ? &m_session->readModel() : nullptr;
    for (const QUuid &id : std::as_const(m_chosen)) {
        const int row = m_annotations ? m_annotations->rowOf(id) : -1;
        auto *item = new QListWidgetItem(m_selection);
        item->setData(Qt::UserRole, id);
        if (row < 0) {
            item->setText(id.toString(QUuid::WithoutBraces));
            continue;
        }
        const AnnotationRow &r = m_annotations->rowAt(row);
        const QString actor = names ? names->actorName(r.actorId) : QString();
        item->setIcon(KindStyle::icon(r.kind));
        item->setText(actor.isEmpty() ? tr("“%1”").arg(shortQuote(r.quote(), 80))
                                      : tr("%1: “%2”").arg(actor, shortQuote(r.quote(), 80)));
        item->setToolTip(
            tr("%1 in “%2”")
                .arg(displayName(r.kind), names ? names->articleTitle(r.articleId) : QString()));
    }
    if (m_selection->count() > 0)
        m_selection->setCurrentRow(0);
    emit annotationsChosen(m_chosen);
    if (!m_chosen.isEmpty())
        emit annotationSelected(m_chosen.first());
}

bool ChartsView::keyPressed(QKeyEvent *event)
{
    if (!m_story)
        return false;
    auto move = [this](int dx, int dy) {
        const int cell = m_story->cellToward(dx, dy);
        m_story->setCurrentCell(cell);
        if (cell >= 0) {
            const QRectF rect = m_story->cellRect(cell);
            QToolTip::showText(m_canvas->mapToGlobal(m_canvas->mapFromScene(
                                   m_story->chart()->mapToScene(rect.bottomRight()))),
                               m_story->describe(cell), m_canvas);
        }
        return true;
    };
    switch (event->key()) {
    case Qt::Key_Left:
        return move(-1, 0);
    case Qt::Key_Right:
        return move(1, 0);
    case Qt::Key_Up:
        return move(0, -1);
    case Qt::Key_Down:
        return move(0, 1);
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        chooseCell(m_story->currentCell());
        return true;
    default:
        return false;
    }
}

QSizeF ChartsView::exportSize() const
{
    // What is on screen, or a size to read it at when the dock is small or closed.
    const QSizeF shown = m_canvas->chart() ? m_canvas->chart()->size() : QSizeF();
    if (shown.width() >= 640 && shown.height() >= 400)
        return shown;
    return QSizeF(1200, 750);
}

void ChartsView::paintChart(QPainter *painter, const QRectF &target)
{
    QChart *chart = m_canvas->chart();
    const int current = m_story->currentCell();
    m_story->setCurrentCell(-1); // an export shows the chart, not the keyboard's place on it
    const QSizeF shown = chart->size();
    const QSizeF size = target.size();
    if (shown != size) {
        chart->resize(size);
        StoryChart::layOutNow(chart);
    }
    chart->scene()->render(painter, target, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    if (shown != size) {
        chart->resize(shown);
        StoryChart::layOutNow(chart);
    }
    m_story->setCurrentCell(current);
}

Status ChartsView::exportSvg(const QString &path)
{
    refreshNow();
    if (!m_story)
        return Error{Error::Code::Io, tr("There is no chart to export.")};
    const QSizeF size = exportSize();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(96);
        generator.setTitle(StoryChart::title(chartType()));
        if (m_project)
            generator.setDescription(
                tr("%1 of %2").arg(StoryChart::title(chartType()), m_project->name()));
        QPainter painter;
        if (!painter.begin(&generator))
            return Error{Error::Code::Io, tr("Cannot draw the chart as SVG.")};
        paintChart(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
    }
    return writeAtomically(path, buffer.data());
}

Status ChartsView::exportPng(const QString &path)
{
    refreshNow();
    if (!m_story)
        return Error{Error::Code::Io, tr("There is no chart to export.")};
    constexpr qreal scale = 2; // sharp on high-density screens and in print
    const QSizeF size = exportSize();
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintChart(&painter, QRectF(QPointF(0, 0), size));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error{Error::Code::Io, tr("Cannot encode the chart as PNG.")};
    return writeAtomically(path, buffer.data());
}

void ChartsView::chooseExport()
{
    const QString svgFilter = tr("SVG images (*.svg)");
    const QString pngFilter = tr("PNG images (*.png)");
    QString selected = svgFilter;
    const QString name =
        (m_project ? m_project->name() + u'-' : QString()) + StoryChart::fileName(chartType());
    const QString folder = FileFolders::startFolder(FileFolders::mapImages,
                                                    m_project ? m_project->filePath() : QString());
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                QDir(folder).filePath(name + u".svg"),
                                                svgFilter + u";;" + pngFilter, &selected);
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::mapImages, path);
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"svg" && suffix != u"png") {
        suffix = selected == pngFilter ? QStringLiteral("png") : QStringLiteral("svg");
        path += u'.' + suffix;
    }
    const Status done = suffix == u"png" ? exportPng(path) : exportSvg(path);
    if (!done)
        emit errorOccurred(tr("Cannot export the chart"), done.errorMessage());
}

} // namespace counterpoint::ui

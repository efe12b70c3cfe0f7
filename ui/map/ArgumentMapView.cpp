#include "ArgumentMapView.h"

#include "ui/common/KindStyle.h"
#include "ui/dialogs/FileFolders.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/reader/PaneConnectors.h"

#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace counterpoint::ui {

namespace {

constexpr qreal minZoom = 0.1;
constexpr qreal maxZoom = 4;

// Spacing wide enough for a relation's label in the channels between lanes and layers.
MapSpacing mapSpacing()
{
    MapSpacing spacing;
    spacing.margin = 24;
    spacing.headerHeight = 30;
    spacing.nodeGap = 18;
    spacing.laneGap = 120;
    spacing.layerGap = 84;
    return spacing;
}

// Pixel-sized, so that text keeps its size against the cards on any paint device: the screen,
// a 2× image, an SVG file.
QFont pixelSized(QFont font, qreal scale)
{
    const int pixels = QFontInfo(font).pixelSize();
    font.setPixelSize(std::max(8, int(std::lround(pixels * scale))));
    return font;
}

Status writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error{Error::Code::Io, ArgumentMapView::tr("Cannot write the map to “%1”: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return success();
}

} // namespace

// --- The view ------------------------------------------------------------------------------

ArgumentMapView::ArgumentMapView(QWidget *parent)
    : QWidget(parent)
    , m_scene(new QGraphicsScene(this))
    , m_refreshTimer(new QTimer(this))
{
    m_canvas = new MapCanvas(m_scene, this);
    m_canvas->setObjectName(QStringLiteral("argumentMapCanvas"));
    m_canvas->setAccessibleName(tr("Argument map"));
    m_canvas->setDragMode(QGraphicsView::ScrollHandDrag);
    m_canvas->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_canvas->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_canvas->setFocusPolicy(Qt::StrongFocus);
    m_canvas->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_canvas->clicked = [this](const QPoint &position) {
        if (MapNodeItem *node = nodeAt(position))
            emit annotationActivated(node->annotationId());
    };
    m_canvas->keyPressed = [this](QKeyEvent *event) {
        switch (event->key()) {
        case Qt::Key_Left:
            moveCurrent(-1, 0);
            return true;
        case Qt::Key_Right:
            moveCurrent(1, 0);
            return true;
        case Qt::Key_Up:
            moveCurrent(0, -1);
            return true;
        case Qt::Key_Down:
            moveCurrent(0, 1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_nodes.contains(m_current))
                emit annotationActivated(m_current);
            return true;
        default:
            return false;
        }
    };

    // One layout for a burst of changes: the timer fires once the event loop is free again.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ArgumentMapView::refreshNow);

    m_followFilter = new QAction(tr("&Follow the List's Filter"), this);
    m_followFilter->setCheckable(true);
    m_followFilter->setToolTip(
        tr("Show only the annotations the annotation list shows, as its filter changes"));
    connect(m_followFilter, &QAction::toggled, this, [this] {
        m_stale = true;
        m_fitPending = true;
        scheduleRefresh();
    });

    // The shortcuts work while the map has focus, so they do not take Ctrl+- from the panes.
    auto makeAction = [this](const QString &text, const QString &icon,
                             const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        // The platform's zoom keys may be the ones given already: one of each, or Qt finds
        // them ambiguous.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && !unique.contains(key))
                unique.append(key);
        }
        action->setShortcuts(unique);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        this->addAction(action);
        return action;
    };
    m_zoomIn = makeAction(tr("Zoom &In"), QStringLiteral("zoom-in"),
                          {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn},
                          [this] { zoomBy(1.25); });
    m_zoomOut = makeAction(tr("Zoom &Out"), QStringLiteral("zoom-out"),
                           {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut},
                           [this] { zoomBy(1 / 1.25); });
    m_fit = makeAction(tr("&Fit to View"), QStringLiteral("zoom-fit-best"),
                       {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { fitToView(); });
    m_export = makeAction(tr("&Export Map…"), QStringLiteral("document-export"), {},
                          [this] { chooseExport(); });
    for (QAction *action : {m_zoomIn, m_zoomOut, m_fit}) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
    }

    auto *toolBar = new QToolBar(tr("Argument Map"), this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_followFilter);
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOut);
    toolBar->addAction(m_zoomIn);
    toolBar->addAction(m_fit);
    toolBar->addSeparator();
    toolBar->addAction(m_export);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_canvas->addActions(
        {m_followFilter, separator, m_zoomIn, m_zoomOut, m_fit, separator2, m_export});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_canvas);
    setFocusProxy(m_canvas);

    m_export->setEnabled(false); // until there is a project
    updateStyle();
}

ArgumentMapView::~ArgumentMapView()
{
    // Items point at m_style: let them go while it is still there.
    m_scene->clear();
}

void ArgumentMapView::setSession(ProjectSession *session, AnnotationTableModel *annotations,
                                 AnnotationFilterModel *filter)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    if (m_session)
        disconnect(&m_session->readModel(), nullptr, this, nullptr);
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_session = session;
    m_project = session ? &session->project() : nullptr;
    m_annotations = annotations;
    m_filter = filter;
    m_current = QUuid();
    if (m_project) {
        connect(m_project, &Project::annotationAdded, this, &ArgumentMapView::scheduleRefresh);
        connect(m_project, &Project::annotationChanged, this, &ArgumentMapView::scheduleRefresh);
        connect(m_project, &Project::annotationRemoved, this, &ArgumentMapView::scheduleRefresh);
        connect(m_project, &Project::reset, this, &ArgumentMapView::scheduleRefresh);
        const ProjectReadModel *names = &m_session->readModel();
        connect(names, &ProjectReadModel::relationsChanged, this,
                &ArgumentMapView::scheduleRefresh);
        connect(names, &ProjectReadModel::namesChanged, this, &ArgumentMapView::scheduleRefresh);
    }
    if (m_filter) {
        auto filterChanged = [this] {
            if (!followsFilter())
                return;
            m_fitPending = true; // what the filter leaves is fitted anew
            scheduleRefresh();
        };
        connect(m_filter, &QAbstractItemModel::modelReset, this, filterChanged);
        connect(m_filter, &QAbstractItemModel::layoutChanged, this, filterChanged);
        connect(m_filter, &QAbstractItemModel::rowsInserted, this, filterChanged);
        connect(m_filter, &QAbstractItemModel::rowsRemoved, this, filterChanged);
    }
    m_export->setEnabled(m_project != nullptr);
    m_fitPending = true;
    m_stale = true;
    m_refreshTimer->stop();
    if (isVisible() || !m_project)
        refreshNow(); // an empty map at once when the project goes, whether shown or not
}

QGraphicsView *ArgumentMapView::canvas() const
{
    return m_canvas;
}

bool ArgumentMapView::followsFilter() const
{
    return m_followFilter->isChecked();
}

void ArgumentMapView::setFollowsFilter(bool follow)
{
    m_followFilter->setChecked(follow);
}

QList<MapNodeItem *> ArgumentMapView::nodeItems() const
{
    return m_nodes.values();
}

QList<MapEdgeItem *> ArgumentMapView::edgeItems() const
{
    QList<MapEdgeItem *> edges;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == MapEdgeItem::Type)
            edges.append(static_cast<MapEdgeItem *>(item));
    }
    return edges;
}

void ArgumentMapView::setCurrentAnnotation(const QUuid &id)
{
    if (MapNodeItem *old = m_nodes.value(m_current))
        old->setCurrent(false);
    m_current = id;
    if (MapNodeItem *node = m_nodes.value(id)) {
        node->setCurrent(true);
        m_canvas->ensureVisible(node, 16, 16);
    }
}

void ArgumentMapView::scheduleRefresh()
{
    m_stale = true;
    // A hidden map is laid out when it is shown: a project's edits cost nothing while it is.
    if (isVisible())
        m_refreshTimer->start();
}

void ArgumentMapView::refreshNow()
{
    m_refreshTimer->stop();
    if (m_stale)
        rebuild();
}

void ArgumentMapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshTimer->start();
}

void ArgumentMapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        updateStyle();
        m_stale = true;
        scheduleRefresh();
    }
}

void ArgumentMapView::updateStyle()
{
    m_style.quoteFont = pixelSized(font(), 1.0);
    m_style.smallFont = pixelSized(font(), 0.85);
    m_style.headerFont = pixelSized(font(), 1.1);
    m_style.headerFont.setBold(true);
    m_style.palette = palette();
    m_scene->setBackgroundBrush(m_style.palette.color(QPalette::Base));
}

void ArgumentMapView::rebuild()
{
    m_stale = false;
    m_nodes.clear();
    m_scene->clear();
    if (!m_session || !m_annotations) {
        m_scene->setSceneRect(QRectF());
        ++m_layoutCount;
        emit laidOut();
        return;
    }

    QSet<QUuid> shown;
    const bool following = followsFilter() && m_filter;
    if (following) {
        const QList<QUuid> visible = m_filter->visibleIds();
        shown = QSet<QUuid>(visible.cbegin(), visible.cend());
    }
    // The list's rows hold what the map needs and are in memory already, the read model the
    // names and relations: no query per layout.
    const ProjectReadModel &names = m_session->readModel();
    QList<Annotation> annotations;
    QHash<QUuid, MapNodeItem::Content> contents;
    for (int row = 0; row < m_annotations->rowCount(); ++row) {
        const AnnotationRow &r = m_annotations->rowAt(row);
        if (r.kind == AnnotationKind::Note || (following && !shown.contains(r.id)))
            continue;
        Annotation a;
        a.id = r.id;
        a.articleId = r.articleId;
        a.actorId = r.actorId;
        a.kind = r.kind;
        a.quote.exact = r.quote();
        annotations.append(a);
        contents.insert(r.id, {r.id, r.kind, a.quote.exact, names.articleTitle(r.articleId),
                               names.actorName(r.actorId)});
    }
    const QList<Relation> relations = names.relations();

    const ArgumentMapLayout layout(
        [this](const Annotation &a) { return MapNodeItem::sizeFor(a.quote.exact, m_style); },
        mapSpacing());
    const ArgumentMap map = layout.layout(annotations, relations);

    for (const ArgumentMap::Lane &lane : map.lanes) {
        const QString name =
            lane.actorId.isNull() ? tr("No actor named") : names.actorName(lane.actorId);
        m_scene->addItem(new MapLaneItem(name, lane.rect, &m_style));
    }
    for (auto it = map.nodes.cbegin(); it != map.nodes.cend(); ++it) {
        auto *node = new MapNodeItem(contents.value(it.key()), it.value(), &m_style);
        node->setCurrent(it.key() == m_current);
        m_scene->addItem(node);
        m_nodes.insert(it.key(), node);
    }
    // Routes that share a channel have their labels close together: slide each along its
    // segment to the nearest place clear of cards and of the labels placed before it.
    QList<QRectF> taken;
    for (const QRectF &rect : map.nodes)
        taken.append(rect.adjusted(-4, -4, 4, 4));
    for (const ArgumentMap::Route &route : map.routes) {
        auto *edge = new MapEdgeItem(route, &m_style);
        const QLineF segment = edge->labelSegment();
        const qreal length = segment.length();
        const QPointF unit = length > 0 ? (segment.p2() - segment.p1()) / length : QPointF();
        const QPointF middle = route.labelAnchor;
        const bool clear = [&] {
            for (int step = 0; step < 80; ++step) {
                const qreal offset = (step + 1) / 2 * 6.0 * (step % 2 ? 1 : -1);
                const QPointF center = middle + unit * offset;
                if (QLineF(segment.p1(), center).length() > length ||
                    QLineF(segment.p2(), center).length() > length)
                    continue; // off the segment
                edge->setLabelCenter(center);
                const QRectF label = edge->labelRect().adjusted(-2, -2, 2, 2);
                if (std::none_of(taken.cbegin(), taken.cend(),
                                 [&](const QRectF &r) { return r.intersects(label); }))
                    return true;
            }
            return false;
        }();
        if (!clear)
            edge->setLabelCenter(middle); // crowded all along: at least on its own route
        taken.append(edge->labelRect());
        m_scene->addItem(edge);
    }
    // A little more room than the layout's margin, for the lanes' bands that reach past it.
    m_scene->setSceneRect(map.bounds.adjusted(-16, -16, 16, 16));

    if (m_fitPending && !map.nodes.isEmpty() && m_canvas->isVisible()) {
        m_fitPending = false;
        fitToView();
    }
    ++m_layoutCount;
    emit laidOut();
}

MapNodeItem *ArgumentMapView::nodeAt(const QPoint &viewportPosition) const
{
    for (QGraphicsItem *item : m_canvas->items(viewportPosition)) {
        if (item->type() == MapNodeItem::Type)
            return static_cast<MapNodeItem *>(item);
    }
    return nullptr;
}

void ArgumentMapView::moveCurrent(int dx, int dy)
{
    if (m_nodes.isEmpty())
        return;
    MapNodeItem *from = m_nodes.value(m_current);
    MapNodeItem *best = nullptr;
    if (!from) {
        // No card yet: start at the top left, where the first claim is.
        for (MapNodeItem *node : std::as_const(m_nodes)) {
            const QPointF p = node->boundingRect().topLeft();
            if (!best || p.x() + p.y() < best->boundingRect().left() + best->boundingRect().top())
                best = node;
        }
    } else {
        // The nearest card that way, preferring those straight ahead over those off to a side.
        const QPointF origin = from->boundingRect().center();
        qreal bestScore = 0;
        for (MapNodeItem *node : std::as_const(m_nodes)) {
            const QPointF d = node->boundingRect().center() - origin;
            const qreal ahead = d.x() * dx + d.y() * dy;
            if (node == from || ahead <= 1)
                continue;
            const qreal aside = std::abs(d.x() * dy) + std::abs(d.y() * dx);
            const qreal score = ahead + 2 * aside;
            if (!best || score < bestScore) {
                best = node;
                bestScore = score;
            }
        }
    }
    if (best) {
        setCurrentAnnotation(best->annotationId());
        emit annotationSelected(best->annotationId());
    }
}

qreal ArgumentMapView::zoom() const
{
    return m_canvas->transform().m11();
}

void ArgumentMapView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minZoom, maxZoom);
    m_canvas->scale(target / zoom(), target / zoom());
}

void ArgumentMapView::fitToView()
{
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty())
        return;
    m_canvas->fitInView(bounds, Qt::KeepAspectRatio);
    // Never larger than life: a small map is shown at its own size, not blown up.
    // Nor so small that it cannot be read (a large map in a dock gave 5 px text): below a
    // legible size the map is shown at that size from its top left, and pans.
    const qreal legible = legibleZoom();
    if (zoom() > 1) {
        m_canvas->setTransform(QTransform());
    } else if (zoom() < legible) {
        m_canvas->setTransform(QTransform::fromScale(legible, legible));
        m_canvas->horizontalScrollBar()->setValue(m_canvas->horizontalScrollBar()->minimum());
        m_canvas->verticalScrollBar()->setValue(m_canvas->verticalScrollBar()->minimum());
    }
}

qreal ArgumentMapView::legibleZoom() const
{
    // The relation labels, the smallest text of the map, at 8 pixels at least.
    const int pixels = std::max(1, QFontInfo(m_style.smallFont).pixelSize());
    return std::clamp(8.0 / pixels, minZoom, 1.0);
}

void ArgumentMapView::paintMap(QPainter *painter, const QRectF &target) const
{
    // Not the on-screen highlight of the current card: an export shows the map, not the session.
    MapNodeItem *current = m_nodes.value(m_current);
    if (current)
        current->setCurrent(false);
    m_scene->render(painter, target, m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (current)
        current->setCurrent(true);
}

Status ArgumentMapView::exportSvg(const QString &path)
{
    refreshNow();
    const QRectF bounds = m_scene->sceneRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(bounds.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
        generator.setResolution(96); // CSS pixels: the map's own units, at its size on screen
        generator.setTitle(tr("Argument map"));
        if (m_project)
            generator.setDescription(tr("Argument map of %1").arg(m_project->name()));
        QPainter painter;
        if (!painter.begin(&generator))
            return Error{Error::Code::Io, tr("Cannot draw the map as SVG.")};
        paintMap(&painter, QRectF(QPointF(0, 0), bounds.size()));
        painter.end();
    }
    return writeAtomically(path, buffer.data());
}

Status ArgumentMapView::exportPng(const QString &path)
{
    refreshNow();
    // Twice the map's size, so that it stays sharp on high-density screens and in print.
    constexpr qreal scale = 2;
    const QSizeF size = m_scene->sceneRect().size().expandedTo(QSizeF(1, 1));
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(m_style.palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintMap(&painter, QRectF(QPointF(0, 0), size));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error{Error::Code::Io, tr("Cannot encode the map as PNG.")};
    return writeAtomically(path, buffer.data());
}

void ArgumentMapView::chooseExport()
{
    const QString svgFilter = tr("SVG images (*.svg)");
    const QString pngFilter = tr("PNG images (*.png)");
    QString selected = svgFilter;
    const QString name = m_project ? m_project->name() + tr("-map") : tr("argument-map");
    const QString folder = FileFolders::startFolder(FileFolders::mapImages,
                                                    m_project ? m_project->filePath() : QString());
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Map"), QDir(folder).filePath(name + u".svg"),
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
        emit errorOccurred(tr("Cannot export the map"), done.errorMessage());
}

} // namespace counterpoint::ui

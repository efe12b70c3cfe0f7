#include "StoryChart.h"

#include "ui/common/KindStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace counterpoint::ui {

using namespace analysis;

namespace {

constexpr qreal barWidth = 0.6;
constexpr qreal pointRadius = 7;

// Names as axis labels: short enough to read side by side, and each one different (Qt Charts
// drops a repeated category).
QStringList axisLabels(const QList<ChartCategory> &categories, int length)
{
    QStringList labels;
    for (const ChartCategory &category : categories) {
        QString label = category.name.simplified();
        if (label.isEmpty())
            label = StoryChart::tr("(untitled)");
        if (category.folded > 0)
            label = StoryChart::tr("%1 (%2)").arg(label).arg(category.folded);
        if (label.size() > length)
            label = label.left(length - 1) + u'…';
        QString unique = label;
        for (int n = 2; labels.contains(unique); ++n)
            unique = StoryChart::tr("%1 (%2)").arg(label).arg(n);
        labels.append(unique);
    }
    return labels;
}

QColor mix(const QColor &from, const QColor &to, qreal t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

QColor readableOn(const QColor &fill)
{
    return qGray(fill.rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

// A tick step of 1, 2 or 5 times a power of ten, about a fifth of the largest count.
int niceStep(int largest)
{
    if (largest <= 8)
        return 1;
    const double rough = largest / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough)
            return std::max(1, int(factor * power));
    }
    return std::max(1, int(10 * power));
}

QValueAxis *countAxis(int largest)
{
    auto *axis = new QValueAxis;
    const int step = niceStep(std::max(1, largest));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(std::max(1, largest) / double(step)) * step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    return axis;
}

// Rows or columns as labels in bands around whole numbers, one category each, from the first
// at 0; the grid lines (when shown) between them.
QCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setStartValue(-0.5);
    for (int i = 0; i < int(labels.size()); ++i)
        axis->append(labels.at(i), i + 0.5);
    axis->setRange(-0.5, std::max<qsizetype>(1, labels.size()) - 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace

// The timeline's points, painted in one item: Qt Charts' scatter series makes an item per
// point, which takes seconds for tens of thousands.
class TimelinePointsItem final : public QGraphicsItem
{
public:
    explicit TimelinePointsItem(QGraphicsItem *parent)
        : QGraphicsItem(parent)
    {}

    struct Point
    {
        QPointF center;
        QColor color;
    };
    QList<Point> points;

    void setArea(const QRectF &area)
    {
        prepareGeometryChange();
        m_area = area;
    }

    QRectF boundingRect() const override { return m_area.adjusted(-10, -10, 10, 10); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setClipRect(m_area.adjusted(-pointRadius, -pointRadius, pointRadius, pointRadius));
        // On screen and in a PNG, a stamp drawn once per colour, at most once per pixel; in an
        // SVG, circles.
        const int type = painter->device() ? painter->device()->devType() : 0;
        const bool raster =
            type == QInternal::Image || type == QInternal::Pixmap || type == QInternal::Widget;
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QHash<QRgb, QPixmap> stamps;
        QSet<qint64> drawn;
        QColor current;
        for (const Point &point : std::as_const(points)) {
            if (!raster) {
                if (point.color != current) {
                    current = point.color;
                    painter->setBrush(current);
                    painter->setPen(QPen(current.darker(140), 1));
                }
                painter->drawEllipse(point.center, pointRadius, pointRadius);
                continue;
            }
            const QPoint pixel = point.center.toPoint();
            const qint64 key = (qint64(pixel.x()) << 40) ^ (qint64(pixel.y()) << 16) ^
                               qint64(point.color.rgb() & 0xffff);
            if (drawn.contains(key))
                continue;
            drawn.insert(key);
            auto stamp = stamps.find(point.color.rgb());
            if (stamp == stamps.end())
                stamp = stamps.insert(point.color.rgb(), makeStamp(point.color, ratio));
            painter->drawPixmap(point.center - QPointF(pointRadius + 1, pointRadius + 1), *stamp);
        }
        painter->restore();
    }

    static QPixmap makeStamp(const QColor &color, qreal ratio)
    {
        const qreal side = 2 * pointRadius + 2;
        QPixmap pixmap(QSize(int(std::ceil(side * ratio)), int(std::ceil(side * ratio))));
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(color);
        painter.setPen(QPen(color.darker(140), 1));
        painter.drawEllipse(QPointF(side / 2, side / 2), pointRadius, pointRadius);
        return pixmap;
    }

private:
    QRectF m_area;
};

void StoryChart::layOutNow(QChart *chart)
{
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
}

QList<StoryChart::Type> StoryChart::types()
{
    return {Type::KindsByActor, Type::KindsByArticle, Type::TagPairs,
            Type::Rebuttals,    Type::Support,        Type::Timeline};
}

QString StoryChart::title(Type type)
{
    switch (type) {
    case Type::KindsByActor:
        return tr("Kinds by actor");
    case Type::KindsByArticle:
        return tr("Kinds by article");
    case Type::TagPairs:
        return tr("Tags used together");
    case Type::Rebuttals:
        return tr("Who rebuts whom");
    case Type::Support:
        return tr("Who supports whom");
    case Type::Timeline:
        return tr("Timeline: who said what, when");
    }
    return {};
}

QString StoryChart::fileName(Type type)
{
    switch (type) {
    case Type::KindsByActor:
        return QStringLiteral("kinds-by-actor");
    case Type::KindsByArticle:
        return QStringLiteral("kinds-by-article");
    case Type::TagPairs:
        return QStringLiteral("tags-together");
    case Type::Rebuttals:
        return QStringLiteral("who-rebuts-whom");
    case Type::Support:
        return QStringLiteral("who-supports-whom");
    case Type::Timeline:
        return QStringLiteral("timeline");
    }
    return QStringLiteral("chart");
}

StoryChart::StoryChart(Type type, const ChartInput &input, const Look &look, QObject *parent)
    : QObject(parent)
    , m_type(type)
    , m_look(look)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(title(type));
    switch (type) {
    case Type::KindsByActor:
        makeKindBars(countsByKindAndActor(input, mostColumns), tr("Actor"));
        break;
    case Type::KindsByArticle:
        makeKindBars(countsByKindAndArticle(input, mostColumns), tr("Article"));
        break;
    case Type::TagPairs: {
        const CountMatrix matrix = tagCooccurrence(input, mostTags);
        const QStringList names = axisLabels(matrix.rows(), 40);
        makeHeatMap(
            matrix, KindStyle::color(AnnotationKind::Claim), QString(), QString(),
            [names](int row, int column, int count) {
                if (row == column)
                    return tr("Tagged “%1”: %n annotation(s)", nullptr, count).arg(names.at(row));
                return tr("Tagged both “%1” and “%2”: %n annotation(s)", nullptr, count)
                    .arg(names.at(row), names.at(column));
            });
        if (matrix.leftOut > 0)
            m_note = tr("%n less-used tag(s) left out", nullptr, matrix.leftOut);
        break;
    }
    case Type::Rebuttals:
    case Type::Support: {
        const bool rebuts = type == Type::Rebuttals;
        const CountMatrix matrix =
            actorRelations(input, rebuts ? RelationKind::Rebuts : RelationKind::Supports, mostRows);
        const QStringList names = axisLabels(matrix.rows(), 40);
        makeHeatMap(
            matrix,
            KindStyle::color(rebuts ? AnnotationKind::Counterclaim : AnnotationKind::Source),
            rebuts ? tr("Who rebuts") : tr("Who supports"), rebuts ? tr("Whom") : tr("Whom"),
            [names, rebuts](int row, int column, int count) {
                return (rebuts ? tr("%1 rebuts %2: %n time(s)", nullptr, count)
                               : tr("%1 supports %2: %n time(s)", nullptr, count))
                    .arg(names.at(row), names.at(column));
            });
        break;
    }
    case Type::Timeline:
        makeTimeline(timeline(input, mostRows));
        break;
    }
    styleAxes();
    if (!m_note.isEmpty())
        m_chart->setTitle(tr("%1 — %2").arg(title(type), m_note));

    // The keyboard's place: a line in the text's colour inside one in the background's, which
    // reads on every fill.
    m_halo = new QGraphicsRectItem(m_chart);
    m_halo->setPen(QPen(m_look.palette.color(QPalette::Base), 6));
    m_halo->setZValue(99);
    m_halo->hide();
    m_mark = new QGraphicsRectItem(m_chart);
    m_mark->setPen(QPen(m_look.palette.color(QPalette::Text), 2.5));
    m_mark->setBrush(Qt::NoBrush);
    m_mark->setZValue(100);
    m_mark->hide();
    connect(m_chart, &QChart::plotAreaChanged, this, &StoryChart::placeItems);
}

StoryChart::~StoryChart()
{
    if (m_ownsChart)
        delete m_chart;
}

QChart *StoryChart::releaseChart()
{
    m_ownsChart = false;
    return m_chart;
}

void StoryChart::makeKindBars(const CountMatrix &matrix, const QString &axisTitle)
{
    auto *series = new QStackedBarSeries;
    series->setBarWidth(barWidth);
    QList<int> base(matrix.columnCount(), 0);
    // Names as long as the bars leave room for.
    const int columns = matrix.columnCount();
    const QStringList names = axisLabels(matrix.columns(), columns <= 4   ? 44
                                                           : columns <= 8 ? 30
                                                                          : 22);
    int largest = 0;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        if (matrix.rowTotal(row) == 0)
            continue; // no kind in the legend that no bar has
        const AnnotationKind kind = *matrix.rows().at(row).kind;
        auto *set = new QBarSet(displayName(kind));
        set->setColor(KindStyle::color(kind));
        set->setBorderColor(KindStyle::color(kind).darker(130));
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const int count = matrix.count(row, column);
            set->append(count);
            if (count > 0) {
                Cell cell;
                cell.area = QRectF(column - barWidth / 2, base[column], barWidth, count);
                cell.count = count;
                cell.annotations = matrix.annotations(row, column);
                cell.description = tr("%1 of %2: %n annotation(s)", nullptr, count)
                                       .arg(displayName(kind), names.at(column));
                m_cells.append(cell);
            }
            base[column] += count;
            largest = std::max(largest, base[column]);
        }
        series->append(set);
    }
    // Bar by bar, bottom up: the order the arrow keys go.
    std::stable_sort(m_cells.begin(), m_cells.end(), [](const Cell &a, const Cell &b) {
        return a.area.left() != b.area.left() ? a.area.left() < b.area.left()
                                              : a.area.top() < b.area.top();
    });
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    x->setTitleText(axisTitle);
    if (names.size() > 5)
        x->setLabelsAngle(-35);
    x->setGridLineVisible(false);
    auto *y = countAxis(largest);
    y->setTitleText(tr("Annotations"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    if (matrix.isEmpty())
        m_note = tr("no annotations to count");
}

void StoryChart::makeHeatMap(const CountMatrix &matrix, const QColor &hot, const QString &rowsTitle,
                             const QString &columnsTitle,
                             const std::function<QString(int, int, int)> &describe)
{
    const int rows = matrix.rowCount();
    const int columns = matrix.columnCount();
    // An invisible series spans the grid, so that the axes have a domain to map cells with.
    auto *frame = new QScatterSeries;
    frame->append(-0.5, -0.5);
    frame->append(std::max(1, columns) - 0.5, std::max(1, rows) - 0.5);
    frame->setMarkerSize(0);
    frame->setColor(Qt::transparent);
    frame->setBorderColor(Qt::transparent);
    m_chart->addSeries(frame);
    m_chart->legend()->hide();

    auto *x = categoryAxis(axisLabels(matrix.columns(), 22));
    auto *y = categoryAxis(axisLabels(matrix.rows(), 26));
    y->setReverse(true); // the first row on top, as in a table
    if (columns > 5)
        x->setLabelsAngle(-35);
    x->setTitleText(columnsTitle);
    y->setTitleText(rowsTitle);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    frame->attachAxis(x);
    frame->attachAxis(y);

    const QColor cold = m_look.palette.color(QPalette::Base);
    const QColor empty = m_look.palette.color(QPalette::AlternateBase);
    const QPen gridPen(m_look.palette.color(QPalette::Mid), 1);
    const int largest = std::max(1, matrix.maximum());
    QFont labelFont = m_look.font;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const int count = matrix.count(row, column);
            // From the background to the full colour: the least count visibly coloured.
            const QColor fill = count == 0 ? empty : mix(cold, hot, 0.25 + 0.75 * count / largest);
            auto *rect = new QGraphicsRectItem(m_chart);
            rect->setPen(gridPen);
            rect->setBrush(fill);
            rect->setData(0, row);
            rect->setData(1, column);
            m_heatCells.append(rect);
            auto *label = new QGraphicsSimpleTextItem(QLocale().toString(count), m_chart);
            label->setBrush(count == 0 ? m_look.palette.color(QPalette::PlaceholderText)
                                       : readableOn(fill));
            label->setFont(labelFont);
            m_heatLabels.append(label);
            if (count > 0) {
                Cell cell;
                cell.area = QRectF(column - 0.5, row - 0.5, 1, 1);
                cell.count = count;
                cell.annotations = matrix.annotations(row, column);
                cell.description = describe(row, column, count);
                m_cells.append(cell);
            }
        }
    }
    if (matrix.isEmpty())
        m_note = m_type == Type::TagPairs ? tr("no tagged annotations")
                                          : tr("no relations of this kind");
}

void StoryChart::makeTimeline(const Timeline &timeline)
{
    const QList<AnnotationKind> kinds = timelineKinds();
    const QStringList names = axisLabels(timeline.rows, 26);
    m_rowNames = names;
    // A series per kind for the legend and the axes' domain; the points are painted in one item.
    QList<QScatterSeries *> series;
    for (AnnotationKind kind : kinds) {
        auto *s = new QScatterSeries;
        s->setName(displayName(kind));
        s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        s->setMarkerSize(2 * pointRadius);
        s->setColor(KindStyle::color(kind));
        s->setBorderColor(KindStyle::color(kind).darker(140));
        series.append(s);
    }
    m_points = new TimelinePointsItem(m_chart);
    m_points->setZValue(5);
    // Each kind a little apart within its actor's row, so that a claim and its counterclaim
    // of one day are both seen.
    auto offset = [&kinds](AnnotationKind kind) { return (kinds.indexOf(kind) - 1) * 0.2; };
    const QLocale locale;
    for (const TimelinePoint &p : timeline.points) {
        const qreal x = qreal(p.msecs);
        const qreal y = p.row + offset(p.kind);
        m_points->points.append({QPointF(), KindStyle::color(p.kind)});
        Cell cell;
        cell.area = QRectF(x, y, 0, 0);
        cell.point = true;
        cell.count = int(p.annotations.size());
        cell.annotations = p.annotations;
        cell.row = p.row;
        cell.kind = p.kind;
        m_cells.append(cell);
    }
    auto *x = new QDateTimeAxis;
    x->setTitleText(tr("Article date"));
    const QDate firstDay =
        timeline.first.isValid() ? timeline.first.toLocalTime().date() : QDate::currentDate();
    const QDate lastDay =
        timeline.last.isValid() ? timeline.last.toLocalTime().date() : QDate::currentDate();
    const qint64 days = firstDay.daysTo(lastDay);
    if (days <= 12) {
        // A short story: a tick at each midnight, a day's room on either side.
        const QDate from = firstDay.addDays(-1);
        const QDate to = lastDay.addDays(2);
        x->setRange(from.startOfDay(), to.startOfDay());
        x->setTickCount(int(from.daysTo(to)) + 1);
        x->setFormat(QStringLiteral("d MMM yyyy"));
    } else {
        const qint64 first = timeline.first.toMSecsSinceEpoch();
        const qint64 last = timeline.last.toMSecsSinceEpoch();
        const qint64 pad = (last - first) / 20;
        x->setRange(QDateTime::fromMSecsSinceEpoch(first - pad),
                    QDateTime::fromMSecsSinceEpoch(last + pad));
        x->setTickCount(7);
        x->setFormat(days > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy"));
    }
    auto *y = categoryAxis(names);
    y->setReverse(true);
    y->setGridLineVisible(true); // between the actors' rows
    y->setShadesVisible(true);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : series) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    QStringList notes;
    if (timeline.undated > 0)
        notes.append(
            tr("%n annotation(s) of articles without a date left out", nullptr, timeline.undated));
    if (timeline.isEmpty() && timeline.undated == 0)
        notes.append(tr("no claims, counterclaims or sources to place"));
    m_note = notes.join(u"; ");
    // The cells stay in the points' order (by date, then row): the order the item paints and
    // the arrow keys go.
}

void StoryChart::styleAxes()
{
    const QPalette &palette = m_look.palette;
    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(palette.color(QPalette::Text));
    QFont titleFont = m_look.font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(m_look.font.pointSizeF() * 1.1);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(palette.color(QPalette::Text));
    m_chart->legend()->setFont(m_look.font);
    QFont small = m_look.font;
    small.setPointSizeF(m_look.font.pointSizeF() * 0.9);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsBrush(palette.color(QPalette::Text));
        axis->setTitleFont(m_look.font);
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
        axis->setShadesBrush(palette.color(QPalette::AlternateBase));
        axis->setShadesPen(Qt::NoPen);
    }
    QFont cellFont = small;
    for (QGraphicsSimpleTextItem *label : std::as_const(m_heatLabels))
        label->setFont(cellFont);
}

void StoryChart::placeItems()
{
    QAbstractSeries *series = m_chart->series().isEmpty() ? nullptr : m_chart->series().first();
    if (!series)
        return;
    // The axes are linear: two points give the map from values to the chart's coordinates
    // (for dates, a day apart from the axis' start: a millisecond is too small to measure).
    qreal x0 = 0;
    qreal span = 1;
    if (const auto *dates =
            qobject_cast<const QDateTimeAxis *>(m_chart->axes(Qt::Horizontal).value(0))) {
        x0 = qreal(dates->min().toMSecsSinceEpoch());
        span = 24.0 * 3600 * 1000;
    }
    const QPointF p0 = m_chart->mapToPosition(QPointF(x0, 0), series);
    const QPointF p1 = m_chart->mapToPosition(QPointF(x0 + span, 1), series);
    const qreal sx = (p1.x() - p0.x()) / span;
    m_toPosition = QTransform(sx, 0, 0, p1.y() - p0.y(), p0.x() - sx * x0, p0.y());
    m_mapped = true;

    for (int i = 0; i < int(m_heatCells.size()); ++i) {
        QGraphicsRectItem *rect = m_heatCells.at(i);
        const int row = rect->data(0).toInt();
        const int column = rect->data(1).toInt();
        const QRectF area =
            m_toPosition.mapRect(QRectF(QPointF(column - 0.5, row - 0.5), QSizeF(1, 1)));
        rect->setRect(area);
        QGraphicsSimpleTextItem *label = m_heatLabels.at(i);
        const QRectF text = label->boundingRect();
        label->setVisible(text.width() + 4 < area.width() && text.height() < area.height());
        label->setPos(area.center() - text.center());
    }
    if (m_points) {
        m_points->setArea(m_chart->plotArea());
        for (int i = 0; i < int(m_cells.size()); ++i)
            m_points->points[i].center = m_toPosition.map(m_cells.at(i).area.topLeft());
        m_points->update();
    }
    setCurrentCell(m_current);
}

QString StoryChart::describe(int index) const
{
    if (index < 0 || index >= int(m_cells.size()))
        return {};
    const Cell &cell = m_cells.at(index);
    if (!cell.description.isEmpty() || !cell.point)
        return cell.description;
    // A point of the timeline: made when asked, not for each of tens of thousands.
    const QLocale locale;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(qint64(cell.area.left()));
    const QString when = local.time() == QTime(0, 0)
                             ? locale.toString(local.date(), QLocale::ShortFormat)
                             : locale.toString(local, QLocale::ShortFormat);
    return tr("%1, %2: %n annotation(s), %3", nullptr, cell.count)
        .arg(m_rowNames.value(cell.row), displayName(cell.kind), when);
}

int StoryChart::cellAt(const QPointF &position) const
{
    int best = -1;
    qreal bestDistance = pointRadius + 3;
    for (int i = 0; i < int(m_cells.size()); ++i) {
        const QRectF rect = cellRect(i);
        if (m_cells.at(i).point) {
            const qreal distance = QLineF(rect.center(), position).length();
            if (distance <= bestDistance) {
                best = i;
                bestDistance = distance;
            }
        } else if (rect.contains(position)) {
            return i;
        }
    }
    return best;
}

QRectF StoryChart::cellRect(int index) const
{
    if (index < 0 || index >= int(m_cells.size()) || !m_mapped)
        return {};
    const Cell &cell = m_cells.at(index);
    if (cell.point) {
        const QPointF center = m_toPosition.map(cell.area.topLeft());
        return QRectF(center - QPointF(pointRadius + 2, pointRadius + 2),
                      QSizeF(2 * pointRadius + 4, 2 * pointRadius + 4));
    }
    return m_toPosition.mapRect(cell.area);
}

void StoryChart::setCurrentCell(int index)
{
    m_current = index >= 0 && index < int(m_cells.size()) ? index : -1;
    if (m_current < 0 || !m_mapped) {
        m_mark->hide();
        m_halo->hide();
        return;
    }
    const QRectF rect = cellRect(m_current).adjusted(-2, -2, 2, 2);
    m_halo->setRect(rect);
    m_mark->setRect(rect);
    m_halo->show();
    m_mark->show();
}

int StoryChart::cellToward(int dx, int dy) const
{
    if (m_cells.isEmpty())
        return -1;
    if (m_current < 0)
        return 0;
    // The nearest cell that way, preferring those straight ahead over those off to a side.
    const QPointF origin = cellRect(m_current).center();
    int best = -1;
    qreal bestScore = 0;
    for (int i = 0; i < int(m_cells.size()); ++i) {
        const QPointF d = cellRect(i).center() - origin;
        const qreal ahead = d.x() * dx + d.y() * dy;
        if (i == m_current || ahead <= 1)
            continue;
        const qreal aside = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = ahead + 3 * aside;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best < 0 ? m_current : best;
}

} // namespace counterpoint::ui

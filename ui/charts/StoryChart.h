#pragma once

#include "analysis/StoryCharts.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTransform>
#include <QUuid>

#include <functional>

class QChart;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace counterpoint::ui {

class TimelinePointsItem;

// One chart of the story (issue 16 item 3), drawn with Qt Charts from the counts the core
// makes (analysis/StoryCharts.h), with the places a click or the keyboard picks: each bar's
// part, each cell of a heat map, each point of the timeline, and the annotations it stands for.
class StoryChart final : public QObject
{
    Q_OBJECT

public:
    enum class Type { KindsByActor, KindsByArticle, TagPairs, Rebuttals, Support, Timeline };
    static QList<Type> types();
    static QString title(Type type);    // "Kinds by actor", for the chooser
    static QString fileName(Type type); // "kinds-by-actor", for an export

    // What a click or the keyboard picks: the annotations of a bar's part, a cell, a point.
    struct Cell
    {
        QRectF area;        // in the chart's values; a point's is empty, at the point
        bool point = false; // a point of the timeline: hit within a marker's radius
        int count = 0;      // what the chart counts here (annotations, or relations)
        QList<QUuid> annotations;
        QString description; // empty for a timeline's point: describe() makes it when asked
        int row = 0;
        AnnotationKind kind = AnnotationKind::Claim;
    };

    struct Look
    {
        QPalette palette;
        QFont font;
    };

    // Most columns a bar chart shows, most tags and actors a heat map or timeline shows,
    // before the rest are folded together (or left out, for tags).
    static constexpr int mostColumns = 24;
    static constexpr int mostTags = 30;
    static constexpr int mostRows = 30;

    // Lays the chart out at its size now, not on the next turn of the event loop (before it is
    // painted into an image, say).
    static void layOutNow(QChart *chart);

    StoryChart(Type type, const analysis::ChartInput &input, const Look &look,
               QObject *parent = nullptr);
    ~StoryChart() override;

    Type type() const { return m_type; }
    // The chart; owned by this until releaseChart() hands it on (to a QChartView).
    QChart *chart() const { return m_chart; }
    QChart *releaseChart();

    const QList<Cell> &cells() const { return m_cells; }
    // What a cell stands for, in words: "Counterclaim of Nvidia: 5 annotations".
    QString describe(int index) const;
    // The cell under a position in the chart's own coordinates; -1 if none.
    int cellAt(const QPointF &position) const;
    // Where a cell is drawn, in the chart's coordinates.
    QRectF cellRect(int index) const;
    // What is left out (undated annotations, tags past the most shown); empty if nothing.
    QString note() const { return m_note; }
    bool isEmpty() const { return m_cells.isEmpty(); }

    // The cell marked as current (from the keyboard); -1 for none.
    void setCurrentCell(int index);
    int currentCell() const { return m_current; }
    // The cell nearest the current one in that direction (the first if there is none).
    int cellToward(int dx, int dy) const;

private:
    void makeKindBars(const analysis::CountMatrix &matrix, const QString &axisTitle);
    void makeHeatMap(const analysis::CountMatrix &matrix, const QColor &hot,
                     const QString &rowsTitle, const QString &columnsTitle,
                     const std::function<QString(int, int, int)> &describe);
    void makeTimeline(const analysis::Timeline &timeline);
    void styleAxes();
    void placeItems(); // heat map cells and the current cell's mark, after a layout change

    Type m_type;
    Look m_look;
    QChart *m_chart = nullptr;
    bool m_ownsChart = true;
    QList<Cell> m_cells;
    QString m_note;
    QStringList m_rowNames; // a timeline's, for describe()
    // A heat map's cells are drawn by hand: Qt Charts has none.
    QList<QGraphicsRectItem *> m_heatCells;
    QList<QGraphicsSimpleTextItem *> m_heatLabels;
    TimelinePointsItem *m_points = nullptr; // a timeline's
    QTransform m_toPosition; // values to the chart's coordinates, as the plot area is now
    bool m_mapped = false;
    QGraphicsRectItem *m_halo = nullptr;
    QGraphicsRectItem *m_mark = nullptr;
    int m_current = -1;
};

} // namespace counterpoint::ui

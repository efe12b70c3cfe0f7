#pragma once

#include "analysis/StoryCharts.h"
#include "exchange/common/ExportData.h"

#include <QList>
#include <QString>

namespace counterpoint::exporting {

// The story's charts in the HTML report (issue 16 item 3): the counts of analysis/StoryCharts
// drawn as inline SVG without widgets, so that the command line draws them as the window does.

// What the report's annotations give the charts.
analysis::ChartInput chartInputOf(const ExportData &data);

// The width of the widest charts, in their SVG units (the bars and the timeline).
inline constexpr qreal chartFiguresWidth = 720;

// One drawn chart: a standalone SVG document and the sentence that explains it.
struct ChartFigure
{
    QString title;
    QString svg;
    QString caption;
};

// The charts that have something to show, in the report's order: kinds by actor, the tags used
// together, who rebuts whom, who supports whom and the timeline; empty if none has.
QList<ChartFigure> chartFigures(const analysis::ChartInput &input);

// The same charts as HTML <figure> elements with inline SVG.
QString chartFiguresHtml(const analysis::ChartInput &input);

} // namespace counterpoint::exporting

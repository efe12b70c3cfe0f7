#pragma once

#include "analysis/StoryCharts.h"
#include "exchange/common/ExportData.h"

#include <QString>

namespace counterpoint::exporting {

// The story's charts in the HTML report (issue 16 item 3): the counts of analysis/StoryCharts
// drawn as inline SVG without widgets, so that the command line draws them as the window does.

// What the report's annotations give the charts.
analysis::ChartInput chartInputOf(const ExportData &data);

// <figure> elements, one per chart that has something to show: kinds by actor, the tags used
// together, who rebuts whom, who supports whom and the timeline; empty if none has.
QString chartFiguresHtml(const analysis::ChartInput &input);

} // namespace counterpoint::exporting

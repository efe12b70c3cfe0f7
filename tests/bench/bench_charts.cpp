// Issue 16's benchmark for the charts: each chart of 100,000 annotations (500 articles over a
// year, 60 actors, 40 tags, 40,000 relations) counted by the core and drawn with Qt Charts into
// a 1280×800 image, beside a plain pass over the same annotations (counting them by kind) in
// the same run. The goal: each chart under 300 ms, counting and drawing together. Medians of 5.
#include "ui/charts/StoryChart.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace counterpoint;
using namespace counterpoint::analysis;
using namespace counterpoint::ui;

namespace {

constexpr int annotationCount = 100000;
constexpr int articleCount = 500;
constexpr int actorCount = 60;
constexpr int tagCount = 40;
constexpr int relationCount = 40000;
constexpr int runs = 5;

ChartInput makeInput()
{
    QRandomGenerator random(16);
    ChartInput input;
    const QDate first(2024, 1, 1);
    for (int i = 0; i < articleCount; ++i) {
        // A tenth of the articles give no date.
        const QString date =
            i % 10 == 9 ? QString() : first.addDays(random.bounded(366)).toString(Qt::ISODate);
        input.articles.append({QUuid::createUuid(), QStringLiteral("Article %1").arg(i), date});
    }
    for (int i = 0; i < actorCount; ++i)
        input.actors.append({QUuid::createUuid(), QStringLiteral("Actor %1").arg(i), {}});
    for (int i = 0; i < tagCount; ++i)
        input.tags.append({QUuid::createUuid(), QStringLiteral("tag %1").arg(i), {}});
    const QList<AnnotationKind> kinds = allAnnotationKinds();
    input.annotations.reserve(annotationCount);
    for (int i = 0; i < annotationCount; ++i) {
        ChartAnnotation a;
        a.id = QUuid::createUuid();
        a.articleId = input.articles.at(random.bounded(articleCount)).id;
        // Some actors speak much more than others; one annotation in eight names nobody.
        const int actor =
            int(std::min<quint32>(random.bounded(actorCount), random.bounded(actorCount)));
        a.actorId = random.bounded(8) == 0 ? QUuid() : input.actors.at(actor).id;
        a.kind = kinds.at(random.bounded(int(kinds.size())));
        const int tags = random.bounded(4);
        for (int t = 0; t < tags; ++t) {
            const QUuid tag = input.tags.at(random.bounded(tagCount)).id;
            if (!a.tagIds.contains(tag))
                a.tagIds.append(tag);
        }
        input.annotations.append(a);
    }
    const QList<RelationKind> relationKinds = allRelationKinds();
    for (int i = 0; i < relationCount; ++i) {
        Relation r;
        r.id = QUuid::createUuid();
        r.fromId = input.annotations.at(random.bounded(annotationCount)).id;
        r.toId = input.annotations.at(random.bounded(annotationCount)).id;
        r.kind = relationKinds.at(random.bounded(int(relationKinds.size())));
        input.relations.append(r);
    }
    return input;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

// What the chart's counting costs: the core's function for it, timed on its own.
int aggregate(StoryChart::Type type, const ChartInput &input)
{
    switch (type) {
    case StoryChart::Type::KindsByActor:
        return countsByKindAndActor(input, StoryChart::mostColumns).total();
    case StoryChart::Type::KindsByArticle:
        return countsByKindAndArticle(input, StoryChart::mostColumns).total();
    case StoryChart::Type::TagPairs:
        return tagCooccurrence(input, StoryChart::mostTags).total();
    case StoryChart::Type::Rebuttals:
        return actorRelations(input, RelationKind::Rebuts, StoryChart::mostRows).total();
    case StoryChart::Type::Support:
        return actorRelations(input, RelationKind::Supports, StoryChart::mostRows).total();
    case StoryChart::Type::Timeline:
        return int(timeline(input, StoryChart::mostRows).points.size());
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const ChartInput input = makeInput();
    const StoryChart::Look look{app.palette(), app.font()};

    // The baseline: one plain pass over the annotations, counting them by kind and tag.
    QList<qint64> plain;
    int sink = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QHash<AnnotationKind, int> byKind;
        for (const ChartAnnotation &a : input.annotations) {
            ++byKind[a.kind];
            sink += int(a.tagIds.size());
        }
        sink += byKind.value(AnnotationKind::Claim);
        plain.append(timer.nsecsElapsed());
    }
    const qint64 baseline = std::max<qint64>(1, median(plain));

    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    QStringList lines;
    for (StoryChart::Type type : StoryChart::types()) {
        QList<qint64> counting, whole;
        int cells = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            sink += aggregate(type, input);
            counting.append(timer.nsecsElapsed());

            // Counting again inside the chart, then laying it out and painting it: what the
            // window does when the chart is shown.
            timer.restart();
            QGraphicsScene scene;
            StoryChart story(type, input, look);
            scene.addItem(story.chart());
            story.chart()->resize(image.size());
            StoryChart::layOutNow(story.chart());
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                scene.render(&painter, QRectF(QPointF(0, 0), image.size()),
                             story.chart()->sceneBoundingRect());
            }
            whole.append(timer.nsecsElapsed());
            cells = int(story.cells().size());
            scene.removeItem(story.chart());
        }
        const qint64 total = median(whole);
        lines.append(QStringLiteral("%1: count %2 ms, count and draw %3 ms (%4 parts to click); "
                                    "%5× the plain pass (goal < 300 ms: %6)")
                         .arg(StoryChart::fileName(type))
                         .arg(ms(median(counting)), 0, 'f', 1)
                         .arg(ms(total), 0, 'f', 1)
                         .arg(cells)
                         .arg(double(total) / double(baseline), 0, 'f', 1)
                         .arg(ms(total) < 300 ? QStringLiteral("yes") : QStringLiteral("NO")));
    }
    out << QStringLiteral("%1 annotations, %2 articles, %3 actors, %4 tags, %5 relations "
                          "(checksum %6)\n")
               .arg(annotationCount)
               .arg(articleCount)
               .arg(actorCount)
               .arg(tagCount)
               .arg(relationCount)
               .arg(sink % 1000);
    out << QStringLiteral("plain pass over the annotations (baseline): %1 ms\n")
               .arg(ms(baseline), 0, 'f', 2);
    for (const QString &line : lines)
        out << line << u'\n';
    return 0;
}

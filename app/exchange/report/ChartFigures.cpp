#include "ChartFigures.h"

#include "MapFigure.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace counterpoint::exporting {

using namespace analysis;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

constexpr qreal labelWidth = 170;
constexpr qreal rowHeight = 22;
constexpr qreal chartWidth = chartFiguresWidth;
constexpr int mostBars = 24;
constexpr int mostTags = 20;
constexpr int mostRows = 24;

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qreal value)
{
    return QString::number(value, 'f', 1);
}

QString label(const ChartCategory &category, int length = 26)
{
    QString name = category.name.simplified();
    if (category.folded > 0)
        name = Messages::tr("%1 (%2)").arg(name).arg(category.folded);
    if (name.size() > length)
        name = name.left(length - 1) + u'…';
    return name;
}

QString svgOpen(qreal width, qreal height, const QString &title)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
                          "viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" font-family=\"'DejaVu "
                          "Sans', 'Noto Sans', sans-serif\" font-size=\"11\">\n<title>%3</title>\n")
        .arg(number(width), number(height), xml(title));
}

QString text(qreal x, qreal y, const QString &content, const QString &extra = {})
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\"%3>%4</text>\n")
        .arg(number(x), number(y), extra.isEmpty() ? QString() : u' ' + extra, xml(content));
}

QString rect(const QRectF &r, const QString &fill, const QString &extra = {})
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"%6/>\n")
        .arg(number(r.left()), number(r.top()), number(r.width()), number(r.height()), fill,
             extra.isEmpty() ? QString() : u' ' + extra);
}

QString legend(const QList<AnnotationKind> &kinds, qreal y)
{
    QString svg;
    qreal x = labelWidth;
    for (AnnotationKind kind : kinds) {
        svg += rect(QRectF(x, y - 9, 10, 10), kindColor(kind).name());
        svg += text(x + 14, y, displayName(kind));
        x += 24 + 7 * displayName(kind).size();
    }
    return svg;
}

QString figure(const QString &svg, const QString &caption)
{
    return u"<figure class=\"chart\">\n" + svg + u"<figcaption>" + xml(caption) +
           u"</figcaption>\n</figure>\n";
}

// One horizontal bar per column of the matrix, in parts by kind.
QString kindBars(const CountMatrix &m, const QString &title)
{
    if (m.isEmpty())
        return {};
    int largest = 0;
    for (int c = 0; c < m.columnCount(); ++c)
        largest = std::max(largest, m.columnTotal(c));
    const qreal top = 28;
    const qreal height = top + m.columnCount() * rowHeight + 10;
    const qreal scale = (chartWidth - labelWidth - 40) / std::max(1, largest);
    QString svg = svgOpen(chartWidth, height, title);
    QList<AnnotationKind> shownKinds;
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.rowTotal(r) > 0)
            shownKinds.append(*m.rows().at(r).kind);
    }
    svg += legend(shownKinds, 14);
    for (int c = 0; c < m.columnCount(); ++c) {
        const qreal y = top + c * rowHeight;
        svg += text(labelWidth - 6, y + 15, label(m.columns().at(c)),
                    QStringLiteral("text-anchor=\"end\""));
        qreal x = labelWidth;
        for (int r = 0; r < m.rowCount(); ++r) {
            const int count = m.count(r, c);
            if (count == 0)
                continue;
            const AnnotationKind kind = *m.rows().at(r).kind;
            svg += rect(QRectF(x, y + 3, count * scale, rowHeight - 6), kindColor(kind).name(),
                        QStringLiteral("stroke=\"#fff\" stroke-width=\"0.5\""));
            x += count * scale;
        }
        svg += text(x + 4, y + 15, QLocale().toString(m.columnTotal(c)));
    }
    svg += u"</svg>\n";
    return svg;
}

QColor mix(const QColor &hot, qreal t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(1 + (hot.redF() - 1) * t), float(1 + (hot.greenF() - 1) * t),
                            float(1 + (hot.blueF() - 1) * t));
}

QString heatMap(const CountMatrix &m, const QColor &hot, const QString &title)
{
    if (m.isEmpty())
        return {};
    const qreal cell = 30;
    const qreal top = 130; // room for the columns' labels, turned
    const qreal width = labelWidth + m.columnCount() * cell + 130; // the last label, turned
    const qreal height = top + m.rowCount() * cell + 10;
    QString svg = svgOpen(width, height, title);
    for (int c = 0; c < m.columnCount(); ++c) {
        const qreal x = labelWidth + c * cell + cell / 2 + 4;
        svg += QStringLiteral("<text transform=\"translate(%1,%2) rotate(-50)\">%3</text>\n")
                   .arg(number(x), number(top - 6), xml(label(m.columns().at(c), 22)));
    }
    const int largest = std::max(1, m.maximum());
    for (int r = 0; r < m.rowCount(); ++r) {
        const qreal y = top + r * cell;
        svg += text(labelWidth - 6, y + cell / 2 + 4, label(m.rows().at(r)),
                    QStringLiteral("text-anchor=\"end\""));
        for (int c = 0; c < m.columnCount(); ++c) {
            const int count = m.count(r, c);
            const QColor fill =
                count == 0 ? QColor(0xf4, 0xf4, 0xf4) : mix(hot, 0.25 + 0.75 * count / largest);
            svg += rect(QRectF(labelWidth + c * cell, y, cell, cell), fill.name(),
                        QStringLiteral("stroke=\"#ccc\""));
            if (count > 0)
                svg += text(labelWidth + c * cell + cell / 2, y + cell / 2 + 4,
                            QLocale().toString(count),
                            QStringLiteral("text-anchor=\"middle\" fill=\"%1\"")
                                .arg(qGray(fill.rgb()) > 150 ? u"#000" : u"#fff"));
        }
    }
    svg += u"</svg>\n";
    return svg;
}

QString timelineSvg(const Timeline &t, const QString &title)
{
    if (t.isEmpty())
        return {};
    const qreal top = 28;
    const qreal row = 30;
    const qreal plotLeft = labelWidth + 10;
    const qreal plotRight = chartWidth - 20;
    const qreal height = top + t.rows.size() * row + 34;
    // A day's room on either side, or a twentieth of the time shown.
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 pad =
        std::max(day / 2, (t.last.toMSecsSinceEpoch() - t.first.toMSecsSinceEpoch()) / 20);
    const qint64 first = t.first.toMSecsSinceEpoch() - pad;
    const qint64 last = t.last.toMSecsSinceEpoch() + pad;
    const qint64 span = std::max<qint64>(1, last - first);
    auto xOf = [&](qint64 msecs) {
        return plotLeft + (plotRight - plotLeft) * double(msecs - first) / double(span);
    };
    QString svg = svgOpen(chartWidth, height, title);
    svg += legend(timelineKinds(), 14);
    for (int r = 0; r < int(t.rows.size()); ++r) {
        const qreal y = top + r * row + row / 2;
        if (r % 2 == 1)
            svg += rect(QRectF(plotLeft, top + r * row, plotRight - plotLeft, row),
                        QStringLiteral("#f4f4f4"));
        svg +=
            text(labelWidth - 6, y + 4, label(t.rows.at(r)), QStringLiteral("text-anchor=\"end\""));
    }
    const QList<AnnotationKind> kinds = timelineKinds();
    for (const TimelinePoint &p : t.points) {
        const qreal y = top + p.row * row + row / 2 + (kinds.indexOf(p.kind) - 1) * 7;
        const qreal radius = 3 + std::min(6.0, std::sqrt(double(p.annotations.size())) * 1.5);
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" "
                              "fill-opacity=\"0.85\"><title>%5</title></circle>\n")
                   .arg(number(xOf(p.msecs)), number(y), number(radius), kindColor(p.kind).name(),
                        xml(Messages::tr("%1, %2: %3")
                                .arg(label(t.rows.at(p.row)), displayName(p.kind))
                                .arg(p.annotations.size())));
    }
    const qreal axis = top + t.rows.size() * row + 6;
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\"/>\n")
               .arg(number(plotLeft), number(axis), number(plotRight));
    // A tick at each date a point has, as long as they do not crowd: at most eight.
    const QLocale locale;
    QList<QDate> dates;
    for (const TimelinePoint &p : t.points) {
        const QDate date = p.when.toLocalTime().date();
        if (!dates.contains(date))
            dates.append(date);
    }
    if (dates.size() > 8) {
        const QDate from = dates.first();
        const qint64 days = from.daysTo(dates.last());
        dates.clear();
        for (int i = 0; i <= 6; ++i)
            dates.append(from.addDays(days * i / 6));
    }
    for (const QDate &date : dates) {
        const qreal x = xOf(date.startOfDay().toMSecsSinceEpoch());
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#888\"/>\n")
                   .arg(number(x), number(axis), number(axis + 4));
        svg += text(x, axis + 16, locale.toString(date, QLocale::ShortFormat),
                    QStringLiteral("text-anchor=\"middle\""));
    }
    svg += u"</svg>\n";
    return svg;
}

} // namespace

ChartInput chartInputOf(const ExportData &data)
{
    ChartInput input;
    input.annotations.reserve(data.annotations.size());
    for (const Annotation &a : data.annotations)
        input.annotations.append({a.id, a.articleId, a.actorId, a.kind, a.tagIds});
    input.relations = data.relations;
    input.actors = data.actors.values();
    input.tags = data.tags.values();
    for (const Article &article : data.articles)
        input.articles.append({article.id, article.title, article.published});
    return input;
}

QList<ChartFigure> chartFigures(const ChartInput &input)
{
    QList<ChartFigure> figures;
    const auto add = [&figures](const QString &title, const QString &svg, const QString &caption) {
        if (!svg.isEmpty())
            figures.append({title, svg, caption});
    };
    const QString byActorTitle = Messages::tr("Annotations by kind and actor");
    add(byActorTitle, kindBars(countsByKindAndActor(input, mostBars), byActorTitle),
        Messages::tr("Annotations by kind and actor: who says how much."));
    const CountMatrix tags = tagCooccurrence(input, mostTags);
    const QString tagsTitle = Messages::tr("Tags used together");
    add(tagsTitle, heatMap(tags, kindColor(AnnotationKind::Claim), tagsTitle),
        tags.leftOut > 0 ? Messages::tr("Tags used together: how many annotations carry both "
                                        "tags (the diagonal: each tag alone); %1 less-used "
                                        "tags left out.")
                               .arg(tags.leftOut)
                         : Messages::tr("Tags used together: how many annotations carry both "
                                        "tags (the diagonal: each tag alone)."));
    const QString rebutsTitle = Messages::tr("Who rebuts whom");
    add(rebutsTitle,
        heatMap(actorRelations(input, RelationKind::Rebuts),
                kindColor(AnnotationKind::Counterclaim), rebutsTitle),
        Messages::tr("Who rebuts whom: the rows rebut the columns, so many times."));
    const QString supportsTitle = Messages::tr("Who supports whom");
    add(supportsTitle,
        heatMap(actorRelations(input, RelationKind::Supports), kindColor(AnnotationKind::Source),
                supportsTitle),
        Messages::tr("Who supports whom: the rows support the columns, so many times."));
    const Timeline t = timeline(input, mostRows);
    const QString timelineTitle = Messages::tr("Timeline");
    add(timelineTitle, timelineSvg(t, timelineTitle),
        t.undated > 0 ? Messages::tr("Who said what, when: claims, counterclaims and "
                                     "sources by their article's date; %n "
                                     "annotation(s) of articles without a date left "
                                     "out.",
                                     nullptr, t.undated)
                      : Messages::tr("Who said what, when: claims, counterclaims and "
                                     "sources by their article's date."));
    return figures;
}

QString chartFiguresHtml(const ChartInput &input)
{
    QString html;
    for (const ChartFigure &chart : chartFigures(input))
        html += figure(chart.svg, chart.caption);
    return html;
}

} // namespace counterpoint::exporting

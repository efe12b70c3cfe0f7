#include "StoryCharts.h"

#include "store/Project.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace counterpoint::analysis {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::analysis::StoryCharts)
};

QString noActorName()
{
    return Messages::tr("No actor");
}

int kindIndex(AnnotationKind kind)
{
    return int(allAnnotationKinds().indexOf(kind));
}

QList<ChartCategory> kindRows()
{
    QList<ChartCategory> rows;
    for (AnnotationKind kind : allAnnotationKinds())
        rows.append({QUuid(), kind, displayName(kind), 0});
    return rows;
}

bool nameLess(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

// Something counted by column: an actor, an article; the annotations of each kind.
struct Column
{
    QUuid id;
    QString name;
    int order = 0; // import order, for articles
    QList<QList<QUuid>> byKind;
    int total = 0;
};

// Keeps the most counted columns (in the given order) and folds the others into one, named
// `others`, that goes after them.
CountMatrix kindMatrix(QList<Column> columns, int mostColumns, const QString &others,
                       const std::optional<Column> &last)
{
    QList<Column> kept = columns;
    QList<Column> folded;
    if (mostColumns > 0 && columns.size() > mostColumns) {
        QList<Column> byTotal = columns;
        std::stable_sort(byTotal.begin(), byTotal.end(),
                         [](const Column &a, const Column &b) { return a.total > b.total; });
        QSet<QUuid> keep;
        for (qsizetype i = 0; i < mostColumns; ++i)
            keep.insert(byTotal.at(i).id);
        kept.clear();
        for (const Column &column : columns)
            (keep.contains(column.id) ? kept : folded).append(column);
    }
    QList<ChartCategory> categories;
    for (const Column &column : kept)
        categories.append({column.id, std::nullopt, column.name, 0});
    if (!folded.isEmpty())
        categories.append({QUuid(), std::nullopt, others, int(folded.size())});
    if (last)
        categories.append({QUuid(), std::nullopt, last->name, 0});

    CountMatrix matrix(kindRows(), categories);
    auto add = [&matrix](int column, const Column &from) {
        for (int kind = 0; kind < int(from.byKind.size()); ++kind) {
            for (const QUuid &id : from.byKind.at(kind))
                matrix.add(kind, column, id);
        }
    };
    for (int i = 0; i < int(kept.size()); ++i)
        add(i, kept.at(i));
    for (const Column &column : folded)
        add(int(kept.size()), column);
    if (last)
        add(int(categories.size()) - 1, *last);
    return matrix;
}

Column newColumn(const QUuid &id, const QString &name, int order = 0)
{
    Column column;
    column.id = id;
    column.name = name;
    column.order = order;
    column.byKind.resize(allAnnotationKinds().size());
    return column;
}

} // namespace

// --- Input ---------------------------------------------------------------------------------

ChartInput ChartInput::restrictedTo(const QSet<QUuid> &annotationIds) const
{
    ChartInput restricted;
    restricted.relations = relations;
    restricted.actors = actors;
    restricted.tags = tags;
    restricted.articles = articles;
    restricted.annotations.reserve(annotationIds.size());
    for (const ChartAnnotation &a : annotations) {
        if (annotationIds.contains(a.id))
            restricted.annotations.append(a);
    }
    return restricted;
}

Result<ChartInput> chartInputOf(const Project &project, const QSet<QUuid> &hiddenSets)
{
    ChartInput input;
    auto annotations = project.annotations();
    if (!annotations)
        return annotations.error();
    for (const Annotation &a : *annotations) {
        if (!hiddenSets.contains(a.setId))
            input.annotations.append({a.id, a.articleId, a.actorId, a.kind, a.tagIds});
    }
    auto relations = project.relations();
    if (!relations)
        return relations.error();
    input.relations = *relations;
    auto actors = project.actors();
    if (!actors)
        return actors.error();
    input.actors = *actors;
    auto tags = project.tags();
    if (!tags)
        return tags.error();
    input.tags = *tags;
    auto articles = project.articleSummaries();
    if (!articles)
        return articles.error();
    for (const ArticleSummary &article : *articles)
        input.articles.append({article.id, article.title, article.published});
    return input;
}

// --- The matrix ----------------------------------------------------------------------------

CountMatrix::CountMatrix(QList<ChartCategory> rows, QList<ChartCategory> columns)
    : m_rows(std::move(rows))
    , m_columns(std::move(columns))
{
    m_counts.fill(0, m_rows.size() * m_columns.size());
    m_annotations.resize(m_rows.size() * m_columns.size());
}

int CountMatrix::rowTotal(int row) const
{
    int sum = 0;
    for (int column = 0; column < columnCount(); ++column)
        sum += count(row, column);
    return sum;
}

int CountMatrix::columnTotal(int column) const
{
    int sum = 0;
    for (int row = 0; row < rowCount(); ++row)
        sum += count(row, column);
    return sum;
}

int CountMatrix::total() const
{
    int sum = 0;
    for (int n : m_counts)
        sum += n;
    return sum;
}

int CountMatrix::maximum() const
{
    return m_counts.isEmpty() ? 0 : *std::max_element(m_counts.cbegin(), m_counts.cend());
}

int CountMatrix::rowOf(const QUuid &id) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (!m_rows.at(i).id.isNull() && m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int CountMatrix::columnOf(const QUuid &id) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (!m_columns.at(i).id.isNull() && m_columns.at(i).id == id)
            return i;
    }
    return -1;
}

void CountMatrix::add(int row, int column, const QUuid &annotation)
{
    ++m_counts[index(row, column)];
    m_annotations[index(row, column)].append(annotation);
}

void CountMatrix::addCount(int row, int column, const QList<QUuid> &newAnnotations)
{
    ++m_counts[index(row, column)];
    m_annotations[index(row, column)].append(newAnnotations);
}

// --- The charts ----------------------------------------------------------------------------

CountMatrix countsByKindAndActor(const ChartInput &input, int mostColumns)
{
    QHash<QUuid, QString> names;
    for (const Actor &actor : input.actors)
        names.insert(actor.id, actor.name);
    QHash<QUuid, int> columnOf;
    QList<Column> columns;
    Column noActor = newColumn(QUuid(), noActorName());
    for (const ChartAnnotation &a : input.annotations) {
        Column *column = &noActor;
        if (!a.actorId.isNull()) {
            auto it = columnOf.find(a.actorId);
            if (it == columnOf.end()) {
                it = columnOf.insert(a.actorId, int(columns.size()));
                columns.append(newColumn(a.actorId, names.value(a.actorId)));
            }
            column = &columns[*it];
        }
        column->byKind[kindIndex(a.kind)].append(a.id);
        ++column->total;
    }
    // The most vocal first; as many as each other by name.
    std::sort(columns.begin(), columns.end(), [](const Column &a, const Column &b) {
        return a.total != b.total ? a.total > b.total : nameLess(a.name, b.name);
    });
    return kindMatrix(columns, mostColumns, Messages::tr("Other actors"),
                      noActor.total > 0 ? std::optional<Column>(noActor) : std::nullopt);
}

CountMatrix countsByKindAndArticle(const ChartInput &input, int mostColumns)
{
    QHash<QUuid, int> columnOf;
    QList<Column> columns;
    for (const ChartArticle &article : input.articles) {
        columnOf.insert(article.id, int(columns.size()));
        columns.append(newColumn(article.id, article.title, int(columns.size())));
    }
    for (const ChartAnnotation &a : input.annotations) {
        auto it = columnOf.find(a.articleId);
        if (it == columnOf.end())
            continue; // cannot happen in a project: every annotation has its article
        Column &column = columns[*it];
        column.byKind[kindIndex(a.kind)].append(a.id);
        ++column.total;
    }
    columns.removeIf([](const Column &column) { return column.total == 0; });
    return kindMatrix(columns, mostColumns, Messages::tr("Other articles"), std::nullopt);
}

CountMatrix tagCooccurrence(const ChartInput &input, int mostTags)
{
    QHash<QUuid, int> uses;
    for (const ChartAnnotation &a : input.annotations) {
        for (const QUuid &tag : a.tagIds)
            ++uses[tag];
    }
    QList<Tag> used;
    for (const Tag &tag : input.tags) {
        if (uses.value(tag.id) > 0)
            used.append(tag);
    }
    std::sort(used.begin(), used.end(), [&uses](const Tag &a, const Tag &b) {
        const int ua = uses.value(a.id), ub = uses.value(b.id);
        return ua != ub ? ua > ub : nameLess(a.name, b.name);
    });
    int leftOut = 0;
    if (mostTags > 0 && used.size() > mostTags) {
        leftOut = int(used.size()) - mostTags;
        used.resize(mostTags);
    }
    QList<ChartCategory> categories;
    QHash<QUuid, int> indexOf;
    for (const Tag &tag : used) {
        indexOf.insert(tag.id, int(categories.size()));
        categories.append({tag.id, std::nullopt, tag.name, 0});
    }
    CountMatrix matrix(categories, categories);
    matrix.leftOut = leftOut;
    QList<int> shown;
    for (const ChartAnnotation &a : input.annotations) {
        shown.clear();
        for (const QUuid &tag : a.tagIds) {
            const int i = indexOf.value(tag, -1);
            if (i >= 0 && !shown.contains(i))
                shown.append(i);
        }
        for (int i : shown) {
            for (int j : shown)
                matrix.add(i, j, a.id);
        }
    }
    return matrix;
}

CountMatrix actorRelations(const ChartInput &input, RelationKind kind, int mostActors)
{
    QHash<QUuid, QUuid> actorOf; // annotation → actor, for those in the input
    actorOf.reserve(input.annotations.size());
    for (const ChartAnnotation &a : input.annotations)
        actorOf.insert(a.id, a.actorId);
    QHash<QUuid, QString> names;
    for (const Actor &actor : input.actors)
        names.insert(actor.id, actor.name);

    QList<const Relation *> counted;
    QHash<QUuid, int> involved; // relations each actor is at an end of
    bool noActor = false;
    for (const Relation &r : input.relations) {
        if (r.kind != kind)
            continue;
        const auto from = actorOf.constFind(r.fromId);
        const auto to = actorOf.constFind(r.toId);
        if (from == actorOf.cend() || to == actorOf.cend())
            continue; // an end the input leaves out
        counted.append(&r);
        for (const QUuid &actor : {*from, *to}) {
            if (actor.isNull())
                noActor = true;
            else
                ++involved[actor];
        }
    }
    QList<QUuid> kept = involved.keys();
    QSet<QUuid> folded;
    if (mostActors > 0 && kept.size() > mostActors) {
        std::sort(kept.begin(), kept.end(), [&](const QUuid &a, const QUuid &b) {
            const int na = involved.value(a), nb = involved.value(b);
            return na != nb ? na > nb : nameLess(names.value(a), names.value(b));
        });
        for (qsizetype i = mostActors; i < kept.size(); ++i)
            folded.insert(kept.at(i));
        kept.resize(mostActors);
    }
    QList<ChartCategory> categories;
    for (const QUuid &id : kept)
        categories.append({id, std::nullopt, names.value(id), 0});
    std::sort(
        categories.begin(), categories.end(),
        [](const ChartCategory &a, const ChartCategory &b) { return nameLess(a.name, b.name); });
    QHash<QUuid, int> indexOf;
    for (int i = 0; i < int(categories.size()); ++i)
        indexOf.insert(categories.at(i).id, i);
    int othersIndex = -1;
    if (!folded.isEmpty()) {
        othersIndex = int(categories.size());
        categories.append(
            {QUuid(), std::nullopt, Messages::tr("Other actors"), int(folded.size())});
    }
    int noActorIndex = -1;
    if (noActor) {
        noActorIndex = int(categories.size());
        categories.append({QUuid(), std::nullopt, noActorName(), 0});
    }
    auto indexOfActor = [&](const QUuid &actor) {
        return actor.isNull()           ? noActorIndex
               : folded.contains(actor) ? othersIndex
                                        : indexOf.value(actor);
    };

    CountMatrix matrix(categories, categories);
    QHash<int, QSet<QUuid>> inCell; // each end once in its cell
    for (const Relation *r : counted) {
        const int row = indexOfActor(actorOf.value(r->fromId));
        const int column = indexOfActor(actorOf.value(r->toId));
        QSet<QUuid> &seen = inCell[row * int(categories.size()) + column];
        QList<QUuid> ends;
        for (const QUuid &id : {r->fromId, r->toId}) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ends.append(id);
            }
        }
        matrix.addCount(row, column, ends);
    }
    return matrix;
}

QList<AnnotationKind> timelineKinds()
{
    return {AnnotationKind::Claim, AnnotationKind::Counterclaim, AnnotationKind::Source};
}

QDateTime articleDate(const QString &published)
{
    const QString text = published.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (date.isValid())
            when = date.startOfDay();
    }
    return when;
}

Timeline timeline(const ChartInput &input, int mostRows)
{
    QHash<QUuid, QDateTime> dates;
    QHash<QUuid, qint64> msecs;
    QHash<QUuid, int> articleOrder;
    for (const ChartArticle &article : input.articles) {
        articleOrder.insert(article.id, int(articleOrder.size()));
        const QDateTime when = articleDate(article.published);
        if (when.isValid()) {
            dates.insert(article.id, when);
            msecs.insert(article.id, when.toMSecsSinceEpoch());
        }
    }
    QHash<QUuid, QString> names;
    for (const Actor &actor : input.actors)
        names.insert(actor.id, actor.name);

    Timeline result;
    const QList<AnnotationKind> kinds = timelineKinds();
    QHash<QUuid, int> activity; // dated annotations by actor
    QList<const ChartAnnotation *> placed;
    for (const ChartAnnotation &a : input.annotations) {
        if (!kinds.contains(a.kind))
            continue;
        if (!dates.contains(a.articleId)) {
            ++result.undated;
            continue;
        }
        ++activity[a.actorId];
        placed.append(&a);
    }

    // Rows: the actors by name, the least active folded together, "No actor" last.
    QList<QUuid> named;
    for (auto it = activity.cbegin(); it != activity.cend(); ++it) {
        if (!it.key().isNull())
            named.append(it.key());
    }
    QSet<QUuid> folded;
    if (mostRows > 0 && named.size() > mostRows) {
        std::sort(named.begin(), named.end(), [&](const QUuid &a, const QUuid &b) {
            const int na = activity.value(a), nb = activity.value(b);
            return na != nb ? na > nb : nameLess(names.value(a), names.value(b));
        });
        for (qsizetype i = mostRows; i < named.size(); ++i)
            folded.insert(named.at(i));
        named.resize(mostRows);
    }
    std::sort(named.begin(), named.end(), [&](const QUuid &a, const QUuid &b) {
        return nameLess(names.value(a), names.value(b));
    });
    QHash<QUuid, int> rowOf;
    for (const QUuid &id : named) {
        rowOf.insert(id, int(result.rows.size()));
        result.rows.append({id, std::nullopt, names.value(id), 0});
    }
    int othersRow = -1;
    if (!folded.isEmpty()) {
        othersRow = int(result.rows.size());
        result.rows.append(
            {QUuid(), std::nullopt, Messages::tr("Other actors"), int(folded.size())});
    }
    int noActorRow = -1;
    if (activity.contains(QUuid())) {
        noActorRow = int(result.rows.size());
        result.rows.append({QUuid(), std::nullopt, noActorName(), 0});
    }

    // One point per article, row and kind.
    const qint64 rows = result.rows.size();
    const qint64 kindCount = kinds.size();
    QHash<qint64, int> pointOf;
    for (const ChartAnnotation *a : placed) {
        const int row = a->actorId.isNull()           ? noActorRow
                        : folded.contains(a->actorId) ? othersRow
                                                      : rowOf.value(a->actorId);
        const qint64 key =
            (articleOrder.value(a->articleId) * rows + row) * kindCount + kinds.indexOf(a->kind);
        auto it = pointOf.find(key);
        if (it == pointOf.end()) {
            it = pointOf.insert(key, int(result.points.size()));
            result.points.append({dates.value(a->articleId),
                                  msecs.value(a->articleId),
                                  row,
                                  a->kind,
                                  a->articleId,
                                  {}});
        }
        result.points[*it].annotations.append(a->id);
    }
    // By date, row, kind and article: keys made once, not a date compared per step.
    std::vector<std::pair<std::array<qint64, 4>, int>> keys;
    keys.reserve(result.points.size());
    for (int i = 0; i < int(result.points.size()); ++i) {
        const TimelinePoint &p = result.points.at(i);
        keys.push_back(
            {{p.msecs, p.row, qint64(kinds.indexOf(p.kind)), articleOrder.value(p.articleId)}, i});
    }
    std::sort(keys.begin(), keys.end());
    QList<TimelinePoint> sorted;
    sorted.reserve(result.points.size());
    for (const auto &key : keys)
        sorted.append(std::move(result.points[key.second]));
    result.points = std::move(sorted);
    if (!result.points.isEmpty()) {
        result.first = result.points.first().when;
        result.last = result.points.last().when;
    }
    return result;
}

} // namespace counterpoint::analysis

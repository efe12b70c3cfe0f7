// W3C Web Annotation (JSON-LD): one AnnotationCollection whose single page holds every
// annotation, then one linking annotation per relation. What the model has no term for (actor,
// annotation set, anchor state, the articles themselves) goes under the "cp:" prefix, so another
// client reads the standard part and our importer can restore the rest exactly.
//
// The output is written as a stream, not built as a QJsonDocument: 100,000 annotations as a DOM
// would cost several times the memory and time of the text itself.
#include "ExportData.h"

#include <QCoreApplication>

namespace counterpoint::exporting {

namespace {

void field(Sink &out, const char *name)
{
    out << '"' << QByteArrayView(name) << "\":";
}

void stringField(Sink &out, const char *name, QStringView value)
{
    field(out, name);
    out.jsonString(value);
}

void namedRef(Sink &out, const char *name, const QUuid &id, const QString &label)
{
    field(out, name);
    out << "{\"id\":";
    out.jsonString(urn(id));
    out << ",\"name\":";
    out.jsonString(label);
    out << '}';
}

void creator(Sink &out, const QString &author)
{
    field(out, "creator");
    out << "{\"type\":\"Person\",\"name\":";
    out.jsonString(author);
    out << '}';
}

void writeArticles(const ExportData &data, Sink &out)
{
    field(out, "cp:articles");
    out << '[';
    bool first = true;
    for (const Article &article : data.articles) {
        out << (first ? "\n  {" : ",\n  {");
        first = false;
        stringField(out, "id", urn(article.id));
        out << ',';
        stringField(out, "cp:title", article.title);
        if (!article.url.isEmpty()) {
            out << ',';
            stringField(out, "cp:url", article.url);
        }
        out << ',';
        stringField(out, "cp:publisher", article.publisher);
        out << ',';
        stringField(out, "cp:author", article.author);
        out << ',';
        stringField(out, "cp:published", article.published);
        out << ',';
        stringField(out, "cp:format", toString(article.format));
        out << ',';
        stringField(out, "cp:sourceFileName", article.sourceFileName);
        out << ',';
        stringField(out, "cp:contentHash", article.contentHash);
        out << ',';
        stringField(out, "cp:importedAt", iso(article.importedAt));
        out << ',';
        // The canonical text travels along, so the export can be opened by a colleague whose
        // project does not hold the articles yet.
        stringField(out, "cp:text", article.text);
        out << '}';
    }
    out << "],\n";
}

template<class Item, class Write>
void writeList(Sink &out, const char *name, const QList<QUuid> &ids,
               const QHash<QUuid, Item> &items, Write write)
{
    field(out, name);
    out << '[';
    bool first = true;
    for (const QUuid &id : ids) {
        out << (first ? "{" : ",{");
        first = false;
        const Item &item = items[id];
        stringField(out, "id", urn(item.id));
        out << ',';
        stringField(out, "name", item.name);
        write(item);
        out << '}';
    }
    out << "],\n";
}

void writeAnnotation(const ExportData &data, Sink &out, const Annotation &a, const Article &article,
                     const CodePointMap &offsets)
{
    out << "\n  {";
    stringField(out, "id", urn(a.id));
    out << ",\"type\":\"Annotation\",\"motivation\":\"classifying\",";
    stringField(out, "created", iso(a.created));
    out << ',';
    stringField(out, "modified", iso(a.modified));
    out << ',';
    creator(out, a.author);
    if (const auto set = data.sets.constFind(a.setId); set != data.sets.constEnd()) {
        out << ',';
        namedRef(out, "cp:set", set->id, set->name);
    }
    if (const auto actor = data.actors.constFind(a.actorId); actor != data.actors.constEnd()) {
        out << ',';
        namedRef(out, "cp:actor", actor->id, actor->name);
    }
    out << ',';
    stringField(out, "cp:anchorState", toString(a.anchorState));

    out << ",\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"classifying\",";
    stringField(out, "value", toString(a.kind));
    out << '}';
    for (const QUuid &tagId : a.tagIds) {
        const auto tag = data.tags.constFind(tagId);
        if (tag == data.tags.constEnd())
            continue;
        out << ",{";
        stringField(out, "id", urn(tag->id));
        out << ",\"type\":\"TextualBody\",\"purpose\":\"tagging\",";
        stringField(out, "value", tag->name);
        out << '}';
    }
    if (!a.comment.isEmpty()) {
        out << ",{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"format\":\"text/plain\",";
        stringField(out, "value", a.comment);
        out << '}';
    }
    out << "],\"target\":{\"type\":\"SpecificResource\",";
    stringField(out, "source", ExportData::articleIri(article));
    out << ',';
    stringField(out, "cp:article", urn(article.id));
    out << ",\"selector\":[{\"type\":\"TextQuoteSelector\",";
    stringField(out, "exact", a.quote.exact);
    out << ',';
    stringField(out, "prefix", a.quote.prefix);
    out << ',';
    stringField(out, "suffix", a.quote.suffix);
    // The model counts code points; the app counts UTF-16 units. This is the one place where
    // the two meet on the way out.
    out << "},{\"type\":\"TextPositionSelector\",\"start\":";
    out.jsonNumber(offsets.toCodePoints(a.start));
    out << ",\"end\":";
    out.jsonNumber(offsets.toCodePoints(a.end));
    out << "}]}}";
}

void writeLink(Sink &out, const Relation &r)
{
    out << "\n  {";
    stringField(out, "id", urn(r.id));
    out << ",\"type\":\"Annotation\",\"motivation\":\"linking\",";
    stringField(out, "created", iso(r.created));
    out << ',';
    creator(out, r.author);
    out << ",\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"classifying\",";
    stringField(out, "value", toString(r.kind));
    out << '}';
    if (!r.comment.isEmpty()) {
        out << ",{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"format\":\"text/plain\",";
        stringField(out, "value", r.comment);
        out << '}';
    }
    // Target order carries the direction: the first end links to the second.
    out << "],\"target\":[";
    out.jsonString(urn(r.fromId));
    out << ',';
    out.jsonString(urn(r.toId));
    out << "]}";
}

} // namespace

Status writeJsonLd(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    out << "{\"@context\":[\"http://www.w3.org/ns/anno.jsonld\","
           "{\"cp\":\"https://counterpoint.example.org/ns#\"}],\n";
    stringField(out, "id", urn(QUuid::createUuid()));
    out << ",\"type\":\"AnnotationCollection\",";
    stringField(out, "label", data.projectName);
    out << ",\"generator\":{\"type\":\"Software\",";
    stringField(out, "name", QString(u"Counterpoint " + QCoreApplication::applicationVersion()));
    out << ",\"homepage\":\"https://counterpoint.example.org\"},";
    stringField(out, "generated", iso(QDateTime::currentDateTimeUtc()));
    out << ",\"total\":";
    out.jsonNumber(data.annotations.size() + data.relations.size());
    out << ",\n";

    writeArticles(data, out);
    writeList(out, "cp:sets", data.usedSets, data.sets, [&](const AnnotationSet &set) {
        out << ',';
        stringField(out, "description", set.description);
    });
    writeList(out, "cp:actors", data.usedActors, data.actors, [&](const Actor &actor) {
        out << ',';
        stringField(out, "description", actor.description);
    });
    writeList(out, "cp:tags", data.usedTags, data.tags, [&](const Tag &tag) {
        out << ',';
        stringField(out, "color", tag.color.name());
    });

    out << "\"first\":{\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[";
    ProgressTicker ticker(progress, data.annotations.size());
    const Article *article = nullptr;
    CodePointMap offsets;
    qint64 done = 0;
    bool first = true;
    for (const Annotation &annotation : data.annotations) {
        if (!article || article->id != annotation.articleId) {
            article = data.articleOf(annotation);
            if (!article)
                continue;
            offsets = CodePointMap(article->text);
        }
        if (!first)
            out << ',';
        first = false;
        writeAnnotation(data, out, annotation, *article, offsets);
        if (!ticker.step(++done))
            return cancelled();
    }
    for (const Relation &relation : data.relations) {
        if (!first)
            out << ',';
        first = false;
        writeLink(out, relation);
    }
    out << "\n]}}\n";
    if (!ticker.finish())
        return cancelled();
    return out.flush();
}

} // namespace counterpoint::exporting

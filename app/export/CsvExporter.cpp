// CSV as RFC 4180 describes it: UTF-8 without a byte order mark, CRLF between records, a cell
// quoted when it holds a comma, a quote or a line break. Positions are Unicode code points, as in
// the W3C export, so that both agree and a script's len() counts the same way.
#include "ExportData.h"

namespace counterpoint::exporting {

namespace {

QString inverseName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Rebuts:
        return QStringLiteral("rebutted-by");
    case RelationKind::Supports:
        return QStringLiteral("supported-by");
    case RelationKind::Cites:
        return QStringLiteral("cited-by");
    case RelationKind::SameClaim:
        return QStringLiteral("same-claim");
    }
    return {};
}

// A spreadsheet runs a cell that starts with one of these as a formula (tab, CR and LF can start
// one too after the program strips them): a leading apostrophe makes it text again.
bool needsNeutralising(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

void csvCell(Sink &out, QStringView cell)
{
    QString text;
    if (needsNeutralising(cell))
        text = u'\'' + cell.toString();
    else
        text = cell.toString();
    bool quote = false;
    for (const QChar c : std::as_const(text)) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out << text;
        return;
    }
    text.replace(u'"', QStringLiteral("\"\""));
    out << '"' << text << '"';
}

} // namespace

Status writeCsv(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    out << "id,set,article title,article URL,kind,actor,tags,quote,prefix,suffix,start,end,"
           "comment,created,modified,author,related ids\r\n";

    QMultiHash<QUuid, QString> related;
    for (const Relation &r : data.allRelations) {
        related.insert(r.fromId, toString(r.kind) + u':' + idText(r.toId));
        related.insert(r.toId, inverseName(r.kind) + u':' + idText(r.fromId));
    }

    ProgressTicker ticker(progress, data.annotations.size());
    const Article *article = nullptr;
    CodePointMap offsets;
    qint64 done = 0;
    for (const Annotation &a : data.annotations) {
        if (!article || article->id != a.articleId) {
            article = data.articleOf(a);
            if (!article)
                continue;
            offsets = CodePointMap(article->text);
        }
        QStringList tagNames;
        for (const QUuid &tagId : a.tagIds)
            tagNames.append(data.tags.value(tagId).name);
        QStringList links = related.values(a.id);
        links.sort(); // QMultiHash keeps no useful order; sorted is stable between runs

        out << idText(a.id) << ',';
        csvCell(out, data.sets.value(a.setId).name);
        out << ',';
        csvCell(out, article->title);
        out << ',';
        csvCell(out, article->url);
        out << ',' << toString(a.kind) << ',';
        csvCell(out, data.actors.value(a.actorId).name);
        out << ',';
        csvCell(out, tagNames.join(QStringLiteral("; ")));
        out << ',';
        csvCell(out, a.quote.exact);
        out << ',';
        csvCell(out, a.quote.prefix);
        out << ',';
        csvCell(out, a.quote.suffix);
        out << ',' << QByteArray::number(offsets.toCodePoints(a.start)) << ','
            << QByteArray::number(offsets.toCodePoints(a.end)) << ',';
        csvCell(out, a.comment);
        out << ',' << iso(a.created) << ',' << iso(a.modified) << ',';
        csvCell(out, a.author);
        out << ',';
        csvCell(out, links.join(QStringLiteral("; ")));
        out << "\r\n";
        if (!ticker.step(++done))
            return cancelled();
    }
    if (!ticker.finish())
        return cancelled();
    return out.flush();
}

} // namespace counterpoint::exporting

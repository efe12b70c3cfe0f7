// The report: per article, each claim with its actor and quote, the counterclaims that rebut it
// and the sources that support it or that it cites; then counts by actor and kind. Markdown and
// HTML are written from one outline; the PDF prints a QTextDocument made from the same HTML, so
// the three never disagree.
#include "exchange/common/ExportData.h"
#include "log/LogCategories.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace counterpoint::exporting {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

struct Linked
{
    const Annotation *annotation;
    QString how; // "rebuts", "supports", "cited"
};

struct ClaimEntry
{
    const Annotation *claim;
    QList<Linked> linked;
};

struct ArticleEntry
{
    const Article *article;
    QList<ClaimEntry> claims;
};

struct Outline
{
    QString title;
    QList<ArticleEntry> articles;
    QStringList kindColumns;                  // display names, in kind order
    QList<QPair<QString, QList<int>>> counts; // actor → count per kind
};

Result<Outline> makeOutline(const ExportData &data, const ExportProgress &progress)
{
    Outline outline;
    outline.title = Messages::tr("Counterpoint report: %1").arg(data.projectName);
    QHash<QUuid, const Annotation *> byId;
    for (const Annotation &a : data.annotations)
        byId.insert(a.id, &a);
    QMultiHash<QUuid, Linked> linksOf; // claim id → what rebuts, supports or is cited by it
    for (const Relation &r : data.relations) {
        const Annotation *from = byId.value(r.fromId);
        const Annotation *to = byId.value(r.toId);
        if (r.kind == RelationKind::Rebuts || r.kind == RelationKind::Supports)
            linksOf.insert(r.toId, {from, toString(r.kind)});
        else if (r.kind == RelationKind::Cites)
            linksOf.insert(r.fromId, {to, QStringLiteral("cites")});
    }

    ProgressTicker ticker(progress, data.annotations.size());
    qint64 done = 0;
    QMap<QString, QList<int>> counts;
    const QList<AnnotationKind> kinds = allAnnotationKinds();
    for (const AnnotationKind kind : kinds)
        outline.kindColumns.append(displayName(kind));
    for (const Annotation &a : data.annotations) {
        const Article *article = data.articleOf(a);
        if (!article)
            continue;
        if (outline.articles.isEmpty() || outline.articles.last().article != article)
            outline.articles.append(ArticleEntry{article, {}});
        if (a.kind == AnnotationKind::Claim) {
            ClaimEntry entry{&a, {}};
            QList<Linked> linked = linksOf.values(a.id);
            // Counterclaims first, then supporting sources, then cited ones; by position within.
            std::sort(linked.begin(), linked.end(), [](const Linked &x, const Linked &y) {
                return std::tuple(x.how != u"rebuts", x.annotation->articleId,
                                  x.annotation->start) <
                       std::tuple(y.how != u"rebuts", y.annotation->articleId, y.annotation->start);
            });
            entry.linked = linked;
            outline.articles.last().claims.append(entry);
        }
        const QString actor = data.actors.value(a.actorId).name;
        QList<int> &row = counts[actor.isEmpty() ? Messages::tr("(no actor)") : actor];
        row.resize(kinds.size());
        ++row[kinds.indexOf(a.kind)];
        if (!ticker.step(++done))
            return cancelled();
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        outline.counts.append(qMakePair(it.key(), it.value()));
    return outline;
}

QString actorOf(const ExportData &data, const Annotation &a)
{
    const QString name = data.actors.value(a.actorId).name;
    return name.isEmpty() ? Messages::tr("(no actor)") : name;
}

// The same inside the parentheses of a linked annotation's line, which bring their own.
QString bracketedActorOf(const ExportData &data, const Annotation &a)
{
    const QString name = data.actors.value(a.actorId).name;
    return name.isEmpty() ? Messages::tr("no actor") : name;
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.simplified();
}

// Markdown that a renderer shows as the literal text: characters that mark up anywhere in a line
// are escaped, and those that do so only at its start ("#", "-", "+", "1.") when they are there.
QString md(const QString &text)
{
    const QString line = oneLine(text);
    QString escaped;
    escaped.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (QStringView(u"\\`*_[]<>|~").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    if (!escaped.isEmpty() && QStringView(u"#-+=").contains(escaped.front()))
        escaped.prepend(u'\\');
    qsizetype digits = 0;
    while (digits < escaped.size() && escaped.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < escaped.size() &&
        (escaped.at(digits) == u'.' || escaped.at(digits) == u')'))
        escaped.insert(digits, u'\\');
    return escaped;
}

// The address a report may make a link of: http and https (with a host) and urn: only. Anything
// else (javascript:, data:, file:, a relative path) would run or open something the reader did
// not ask for, so it is printed as text; empty then.
QString linkTarget(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    const bool web = (scheme == u"http" || scheme == u"https") && !parsed.host().isEmpty();
    const bool urn = scheme == u"urn" && parsed.path().contains(u':');
    if (!parsed.isValid() || !(web || urn)) {
        qCDebug(lcExchange) << "the report prints an article's address as text, not a link:"
                            << url.left(80);
        return {};
    }
    // Encoded, so that a space, "<", ">" or a quote cannot end the link early.
    return QString::fromLatin1(parsed.toEncoded());
}

QString linkedLabel(const Linked &l)
{
    if (l.how == u"rebuts")
        return Messages::tr("Rebutted by");
    if (l.how == u"supports")
        return Messages::tr("Supported by");
    return Messages::tr("Cites");
}

QString buildHtml(const ExportData &data, const Outline &outline)
{
    QString html;
    html += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
            outline.title.toHtmlEscaped() + u"</title></head>\n<body>\n<h1>" +
            outline.title.toHtmlEscaped() + u"</h1>\n";
    for (const ArticleEntry &entry : outline.articles) {
        html += u"<h2>" + entry.article->title.toHtmlEscaped() + u"</h2>\n";
        if (!entry.article->url.isEmpty()) {
            const QString target = linkTarget(entry.article->url);
            if (target.isEmpty())
                html += u"<p>" + entry.article->url.toHtmlEscaped() + u"</p>\n";
            else
                html += u"<p><a href=\"" + target.toHtmlEscaped() + u"\">" +
                        entry.article->url.toHtmlEscaped() + u"</a></p>\n";
        }
        if (entry.claims.isEmpty())
            html += u"<p><i>" + Messages::tr("No claims.").toHtmlEscaped() + u"</i></p>\n";
        for (const ClaimEntry &claim : entry.claims) {
            html += u"<h3>" + actorOf(data, *claim.claim).toHtmlEscaped() + u"</h3>\n<blockquote>" +
                    oneLine(claim.claim->quote.exact).toHtmlEscaped() + u"</blockquote>\n";
            if (!claim.claim->comment.isEmpty())
                html += u"<p>" + claim.claim->comment.toHtmlEscaped() + u"</p>\n";
            if (claim.linked.isEmpty())
                continue;
            html += u"<ul>\n";
            for (const Linked &l : claim.linked) {
                const Article *article = data.articleOf(*l.annotation);
                html += u"<li><b>" + linkedLabel(l).toHtmlEscaped() + u"</b> " +
                        displayName(l.annotation->kind).toHtmlEscaped() + u" (" +
                        bracketedActorOf(data, *l.annotation).toHtmlEscaped();
                if (article && article != entry.article)
                    html += u", <i>" + article->title.toHtmlEscaped() + u"</i>";
                html += u"): “" + oneLine(l.annotation->quote.exact).toHtmlEscaped() + u"”</li>\n";
            }
            html += u"</ul>\n";
        }
    }
    html += u"<h2>" + Messages::tr("Counts by actor and kind").toHtmlEscaped() +
            u"</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>" +
            Messages::tr("Actor").toHtmlEscaped() + u"</th>";
    for (const QString &kind : outline.kindColumns)
        html += u"<th>" + kind.toHtmlEscaped() + u"</th>";
    html += u"</tr>\n";
    for (const auto &[actor, counts] : outline.counts) {
        html += u"<tr><td>" + actor.toHtmlEscaped() + u"</td>";
        for (const int count : counts)
            html += u"<td align=\"right\">" + QString::number(count) + u"</td>";
        html += u"</tr>\n";
    }
    html += u"</table>\n</body></html>\n";
    return html;
}

} // namespace

Status writeMarkdownReport(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    auto outline = makeOutline(data, progress);
    if (!outline)
        return outline.error();
    out << u"# " + md(outline->title) + u"\n";
    for (const ArticleEntry &entry : std::as_const(outline->articles)) {
        out << u"\n## " + md(entry.article->title) + u"\n\n";
        if (!entry.article->url.isEmpty()) {
            const QString target = linkTarget(entry.article->url);
            out << (target.isEmpty() ? md(entry.article->url) : u"<" + target + u">") + u"\n\n";
        }
        if (entry.claims.isEmpty())
            out << u"_" + md(Messages::tr("No claims.")) + u"_\n";
        for (const ClaimEntry &claim : entry.claims) {
            out << u"### " + md(actorOf(data, *claim.claim)) + u"\n\n> " +
                       md(claim.claim->quote.exact) + u"\n\n";
            if (!claim.claim->comment.isEmpty())
                out << md(claim.claim->comment) + u"\n\n";
            for (const Linked &l : claim.linked) {
                const Article *article = data.articleOf(*l.annotation);
                QString line = u"- **" + md(linkedLabel(l)) + u"** " +
                               md(displayName(l.annotation->kind)) + u" (" +
                               md(bracketedActorOf(data, *l.annotation));
                if (article && article != entry.article)
                    line += u", _" + md(article->title) + u"_";
                line += u"): “" + md(l.annotation->quote.exact) + u"”\n";
                out << line;
            }
            if (!claim.linked.isEmpty())
                out << "\n";
        }
    }
    out << u"\n## " + md(Messages::tr("Counts by actor and kind")) + u"\n\n| " +
               md(Messages::tr("Actor"));
    for (const QString &kind : std::as_const(outline->kindColumns))
        out << u" | " + md(kind);
    out << " |\n|---";
    for (qsizetype i = 0; i < outline->kindColumns.size(); ++i)
        out << "|---:";
    out << "|\n";
    for (const auto &[actor, counts] : std::as_const(outline->counts)) {
        out << u"| " + md(actor);
        for (const int count : counts)
            out << u" | " + QString::number(count);
        out << " |\n";
    }
    return out.flush();
}

Status writeHtmlReport(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    auto outline = makeOutline(data, progress);
    if (!outline)
        return outline.error();
    out << buildHtml(data, *outline);
    return out.flush();
}

Status writePdfReport(const ExportData &data, QIODevice &device, const QString &deviceName,
                      const ExportProgress &progress)
{
    auto outline = makeOutline(data, progress);
    if (!outline)
        return outline.error();
    QTextDocument document;
    // The report's HTML names no external resources; an empty base URL keeps it that way.
    document.setHtml(buildHtml(data, *outline));
    // Printed into memory, then written as the other formats are: QPdfWriter does not say when
    // the device refuses its bytes (a full disk), the Sink does.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(outline->title);
        writer.setCreator(QStringLiteral("Counterpoint"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        document.print(&writer);
    }
    Sink out(device, deviceName);
    out << pdf;
    return out.flush();
}

} // namespace counterpoint::exporting

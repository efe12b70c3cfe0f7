// The report an analyst hands on: every annotation of the export once, in the argument's
// structure (ReportOutline), with its comment, tags, set and anchor state; each actor's claims;
// the argument map as a figure; counts made from the body. Markdown and HTML are written from the
// one outline; the PDF prints a QTextDocument made from the same HTML, with the map drawn as
// vectors on a page of its own, so the three never disagree.
#include "ChartFigures.h"
#include "MapFigure.h"
#include "ReportOutline.h"
#include "SvgPages.h"
#include "log/LogCategories.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace counterpoint::exporting {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

// Fonts that cover what analysts quote, all outlines (which a PDF embeds; a colour emoji font's
// bitmaps print as nothing): DejaVu for Latin, Greek and Cyrillic, Noto for other scripts, Droid
// Sans Fallback for Chinese, Japanese and Korean, Symbola for symbols and emoji, Unifont for what
// none of them has. All Debian packages (packaging/dev.sh).
const QStringList reportFonts = reportFontFamilies();

// Which characters the report's fonts draw, asked of the fonts themselves.
class FontCoverage
{
public:
    FontCoverage()
    {
        for (const QString &family : reportFonts) {
            QFont font(family);
            font.setStyleStrategy(QFont::NoFontMerging);
            const QRawFont raw = QRawFont::fromFont(font);
            // fromFont() gives the nearest font; only the one asked for counts.
            if (raw.isValid() && raw.familyName().compare(family, Qt::CaseInsensitive) == 0)
                m_fonts.append(raw);
        }
    }
    bool covers(char32_t c) const
    {
        return std::any_of(m_fonts.cbegin(), m_fonts.cend(),
                           [c](const QRawFont &font) { return font.supportsCharacter(uint(c)); });
    }

private:
    QList<QRawFont> m_fonts;
};

// The text with every character that no report font draws written as its code point
// ("[U+1F99E]"), so that a PDF never prints an empty box where a character was.
QString drawable(const QString &text)
{
    static const FontCoverage coverage;
    QString out;
    out.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c < 0x80 || c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || coverage.covers(c))
            out += QString::fromUcs4(&c, 1);
        else
            out += QStringLiteral("[U+%1]").arg(uint(c), 4, 16, QChar(u'0')).toUpper();
    }
    return out;
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

QString h(const QString &text)
{
    return oneLine(text).toHtmlEscaped();
}

// A memo's paragraphs (issue 20): its text split at blank lines, each one line as the report
// prints it.
QStringList memoParagraphs(const QString &memo)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t\\r]*\\n"));
    QStringList paragraphs;
    for (const QString &paragraph : memo.split(blankLine)) {
        if (!oneLine(paragraph).isEmpty())
            paragraphs.append(paragraph);
    }
    return paragraphs;
}

QString markdownMemo(const QString &memo)
{
    QStringList paragraphs;
    for (const QString &paragraph : memoParagraphs(memo))
        paragraphs.append(md(paragraph));
    return paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

QString htmlMemo(const QString &memo)
{
    QString html = QStringLiteral("<div class=\"memo\">");
    for (const QString &paragraph : memoParagraphs(memo))
        html += u"<p>" + h(paragraph) + u"</p>";
    return html + u"</div>\n";
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

// A claim's verdict in words: "Verdict: False (1 on a scale of 1 to 5) · reviewed by Full Fact on
// 2025-05-03" (the date as ISO 8601: a report is read in other locales);
// empty when it has none. The review's address is given apart, for a link.
QString verdictNote(const ExportData &data, const Annotation &a)
{
    const auto found = data.verdicts.constFind(a.id);
    if (found == data.verdicts.cend())
        return {};
    const Verdict &verdict = *found;
    QString note = Messages::tr("Verdict: %1 (%2 on a scale of %3 to %4)")
                       .arg(displayRating(verdict.rating))
                       .arg(verdict.ratingValue)
                       .arg(verdict.worstRating)
                       .arg(verdict.bestRating);
    if (!verdict.reviewer.trimmed().isEmpty() && verdict.date.isValid())
        note += u" · " + Messages::tr("reviewed by %1 on %2")
                             .arg(verdict.reviewer, verdict.date.toString(Qt::ISODate));
    else if (!verdict.reviewer.trimmed().isEmpty())
        note += u" · " + Messages::tr("reviewed by %1").arg(verdict.reviewer);
    else if (verdict.date.isValid())
        note += u" · " + Messages::tr("reviewed on %1").arg(verdict.date.toString(Qt::ISODate));
    return note;
}

// "(p. 3)" or "(pp. 3–4)", for after a quote from a paged (PDF) article, so that a reader of the
// report can find it in the original; nothing for an article without pages or an orphan, whose
// range no longer says where the quote was.
QString pageNote(const ExportData &data, const Annotation &a)
{
    const Article *article = data.articleOf(a);
    if (!article || article->pageStarts.isEmpty() || a.anchorState == AnchorState::Orphaned)
        return {};
    return u"(" + pageCitation(article->pageStarts, a.start, a.end) + u")";
}

// The page note escaped for its format, after a space; nothing without one.
QString afterQuote(const QString &escapedNote)
{
    return escapedNote.isEmpty() ? QString() : u' ' + escapedNote;
}

QString kindClass(AnnotationKind kind)
{
    return u"kind-" + toString(kind);
}

QString heading(const ReportEntry &entry)
{
    return QStringLiteral("%1 · %2").arg(entry.number).arg(displayName(entry.annotation->kind));
}

QStringList tagNames(const ExportData &data, const Annotation &a)
{
    QStringList names;
    for (const QUuid &id : a.tagIds) {
        if (data.tags.contains(id))
            names.append(data.tags.value(id).name);
    }
    return names;
}

QString setName(const ExportData &data, const Annotation &a)
{
    const QString name = data.sets.value(a.setId).name;
    return name.isEmpty() ? Messages::tr("(no set)") : name;
}

QString summaryLine(const ExportData &data, const ReportOutline &outline)
{
    QString line = Messages::tr("Annotations: %1").arg(outline.counts.annotations) + u" · " +
                   Messages::tr("Articles: %1").arg(data.articles.size()) + u" · " +
                   Messages::tr("Relations: %1").arg(outline.counts.relations);
    const int orphans = outline.counts.byState.at(int(AnchorState::Orphaned));
    if (orphans > 0)
        line += u" · " + Messages::tr("Orphaned: %1").arg(orphans);
    return line;
}

QString articleMeta(const Article &article)
{
    QStringList parts;
    for (const QString &part : {article.publisher, article.author, article.published}) {
        if (!part.trimmed().isEmpty())
            parts.append(oneLine(part));
    }
    return parts.join(QStringLiteral(" · "));
}

// ---- Markdown ------------------------------------------------------------------------------

void markdownEntry(const ExportData &data, const ReportSection &section, const ReportEntry &entry,
                   Sink &out)
{
    const Annotation &a = *entry.annotation;
    const QString indent(2 * entry.depth, u' ');
    const QString more = indent + u"  ";
    QString line = indent + u"- ";
    if (entry.via.relation)
        line += md(entry.via.how) + u' ';
    line += u"**" + md(heading(entry)) + u"** · " + md(actorName(data, a)) + u": “" +
            md(a.quote.exact) + u"”" + afterQuote(md(pageNote(data, a)));
    QStringList details;
    if (const QString state = stateNote(a.anchorState); !state.isEmpty())
        details.append(u"_" + md(state) + u"_");
    if (const QString verdict = verdictNote(data, a); !verdict.isEmpty()) {
        const QString url = linkTarget(data.verdicts.value(a.id).url);
        details.append(url.isEmpty() ? md(verdict) : u"[" + md(verdict) + u"](" + url + u")");
    }
    if (!a.comment.trimmed().isEmpty())
        details.append(md(Messages::tr("Comment: %1").arg(a.comment)));
    if (entry.via.relation && !entry.via.relation->comment.trimmed().isEmpty())
        details.append(md(Messages::tr("On the link: %1").arg(entry.via.relation->comment)));
    QStringList facts{md(Messages::tr("Set: %1").arg(setName(data, a)))};
    if (const QStringList tags = tagNames(data, a); !tags.isEmpty())
        facts.append(md(Messages::tr("Tags: %1").arg(tags.join(QStringLiteral(", ")))));
    const Article *article = data.articleOf(a);
    if (article && article != section.article)
        facts.append(md(Messages::tr("In: %1").arg(article->title)));
    details.append(facts.join(QStringLiteral(" · ")));
    for (const ReportLink &link : entry.otherLinks)
        details.append(md(Messages::tr("Also: %1 %2").arg(link.how).arg(link.number)));
    out << line;
    for (const QString &detail : std::as_const(details))
        out << u"  \n" + more + detail; // two spaces: a line break inside the item
    out << "\n";
}

void markdownCountsRow(Sink &out, const QString &name, const QList<int> &counts)
{
    int total = 0;
    out << u"| " + md(name);
    for (const int count : counts) {
        out << u" | " + QString::number(count);
        total += count;
    }
    out << u" | " + QString::number(total) + u" |\n";
}

// ---- HTML ----------------------------------------------------------------------------------

// One stylesheet, embedded: for the screen, and for paper (no links in colour, no entry broken
// over two pages). QTextDocument reads the parts it knows for the PDF and passes over the rest.
const char stylesheet[] = R"css(
body { font-family: "DejaVu Sans", "Noto Sans", "Droid Sans Fallback", Symbola, "Unifont Upper",
       Unifont, sans-serif;
       font-size: 11pt; line-height: 1.45; color: #1f1f1f; max-width: 50em; margin: 2em auto;
       padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 15pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin-top: 1.2em; }
.summary, .meta, .facts, .links { color: #555; font-size: 9pt; }
.entry { margin-top: 0.5em; margin-bottom: 0.5em; padding-left: 0.6em;
         border-left: 4px solid #888; page-break-inside: avoid; break-inside: avoid; }
.depth-1 { margin-left: 1.5em; } .depth-2 { margin-left: 3em; } .depth-3 { margin-left: 4.5em; }
.depth-4 { margin-left: 6em; } .depth-5 { margin-left: 7.5em; } .depth-6 { margin-left: 9em; }
.kind-claim { border-left-color: #0072b2; } .kind-counterclaim { border-left-color: #d55e00; }
.kind-source { border-left-color: #009e73; } .kind-note { border-left-color: #e69f00; }
.head { margin: 0; } .head .number { font-weight: bold; }
.kind-claim .number { color: #0072b2; } .kind-counterclaim .number { color: #d55e00; }
.kind-source .number { color: #009e73; } .kind-note .number { color: #b07800; }
.how { font-style: italic; }
.quote { margin: 0.2em 0 0.2em 0; font-style: italic; }
.state { color: #a40000; font-weight: bold; font-size: 9pt; margin: 0; }
.state-orphaned .quote { text-decoration: line-through; }
.comment { margin: 0.2em 0; }
.memo { margin: 0.5em 0; padding: 0.1em 0.8em; border-left: 4px solid #999;
        background-color: #f4f4ef; }
.verdict { margin: 0.2em 0; font-weight: bold; }
.facts, .links { margin: 0; }
.tag { background-color: #eeeeee; padding: 0 0.3em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #999; padding: 2px 8px; }
td.n { text-align: right; }
tr.total td { font-weight: bold; }
figure.map { margin: 1em 0; overflow-x: auto; }
figure.map svg { max-width: 100%; height: auto; }
figure.chart { margin: 1em 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: 9pt; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  h2 { page-break-after: avoid; break-after: avoid; }
  figure.map, figure.chart { page-break-inside: avoid; break-inside: avoid; }
}
)css";

// Where the HTML is read: a browser, or QTextDocument printing the PDF.
enum class Medium { Browser, Print };

void htmlEntry(const ExportData &data, const ReportSection &section, const ReportEntry &entry,
               Medium medium, QString &html)
{
    const Annotation &a = *entry.annotation;
    const int depth = std::min(entry.depth, 6);
    // The id is what a browser's links to the entry go to. The printed page has no use for it,
    // and QTextDocument gives every character format under an id that id as its anchor name, a
    // list that its format cache hashes alike for all: with an id on every entry, laying out
    // the report grew with the square of the annotations (10,000 of them took 88 s).
    const QString id =
        medium == Medium::Browser ? QStringLiteral(" id=\"a%1\"").arg(entry.number) : QString();
    html += QStringLiteral("<div class=\"entry %1 depth-%2 state-%3\"%4>\n")
                .arg(kindClass(a.kind))
                .arg(depth)
                .arg(toString(a.anchorState), id);
    html += u"<p class=\"head\">";
    if (entry.via.relation)
        html += u"<span class=\"how\">" + h(entry.via.how) + u"</span> ";
    html += u"<span class=\"number\">" + h(heading(entry)) + u"</span> · <span class=\"actor\">" +
            h(actorName(data, a)) + u"</span></p>\n";
    html += u"<p class=\"quote\">“" + h(a.quote.exact) + u"”" + afterQuote(h(pageNote(data, a))) +
            u"</p>\n";
    if (const QString state = stateNote(a.anchorState); !state.isEmpty())
        html += u"<p class=\"state\">" + h(state) + u"</p>\n";
    if (const QString verdict = verdictNote(data, a); !verdict.isEmpty()) {
        const QString url = linkTarget(data.verdicts.value(a.id).url);
        html +=
            u"<p class=\"verdict\">" +
            (url.isEmpty() ? h(verdict)
                           : u"<a href=\"" + url.toHtmlEscaped() + u"\">" + h(verdict) + u"</a>") +
            u"</p>\n";
    }
    if (!a.comment.trimmed().isEmpty())
        html +=
            u"<p class=\"comment\">" + h(Messages::tr("Comment: %1").arg(a.comment)) + u"</p>\n";
    if (entry.via.relation && !entry.via.relation->comment.trimmed().isEmpty())
        html += u"<p class=\"comment\">" +
                h(Messages::tr("On the link: %1").arg(entry.via.relation->comment)) + u"</p>\n";
    html += u"<p class=\"facts\">" + h(Messages::tr("Set: %1").arg(setName(data, a)));
    if (const QStringList tags = tagNames(data, a); !tags.isEmpty()) {
        html += u" · " + h(Messages::tr("Tags:"));
        for (const QString &tag : tags)
            html += u" <span class=\"tag\">" + h(tag) + u"</span>";
    }
    const Article *article = data.articleOf(a);
    if (article && article != section.article)
        html += u" · " + h(Messages::tr("In: %1").arg(article->title));
    html += u"</p>\n";
    if (!entry.otherLinks.isEmpty()) {
        html += u"<p class=\"links\">" + h(Messages::tr("Also:"));
        QStringList links;
        for (const ReportLink &link : entry.otherLinks)
            links.append(h(link.how) + QStringLiteral(" <a href=\"#a%1\">%1</a>").arg(link.number));
        html += u' ' + links.join(QStringLiteral(", ")) + u"</p>\n";
    }
    html += u"</div>\n";
}

void htmlCountsRow(QString &html, const QString &name, const QList<int> &counts, bool total = false)
{
    int sum = 0;
    html += total ? u"<tr class=\"total\"><td>" : u"<tr><td>";
    html += h(name) + u"</td>";
    for (const int count : counts) {
        html += u"<td class=\"n\" align=\"right\">" + QString::number(count) + u"</td>";
        sum += count;
    }
    html += u"<td class=\"n\" align=\"right\">" + QString::number(sum) + u"</td></tr>\n";
}

void htmlPairs(QString &html, const QString &title, const QString &column,
               const QList<QPair<QString, int>> &rows)
{
    if (rows.isEmpty())
        return;
    html += u"<h3>" + h(title) + u"</h3>\n<table><tr><th>" + h(column) + u"</th><th>" +
            h(Messages::tr("Annotations")) + u"</th></tr>\n";
    for (const auto &[name, count] : rows)
        html += u"<tr><td>" + h(name) + u"</td><td class=\"n\" align=\"right\">" +
                QString::number(count) + u"</td></tr>\n";
    html += u"</table>\n";
}

QList<int> stateCounts(const ReportOutline &outline)
{
    return outline.counts.byState;
}

const QList<AnchorState> states = {AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy,
                                   AnchorState::Orphaned};

QString buildHtml(const ExportData &data, const ReportOutline &outline, const MapFigure &figure,
                  Medium medium)
{
    QString html;
    html += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            u"<meta name=\"generator\" content=\"Counterpoint\"><title>" +
            h(outline.title) + u"</title>\n<style>" + QString::fromUtf8(stylesheet) +
            u"</style></head>\n<body>\n<h1>" + h(outline.title) + u"</h1>\n<p class=\"summary\">" +
            h(summaryLine(data, outline)) + u"</p>\n";
    if (!data.projectMemo.isEmpty())
        html += u"<h2>" + h(Messages::tr("Project memo")) + u"</h2>\n" + htmlMemo(data.projectMemo);

    if (!figure.leftOut.isEmpty()) {
        html += u"<p class=\"summary\">" + h(figure.leftOut) + u"</p>\n";
    } else if (!figure.isEmpty()) {
        const QString caption = Messages::tr("The argument map: one column per actor; claims at "
                                             "the top, what answers them below, sources last. "
                                             "Numbers are those of the passages below.");
        if (medium == Medium::Browser)
            html += u"<figure class=\"map\">\n" + mapSvg(figure, outline.title) + u"<figcaption>" +
                    h(caption) + u"</figcaption>\n</figure>\n";
        else
            html += u"<p class=\"summary\">" +
                    h(Messages::tr(
                        "The argument map is on the page after the text; the charts follow it.")) +
                    u"</p>\n";
    }

    for (const ReportSection &section : outline.sections) {
        const Article &article = *section.article;
        html += u"<h2>" + h(article.title) + u"</h2>\n";
        QStringList meta;
        if (!article.url.isEmpty()) {
            const QString target = linkTarget(article.url);
            meta.append(target.isEmpty() ? h(article.url)
                                         : u"<a href=\"" + target.toHtmlEscaped() + u"\">" +
                                               h(article.url) + u"</a>");
        }
        if (const QString more = articleMeta(article); !more.isEmpty())
            meta.append(h(more));
        if (!meta.isEmpty())
            html += u"<p class=\"meta\">" + meta.join(QStringLiteral(" · ")) + u"</p>\n";
        if (const QString memo = data.articleMemos.value(article.id); !memo.isEmpty())
            html += u"<h3>" + h(Messages::tr("Memo")) + u"</h3>\n" + htmlMemo(memo);
        if (section.claims.isEmpty())
            html += u"<p><i>" + h(Messages::tr("No claims.")) + u"</i></p>\n";
        else
            html += u"<h3>" + h(Messages::tr("Claims and what answers them")) + u"</h3>\n";
        for (const ReportEntry &entry : section.claims)
            htmlEntry(data, section, entry, medium, html);
        if (!section.others.isEmpty())
            html += u"<h3>" + h(Messages::tr("Passages no claim leads to")) + u"</h3>\n";
        for (const ReportEntry &entry : section.others)
            htmlEntry(data, section, entry, medium, html);
    }

    if (!outline.actors.isEmpty()) {
        html += u"<h2>" + h(Messages::tr("Who claims what")) + u"</h2>\n";
        for (const ActorClaims &actor : outline.actors) {
            html += u"<h3>" + h(actor.actor) + u"</h3>\n";
            if (const QString memo = data.actorMemos.value(actor.actorId); !memo.isEmpty())
                html += htmlMemo(memo);
            html += u"<ul>\n";
            for (const auto &[list, label] :
                 {std::pair(&actor.claims, Messages::tr("Claim")),
                  std::pair(&actor.counterclaims, Messages::tr("Counterclaim"))}) {
                for (const Annotation *a : *list) {
                    const int number = outline.numberOf.value(a->id);
                    html += QStringLiteral("<li><a href=\"#a%1\">%1</a> ").arg(number) + h(label) +
                            u": “" + h(a->quote.exact) + u"”" + afterQuote(h(pageNote(data, *a))) +
                            u"</li>\n";
                }
            }
            html += u"</ul>\n";
        }
    }

    const ReportCounts &counts = outline.counts;
    html += u"<h2>" + h(Messages::tr("Counts")) + u"</h2>\n<h3>" +
            h(Messages::tr("Counts by actor and kind")) + u"</h3>\n<table>\n<tr><th>" +
            h(Messages::tr("Actor")) + u"</th>";
    for (const AnnotationKind kind : allAnnotationKinds())
        html += u"<th>" + h(displayName(kind)) + u"</th>";
    html += u"<th>" + h(Messages::tr("All")) + u"</th></tr>\n";
    for (auto it = counts.byActor.cbegin(); it != counts.byActor.cend(); ++it)
        htmlCountsRow(html, it.key(), it.value());
    htmlCountsRow(html, Messages::tr("All actors"), counts.byKind, true);
    html += u"</table>\n<h3>" + h(Messages::tr("Anchors")) + u"</h3>\n<table><tr>";
    for (const AnchorState state : states)
        html += u"<th>" + h(displayName(state)) + u"</th>";
    html += u"</tr>\n<tr>";
    for (const int count : stateCounts(outline))
        html += u"<td class=\"n\" align=\"right\">" + QString::number(count) + u"</td>";
    html += u"</tr></table>\n";
    htmlPairs(html, Messages::tr("Sets"), Messages::tr("Set"), counts.bySet);
    htmlPairs(html, Messages::tr("Tags"), Messages::tr("Tag"), counts.byTag);
    // The story in charts (issue 16 item 3), as the window's Charts draw it: inline SVG here; the
    // PDF's text document cannot draw SVG, so the PDF draws them on pages of their own at the end.
    if (medium == Medium::Browser) {
        const QString charts = chartFiguresHtml(chartInputOf(data));
        if (!charts.isEmpty())
            html += u"<h2>" + h(Messages::tr("Charts")) + u"</h2>\n" + charts;
    }
    html += u"</body></html>\n";
    return html;
}

} // namespace

Status writeMarkdownReport(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    auto outline = makeReportOutline(data, progress);
    if (!outline)
        return outline.error();
    const MapFigure figure = makeMapFigure(data, *outline);
    out << u"# " + md(outline->title) + u"\n\n" + md(summaryLine(data, *outline)) + u"\n";
    if (!data.projectMemo.isEmpty())
        out << u"\n## " + md(Messages::tr("Project memo")) + u"\n\n" +
                   markdownMemo(data.projectMemo);
    if (!figure.leftOut.isEmpty())
        out << u"\n" + md(figure.leftOut) + u"\n";
    else if (!figure.isEmpty())
        out << u"\n" + md(Messages::tr("The argument map is in the HTML and PDF reports.")) + u"\n";
    for (const ReportSection &section : std::as_const(outline->sections)) {
        out << u"\n## " + md(section.article->title) + u"\n\n";
        QStringList meta;
        if (!section.article->url.isEmpty()) {
            const QString target = linkTarget(section.article->url);
            meta.append(target.isEmpty() ? md(section.article->url) : u"<" + target + u">");
        }
        if (const QString more = articleMeta(*section.article); !more.isEmpty())
            meta.append(md(more));
        if (!meta.isEmpty())
            out << meta.join(QStringLiteral(" · ")) + u"\n\n";
        if (const QString memo = data.articleMemos.value(section.article->id); !memo.isEmpty())
            out << u"### " + md(Messages::tr("Memo")) + u"\n\n" + markdownMemo(memo) + u"\n";
        if (section.claims.isEmpty())
            out << u"_" + md(Messages::tr("No claims.")) + u"_\n";
        else
            out << u"### " + md(Messages::tr("Claims and what answers them")) + u"\n\n";
        for (const ReportEntry &entry : section.claims)
            markdownEntry(data, section, entry, out);
        if (!section.others.isEmpty())
            out << u"\n### " + md(Messages::tr("Passages no claim leads to")) + u"\n\n";
        for (const ReportEntry &entry : section.others)
            markdownEntry(data, section, entry, out);
    }
    if (!outline->actors.isEmpty()) {
        out << u"\n## " + md(Messages::tr("Who claims what")) + u"\n";
        for (const ActorClaims &actor : std::as_const(outline->actors)) {
            out << u"\n### " + md(actor.actor) + u"\n\n";
            if (const QString memo = data.actorMemos.value(actor.actorId); !memo.isEmpty())
                out << markdownMemo(memo) + u"\n";
            for (const auto &[list, label] :
                 {std::pair(&actor.claims, Messages::tr("Claim")),
                  std::pair(&actor.counterclaims, Messages::tr("Counterclaim"))}) {
                for (const Annotation *a : *list)
                    out << QStringLiteral("- %1 ").arg(outline->numberOf.value(a->id)) + md(label) +
                               u": “" + md(a->quote.exact) + u"”" +
                               afterQuote(md(pageNote(data, *a))) + u"\n";
            }
        }
    }
    const ReportCounts &counts = outline->counts;
    out << u"\n## " + md(Messages::tr("Counts")) + u"\n\n### " +
               md(Messages::tr("Counts by actor and kind")) + u"\n\n| " + md(Messages::tr("Actor"));
    for (const AnnotationKind kind : allAnnotationKinds())
        out << u" | " + md(displayName(kind));
    out << u" | " + md(Messages::tr("All")) + u" |\n|---";
    for (qsizetype i = 0; i <= allAnnotationKinds().size(); ++i)
        out << "|---:";
    out << "|\n";
    for (auto it = counts.byActor.cbegin(); it != counts.byActor.cend(); ++it)
        markdownCountsRow(out, it.key(), it.value());
    markdownCountsRow(out, Messages::tr("All actors"), counts.byKind);
    out << u"\n### " + md(Messages::tr("Anchors")) + u"\n\n|";
    for (const AnchorState state : states)
        out << u" " + md(displayName(state)) + u" |";
    out << "\n|";
    for (qsizetype i = 0; i < states.size(); ++i)
        out << "---:|";
    out << "\n|";
    for (const int count : stateCounts(*outline))
        out << u" " + QString::number(count) + u" |";
    out << "\n";
    for (const auto &[title, column, rows] :
         {std::tuple(Messages::tr("Sets"), Messages::tr("Set"), &counts.bySet),
          std::tuple(Messages::tr("Tags"), Messages::tr("Tag"), &counts.byTag)}) {
        if (rows->isEmpty())
            continue;
        out << u"\n### " + md(title) + u"\n\n| " + md(column) + u" | " +
                   md(Messages::tr("Annotations")) + u" |\n|---|---:|\n";
        for (const auto &[name, count] : *rows)
            out << u"| " + md(name) + u" | " + QString::number(count) + u" |\n";
    }
    return out.flush();
}

Status writeHtmlReport(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    auto outline = makeReportOutline(data, progress);
    if (!outline)
        return outline.error();
    out << buildHtml(data, *outline, makeMapFigure(data, *outline), Medium::Browser);
    return out.flush();
}

Status writePdfReport(const ExportData &data, QIODevice &device, const QString &deviceName,
                      const ExportProgress &progress)
{
    auto outline = makeReportOutline(data, progress);
    if (!outline)
        return outline.error();
    const MapFigure figure = makeMapFigure(data, *outline);
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
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);

        QTextDocument document;
        QFont font;
        font.setFamilies(reportFonts);
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        // The report's HTML names no external resources; an empty base URL keeps it that way.
        document.setHtml(drawable(buildHtml(data, *outline, figure, Medium::Print)));
        // Laid out for the writer itself, in its dots: fonts in points then measure as they print
        // (laid out for the screen, every size came out a third too large).
        document.documentLayout()->setPaintDevice(&writer);
        const QRectF page(QPointF(0, 0),
                          writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.setPageSize(page.size());
        QPainter painter(&writer);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, i * page.height(), page.width(), page.height());
            painter.translate(0, -clip.top());
            document.drawContents(&painter, clip);
            painter.restore();
        }
        if (!figure.isEmpty()) { // vectors, on a page of their own, turned for a wide map
            const QRectF bounds = figure.map.bounds;
            writer.setPageOrientation(bounds.width() > bounds.height() ? QPageLayout::Landscape
                                                                       : QPageLayout::Portrait);
            writer.newPage();
            const QRectF mapPage(QPointF(0, 0),
                                 writer.pageLayout().paintRectPixels(writer.resolution()).size());
            painter.setFont(font);
            const qreal line = QFontMetricsF(font, &writer).height();
            painter.drawText(QPointF(0, line), Messages::tr("Argument map"));
            MapFigure printable = figure;
            for (MapFigure::Card &card : printable.cards) {
                for (QString &text : card.lines)
                    text = drawable(text);
            }
            for (QString &name : printable.laneNames)
                name = drawable(name);
            paintMap(painter, printable,
                     QRectF(0, 2 * line, mapPage.width(), mapPage.height() - 2 * line));
        }
        QList<SvgFigure> charts;
        for (const ChartFigure &chart : chartFigures(chartInputOf(data)))
            charts.append({drawable(chart.title), chart.svg, drawable(chart.caption)});
        paintSvgPages(writer, painter, font, charts, chartFiguresWidth);
        painter.end();
    }
    Sink out(device, deviceName);
    out << pdf;
    return out.flush();
}

} // namespace counterpoint::exporting

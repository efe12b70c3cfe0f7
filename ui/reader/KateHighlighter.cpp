#include "KateHighlighter.h"

#include "log/LogCategories.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QtConcurrent>

#include <array>

namespace counterpoint::ui {

namespace {

constexpr int timeoutMs = 20000;

QString decodeEntities(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            result.append(text[i]);
            continue;
        }
        const qsizetype end = text.indexOf(u';', i);
        if (end < 0 || end - i > 10) {
            result.append(text[i]);
            continue;
        }
        const QStringView name = text.mid(i + 1, end - i - 1);
        if (name == u"amp")
            result.append(u'&');
        else if (name == u"lt")
            result.append(u'<');
        else if (name == u"gt")
            result.append(u'>');
        else if (name == u"quot")
            result.append(u'"');
        else if (name == u"apos" || name == u"#39")
            result.append(u'\'');
        else if (name.startsWith(u"#x"))
            result.append(QString::fromUcs4(
                std::array<char32_t, 1>{char32_t(name.mid(2).toUInt(nullptr, 16))}.data(), 1));
        else if (name.startsWith(u'#'))
            result.append(QString::fromUcs4(
                std::array<char32_t, 1>{char32_t(name.mid(1).toUInt())}.data(), 1));
        else
            result.append(text.mid(i, end - i + 1)); // not one of ours: kept as it is
        i = end;
    }
    return result;
}

QTextCharFormat formatOf(QStringView style)
{
    QTextCharFormat format;
    for (QStringView declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView property = declaration.left(colon).trimmed();
        const QStringView value = declaration.mid(colon + 1).trimmed();
        if (property == u"color")
            format.setForeground(QColor(value.toString()));
        else if (property == u"background-color")
            format.setBackground(QColor(value.toString()));
        else if (property == u"font-weight" && value == u"bold")
            format.setFontWeight(QFont::Bold);
        else if (property == u"font-style" && value == u"italic")
            format.setFontItalic(true);
        else if (property == u"text-decoration" && value.contains(u"underline"))
            format.setFontUnderline(true);
        else if (property == u"text-decoration" && value.contains(u"line-through"))
            format.setFontStrikeOut(true);
    }
    return format;
}

std::optional<HighlightedLines> runProgram(const QString &program, const QString &definition,
                                           const QString &theme, const QString &text)
{
    QProcess process;
    // Only the syntax, the theme and the output format: never --update, which downloads.
    process.start(program,
                  {QStringLiteral("--stdin"), QStringLiteral("-s"), definition,
                   QStringLiteral("-t"), theme, QStringLiteral("-f"), QStringLiteral("html")});
    if (!process.waitForStarted(timeoutMs)) {
        qCDebug(lcUi) << program << "did not start:" << process.errorString();
        return std::nullopt;
    }
    process.write(text.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qCDebug(lcUi) << program << "failed:" << process.errorString()
                      << process.readAllStandardError().left(300);
        process.kill();
        return std::nullopt;
    }
    return KateHighlighter::parseHtml(QString::fromUtf8(process.readAllStandardOutput()));
}

} // namespace

QString KateHighlighter::program()
{
    if (qEnvironmentVariableIsSet("COUNTERPOINT_KATE_HIGHLIGHTER")) {
        const QString chosen = qEnvironmentVariable("COUNTERPOINT_KATE_HIGHLIGHTER");
        if (chosen == u"none" || chosen.isEmpty())
            return {};
        return QStandardPaths::findExecutable(chosen);
    }
    return QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
}

QString KateHighlighter::definitionName(SourceSyntax syntax)
{
    switch (syntax) {
    case SourceSyntax::Json:
        return QStringLiteral("JSON");
    case SourceSyntax::Markdown:
        return QStringLiteral("Markdown");
    case SourceSyntax::Html:
        return QStringLiteral("HTML");
    case SourceSyntax::Csv: // no definition ships for CSV: ours does it
    case SourceSyntax::PlainText:
        break;
    }
    return {};
}

HighlightedLines KateHighlighter::parseHtml(const QString &html)
{
    HighlightedLines lines;
    qsizetype begin = html.indexOf(QLatin1StringView("<pre>"));
    const qsizetype end = html.lastIndexOf(QLatin1StringView("</pre>"));
    if (begin < 0 || end < begin)
        return lines;
    begin += 5;
    if (begin < end && html.at(begin) == u'\n')
        ++begin;
    static const QRegularExpression span(
        QStringLiteral(R"re(<span style="([^"]*)">([^<]*)</span>)re"));
    lines.append(QList<HighlightedRun>());
    int column = 0;
    auto addPlain = [&](QStringView raw, const QTextCharFormat *format) {
        const QString text = decodeEntities(raw);
        qsizetype from = 0;
        while (from <= text.size()) {
            const qsizetype newline = text.indexOf(u'\n', from);
            const qsizetype to = newline < 0 ? text.size() : newline;
            if (format && to > from)
                lines.last().append({column, int(to - from), *format});
            column += int(to - from);
            if (newline < 0)
                break;
            lines.append(QList<HighlightedRun>());
            column = 0;
            from = newline + 1;
        }
    };
    qsizetype at = begin;
    const QString body = html.left(end);
    for (auto it = span.globalMatch(body, begin); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        addPlain(QStringView(html).mid(at, match.capturedStart() - at), nullptr);
        const QTextCharFormat format = formatOf(match.capturedView(1));
        addPlain(match.capturedView(2), &format);
        at = match.capturedEnd();
    }
    addPlain(QStringView(html).mid(at, end - at), nullptr);
    return lines;
}

KateHighlighter::KateHighlighter(SourceSyntax syntax, QTextDocument *document,
                                 const QPalette &palette, const QString &program)
    : SourceHighlighter(syntax, document, palette)
    , m_theme(palette.color(QPalette::Base).lightness() < 128 ? QStringLiteral("Breeze Dark")
                                                              : QStringLiteral("Breeze Light"))
{
    const QString definition = definitionName(syntax);
    const QString text = document->toPlainText();
    if (definition.isEmpty() || program.isEmpty() || text.size() * 2 > maxInputBytes)
        return;
    connect(&m_watcher, &QFutureWatcher<std::optional<HighlightedLines>>::finished, this, [this] {
        std::optional<HighlightedLines> lines = m_watcher.result();
        if (!lines)
            return; // the built-in highlighting stays
        m_lines = std::move(*lines);
        m_external = true;
        rehighlight();
        emit externalReady();
    });
    m_watcher.setFuture(QtConcurrent::run(runProgram, program, definition, m_theme, text));
}

KateHighlighter::~KateHighlighter()
{
    // The program is bounded by its time-out; the window need not wait for an answer it drops.
    m_watcher.disconnect(this);
}

void KateHighlighter::highlightBlock(const QString &text)
{
    const int line = currentBlock().blockNumber();
    if (!m_external || line >= m_lines.size()) {
        SourceHighlighter::highlightBlock(text);
        return;
    }
    for (const HighlightedRun &run : m_lines.at(line)) {
        if (run.start + run.length <= text.size())
            setFormat(run.start, run.length, run.format);
    }
}

} // namespace counterpoint::ui

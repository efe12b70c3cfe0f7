#include "ImageStandIns.h"

#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>

#include <utility>

namespace counterpoint::ui {

namespace {

constexpr int maxAltCharacters = 60;

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(
        QStringLiteral(R"re(\b%1\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group) {
        if (match.capturedStart(group) >= 0)
            return match.captured(group);
    }
    return {};
}

// Each picture's alt text by its source, as the article's HTML or Markdown gives them.
QHash<QString, QString> altTextsBySource(const QByteArray &html)
{
    QHash<QString, QString> result;
    static const QRegularExpression imageTag(QStringLiteral(R"(<img\b[^>]*>)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html);
    for (auto it = imageTag.globalMatch(text); it.hasNext();) {
        const QString tag = it.next().captured();
        const QString alt =
            QTextDocumentFragment::fromHtml(attribute(tag, QStringLiteral("alt"))
                                                .replace(u'<', QStringLiteral("&lt;"))
                                                .replace(u'>', QStringLiteral("&gt;")))
                .toPlainText()
                .simplified();
        result.insert(attribute(tag, QStringLiteral("src")), alt);
    }
    // Markdown's ![alt](source "title") too.
    static const QRegularExpression markdownImage(
        QStringLiteral(R"(!\[([^\]]*)\]\(\s*<?([^)\s>]+))"));
    for (auto it = markdownImage.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result.insert(match.captured(2), match.captured(1).simplified());
    }
    return result;
}

QImage altTextImage(const QString &alt, const QFont &font, const QPalette &palette, qreal scale)
{
    if (alt.isEmpty()) {
        QImage nothing(1, 1, QImage::Format_ARGB32_Premultiplied);
        nothing.fill(Qt::transparent);
        return nothing;
    }
    QFont italic = font;
    italic.setItalic(true);
    const QFontMetrics metrics(italic);
    const QString shown = QStringLiteral("[%1]").arg(
        metrics.elidedText(alt, Qt::ElideRight, metrics.averageCharWidth() * maxAltCharacters));
    // Drawn at the scale it is shown at (a printer's many dots per point), so it stays sharp.
    QImage image(QSize(metrics.horizontalAdvance(shown) + 2, metrics.height()) * scale,
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setFont(italic);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(QPoint(1, metrics.ascent()), shown);
    return image;
}

} // namespace

void putImageStandIns(QTextDocument &document, const QByteArray &original, const QFont &font,
                      const QPalette &palette, qreal scale)
{
    // Found first, changed after: a format change may split or merge the fragments walked.
    QList<std::pair<int, QTextImageFormat>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.charFormat().toImageFormat()});
        }
    }
    if (images.isEmpty())
        return;
    const QHash<QString, QString> alts = altTextsBySource(original);
    for (auto &[position, format] : images) {
        const QString alt = alts.value(format.name());
        const QImage image = altTextImage(alt, font, palette, scale);
        // A fresh name per stand-in: two pictures from one file may differ in alt text.
        const QString name = QStringLiteral("counterpoint-image-stand-in:%1").arg(position);
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        format.setName(name);
        format.setWidth(image.width() / scale);
        format.setHeight(image.height() / scale);
        format.setToolTip(alt);
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

} // namespace counterpoint::ui

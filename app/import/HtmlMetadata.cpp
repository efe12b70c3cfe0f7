#include "HtmlMetadata.h"

#include <QHash>
#include <QRegularExpression>

namespace counterpoint {

namespace {

// Decodes the character references an attribute value may hold. Done by hand rather than with an
// HTML parser so that nothing in a value is ever read as markup that could load a resource.
QString decodeEntities(const QString &value)
{
    static const QRegularExpression reference(
        QStringLiteral(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);)"));
    QString decoded;
    qsizetype last = 0;
    auto matches = reference.globalMatch(value);
    while (matches.hasNext()) {
        const auto match = matches.next();
        decoded += QStringView(value).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = (hex ? name.mid(2) : name.mid(1)).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t character = code;
                decoded += QString::fromUcs4(&character, 1);
            }
        } else {
            static const QHash<QString, QString> named{
                {QStringLiteral("amp"), QStringLiteral("&")},
                {QStringLiteral("lt"), QStringLiteral("<")},
                {QStringLiteral("gt"), QStringLiteral(">")},
                {QStringLiteral("quot"), QStringLiteral("\"")},
                {QStringLiteral("apos"), QStringLiteral("'")},
                {QStringLiteral("nbsp"), QStringLiteral(" ")}};
            decoded += named.value(name);
        }
        last = match.capturedEnd();
    }
    decoded += QStringView(value).mid(last);
    return decoded.simplified();
}

// Attribute values of one tag, keys lower-cased, entities decoded.
QHash<QString, QString> attributesOf(const QString &tag)
{
    static const QRegularExpression attribute(QStringLiteral(
        R"re(([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"));
    QHash<QString, QString> attributes;
    auto matches = attribute.globalMatch(tag);
    while (matches.hasNext()) {
        const auto match = matches.next();
        QString value = match.captured(2);
        if (value.isEmpty())
            value = match.captured(3);
        if (value.isEmpty())
            value = match.captured(4);
        attributes.insert(match.captured(1).toLower(), decodeEntities(value));
    }
    return attributes;
}

} // namespace

HtmlMetadata HtmlMetadata::read(const QString &html)
{
    // Only the head matters, and scanning a 50 MB body with regular expressions would be waste.
    qsizetype headEnd = html.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive);
    const QString head = html.left(headEnd < 0 ? 200000 : headEnd);

    QHash<QString, QString> meta; // first value for each name or property
    static const QRegularExpression metaTag(QStringLiteral(R"(<meta\b[^>]*>)"),
                                            QRegularExpression::CaseInsensitiveOption);
    auto tags = metaTag.globalMatch(head);
    while (tags.hasNext()) {
        const auto attributes = attributesOf(tags.next().captured(0));
        QString key = attributes.value(QStringLiteral("property"));
        if (key.isEmpty())
            key = attributes.value(QStringLiteral("name"));
        if (key.isEmpty())
            key = attributes.value(QStringLiteral("itemprop"));
        const QString content = attributes.value(QStringLiteral("content"));
        if (!key.isEmpty() && !content.isEmpty() && !meta.contains(key.toLower()))
            meta.insert(key.toLower(), content);
    }
    const auto first = [&meta](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = meta.value(QString::fromLatin1(key));
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };

    HtmlMetadata metadata;
    metadata.title = first({"og:title", "twitter:title", "dc.title"});
    metadata.publisher = first(
        {"og:site_name", "publisher", "article:publisher", "dc.publisher", "application-name"});
    metadata.author = first({"author", "article:author", "dc.creator", "byl", "parsely-author"});
    metadata.url = first({"og:url", "twitter:url", "dc.identifier"});
    metadata.published = first({"article:published_time", "datepublished", "date", "dc.date",
                                "dc.date.issued", "pubdate", "og:published_time", "sailthru.date"});

    if (metadata.url.isEmpty()) {
        static const QRegularExpression linkTag(QStringLiteral(R"(<link\b[^>]*>)"),
                                                QRegularExpression::CaseInsensitiveOption);
        auto links = linkTag.globalMatch(head);
        while (links.hasNext()) {
            const auto attributes = attributesOf(links.next().captured(0));
            if (attributes.value(QStringLiteral("rel")).toLower() == u"canonical") {
                metadata.url = attributes.value(QStringLiteral("href"));
                break;
            }
        }
    }
    return metadata;
}

} // namespace counterpoint

#include "Article.h"

namespace counterpoint {

QString toString(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::PlainText:
        return QStringLiteral("txt");
    case ArticleFormat::Markdown:
        return QStringLiteral("md");
    case ArticleFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

ArticleFormat articleFormatFromString(const QString &name)
{
    if (name == u"md")
        return ArticleFormat::Markdown;
    if (name == u"html")
        return ArticleFormat::Html;
    return ArticleFormat::PlainText;
}

} // namespace counterpoint

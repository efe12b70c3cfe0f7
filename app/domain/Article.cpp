#include "Article.h"

#include <QCoreApplication>

#include <algorithm>

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
    case ArticleFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

ArticleFormat articleFormatFromString(const QString &name)
{
    if (name == u"md")
        return ArticleFormat::Markdown;
    if (name == u"html")
        return ArticleFormat::Html;
    if (name == u"pdf")
        return ArticleFormat::Pdf;
    return ArticleFormat::PlainText;
}

int pageOfOffset(const QList<int> &pageStarts, int offset)
{
    if (pageStarts.isEmpty())
        return 0;
    // The last page that begins at or before offset; a page with no text of its own begins
    // where the next does, and the character belongs to the later one.
    const auto after = std::upper_bound(pageStarts.cbegin(), pageStarts.cend(), offset);
    return std::max(1, int(after - pageStarts.cbegin()));
}

QString pageCitation(const QList<int> &pageStarts, int start, int end)
{
    if (pageStarts.isEmpty())
        return {};
    const int first = pageOfOffset(pageStarts, start);
    const int last = pageOfOffset(pageStarts, std::max(start, end - 1));
    if (first == last)
        return QCoreApplication::translate("counterpoint::Article", "p. %1").arg(first);
    return QCoreApplication::translate("counterpoint::Article", "pp. %1–%2").arg(first).arg(last);
}

} // namespace counterpoint

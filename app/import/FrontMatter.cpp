#include "FrontMatter.h"

namespace counterpoint {

FrontMatter FrontMatter::split(const QString &markdown)
{
    FrontMatter result;
    result.body = markdown;
    if (!markdown.startsWith(QLatin1String("---\n")))
        return result;
    const qsizetype close = markdown.indexOf(QLatin1String("\n---"), 3);
    if (close < 0)
        return result;
    const qsizetype bodyStart = markdown.indexOf(u'\n', close + 4);
    const auto lines = QStringView(markdown).mid(4, close - 4).split(u'\n');
    for (const auto line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        QString value = line.mid(colon + 1).trimmed().toString();
        if (value.size() >= 2 && ((value.startsWith(u'"') && value.endsWith(u'"')) ||
                                  (value.startsWith(u'\'') && value.endsWith(u'\''))))
            value = value.mid(1, value.size() - 2);
        result.fields.insert(line.left(colon).trimmed().toString().toLower(), value);
    }
    result.body = bodyStart < 0 ? QString() : markdown.mid(bodyStart + 1);
    return result;
}

} // namespace counterpoint

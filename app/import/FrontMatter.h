#pragma once

#include <QHash>
#include <QString>

namespace counterpoint {

// The "key: value" block between two "---" lines that opens many Markdown files (title, author,
// date, …). Only flat keys are read; it is metadata, not part of the article's text.
struct FrontMatter
{
    QHash<QString, QString> fields; // keys lower-cased, values unquoted
    QString body;                   // the Markdown after the block

    static FrontMatter split(const QString &markdown);
};

} // namespace counterpoint

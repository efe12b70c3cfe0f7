#pragma once

#include <QString>

namespace counterpoint {

// What an HTML page says about itself in <meta> and <link rel="canonical">. Fields the page does
// not give stay empty.
struct HtmlMetadata
{
    QString title;
    QString publisher;
    QString author;
    QString url;
    QString published;

    static HtmlMetadata read(const QString &html);
};

} // namespace counterpoint

#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace counterpoint {

struct DecodedText
{
    QString text;     // line endings normalised to '\n', byte order mark removed
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
};

// Decodes an article file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else
// Windows-1252 when every byte maps to a character. Anything else, or control characters that
// no text file holds, is "not text". fileName is only used in messages.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName);

} // namespace counterpoint

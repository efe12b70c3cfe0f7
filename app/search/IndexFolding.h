#pragma once

#include <QString>

namespace counterpoint::search {

// Whether a file's search index (FTS5, trigram) may be asked for the texts holding substring: it
// finds only substrings of three characters or more, and it folds case by tables of its own
// (SQLite's, of an older Unicode), which for some letters differ from Qt's case folding that the
// search compares with. Case-insensitively, a substring with such a letter (or a letter of the
// same case class) is not asked: the index could miss a text the search would find a hit in.
bool indexMayNarrow(const QString &substring, bool caseSensitive);

} // namespace counterpoint::search

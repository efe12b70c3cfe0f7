#pragma once

// The importers as the fuzzers and the regression replay see them: bytes in, an answer out. One
// definition serves the clang libFuzzer targets and the g++ replay of tests/fuzz/regressions, so
// a crash found by one is replayed through exactly the same calls by the other.
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace counterpoint::fuzz {

// article_txt, article_md, article_html, w3c_json, qdpx: the folder names under corpus/ and
// regressions/ too.
QStringList targetNames();

// What every target needs, once per process: a GUI application on the offscreen platform (the
// article renderer is a QTextDocument) and a scratch project holding one article to anchor on.
// False, with the reason on stderr, when the project cannot be made.
bool initialize();

// Feeds input to the target's importer as a file called fileName, and stores what it read into
// the scratch project inside a transaction that is rolled back, so every input meets the same
// project. The value is a one-line summary of what was read; the error is the importer's own
// message. Aborts (for the fuzzer to report) when the importer breaks a promise of its own.
Result<QString> run(const QString &target, const QByteArray &input, const QString &fileName);

// The file name run() is given for target when the input has none (the fuzzers' case).
QString defaultFileName(const QString &target);

} // namespace counterpoint::fuzz

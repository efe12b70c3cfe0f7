#pragma once

#include <QLocale>
#include <QStringList>

namespace counterpoint {

// Installs the translators the command line and the window both run with, on the running
// QCoreApplication (which owns them): Counterpoint's English translation always, as it carries the
// singular and plural forms of the "%n article(s)" messages; then, when there is one,
// Counterpoint's translation for locale; and Qt's own (qtbase) for locale from Qt's translations
// folder, if found. A translation loaded later takes precedence. Returns the files loaded.
QStringList installTranslations(const QLocale &locale = QLocale::system());

} // namespace counterpoint

#pragma once

#include <QLoggingCategory>

// One category per area, for the fallback and recovery paths: quiet by default (warnings and
// above only), so a user or a test turns one on with, for example,
// QT_LOGGING_RULES="counterpoint.store.debug=true".
namespace counterpoint {
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // counterpoint.store: opening, migrations, bulk reads
Q_DECLARE_LOGGING_CATEGORY(lcExchange) // counterpoint.exchange: reading and writing formats
Q_DECLARE_LOGGING_CATEGORY(lcImport)   // counterpoint.import: article files
Q_DECLARE_LOGGING_CATEGORY(lcAnchor)   // counterpoint.anchor: re-anchoring, fuzzy matching
Q_DECLARE_LOGGING_CATEGORY(lcEdit)     // counterpoint.edit: undo history, sessions
Q_DECLARE_LOGGING_CATEGORY(lcCli)      // counterpoint.cli: the command line
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // counterpoint.ui: the window
} // namespace counterpoint

#include "log/LogCategories.h"

namespace counterpoint {
Q_LOGGING_CATEGORY(lcStore, "counterpoint.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "counterpoint.exchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "counterpoint.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnchor, "counterpoint.anchor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEdit, "counterpoint.edit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "counterpoint.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "counterpoint.ui", QtWarningMsg)
} // namespace counterpoint

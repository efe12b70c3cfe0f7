#include "ShortActionText.h"

#include <QAction>

namespace counterpoint::ui {

void keepTextShort(QAction *action, int maxCharacters)
{
    auto shorten = [action, maxCharacters] {
        const QString text = action->text();
        if (text.size() <= maxCharacters)
            return;
        // QUndoGroup sets the whole text again on every change; this runs after it.
        action->setToolTip(text);
        action->setText(text.left(maxCharacters - 1).trimmed() + u'…');
    };
    QObject::connect(action, &QAction::changed, action, shorten);
    shorten();
}

} // namespace counterpoint::ui

#pragma once

class QAction;

namespace counterpoint::ui {

// Keeps an action's menu text short (Edit › Undo “Tag as claim in <a long article title>” was
// as wide as the title): elided to about sixty characters, the whole text in its tool tip.
void keepTextShort(QAction *action, int maxCharacters = 60);

} // namespace counterpoint::ui

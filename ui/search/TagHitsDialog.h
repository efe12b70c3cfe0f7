#pragma once

#include "search/TagHits.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace counterpoint {
class Project;
}

namespace counterpoint::ui {

// "Tag as…" for the hits chosen in the Search panel: the kind, the actor, the tags and (for the
// new annotations) the set they go into.
class TagHitsDialog final : public QDialog
{
    Q_OBJECT

public:
    TagHitsDialog(const Project &project, int hitCount, QWidget *parent = nullptr);
    search::TagChoice choice() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *actorBox() const { return m_actor; }
    QComboBox *setBox() const { return m_set; }
    QListWidget *tagList() const { return m_tags; }

private:
    QComboBox *m_kind = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_set = nullptr;
    QListWidget *m_tags = nullptr;
};

} // namespace counterpoint::ui

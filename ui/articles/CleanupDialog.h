#pragma once

#include "articles/CleanupSuggester.h"
#include "domain/Annotation.h"
#include "domain/Article.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace counterpoint::ui {

// Article › Suggest Clean-up…: the likely debris of a scraped article, each a checkable line
// beside the article's text where it is marked (struck through while checked); Remove Checked
// takes all that is checked out in one step.
class CleanupDialog final : public QDialog
{
    Q_OBJECT

public:
    CleanupDialog(const Article &article, QList<CleanupSuggestion> suggestions,
                  QList<Annotation> annotations, QWidget *parent = nullptr);

    QList<TextCut> checkedCuts() const;

private:
    void showMarks();
    void reveal(int row);

    QList<CleanupSuggestion> m_suggestions;
    QList<Annotation> m_annotations;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace counterpoint::ui

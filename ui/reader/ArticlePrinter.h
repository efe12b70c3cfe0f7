#pragma once

#include "domain/Annotation.h"
#include "domain/Article.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace counterpoint::ui {

// An article on paper as the reader shows it: its highlights, the coding stripes beside the
// text with their labels, a header with the title, publisher and date on every page, and the
// page number in the footer. Prints to whatever QPrinter is given (a printer, a PDF file, the
// print preview).
class ArticlePrinter final
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ui::ArticlePrinter)

public:
    ArticlePrinter(Article article, QList<Annotation> annotations);

    void setStripesShown(bool shown) { m_stripes = shown; }
    // The stripes' labels (actor and tags), as the pane has them.
    void setLabeller(std::function<QString(const Annotation &)> label)
    {
        m_label = std::move(label);
    }

    // The number of pages printed; 0 when the printer could not be started.
    int print(QPrinter &printer) const;

private:
    Article m_article;
    QList<Annotation> m_annotations;
    std::function<QString(const Annotation &)> m_label;
    bool m_stripes = true;
};

} // namespace counterpoint::ui

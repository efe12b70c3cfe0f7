#include "SourceViewer.h"

#include "ui/common/MonospaceFont.h"
#include "ui/reader/SourceHighlighter.h"

#include "import/TextDecoding.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

SourceSyntax syntaxOf(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::Html:
        return SourceSyntax::Html;
    case ArticleFormat::Markdown:
        return SourceSyntax::Markdown;
    case ArticleFormat::PlainText:
    case ArticleFormat::Pdf:
        break;
    }
    return SourceSyntax::PlainText;
}

QString formatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::Html:
        return SourceViewer::tr("HTML");
    case ArticleFormat::Markdown:
        return SourceViewer::tr("Markdown");
    case ArticleFormat::Pdf:
        return SourceViewer::tr("PDF");
    case ArticleFormat::PlainText:
        break;
    }
    return SourceViewer::tr("Plain text");
}

} // namespace

SourceViewer::SourceViewer(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sourceViewer"));
    setWindowTitle(tr("Source of “%1”").arg(article.title));

    // The bytes as imported, decoded as the importer did; an article without them (one made by
    // importing annotations) can only show its text.
    QString source;
    QString about;
    if (article.original.isEmpty()) {
        source = article.text;
        about = tr("The original file of this article is not in the project; this is its text.");
    } else {
        auto decoded = decodeText(article.original, article.sourceFileName);
        source = decoded ? decoded->text : QString::fromUtf8(article.original);
        about = tr("%1 · %2 · %3")
                    .arg(article.sourceFileName.isEmpty() ? tr("(no file name)")
                                                          : article.sourceFileName,
                         formatName(article.format),
                         QLocale().formattedDataSize(article.original.size()));
        if (decoded && decoded->encoding != u"UTF-8")
            about += QStringLiteral(" · ") + decoded->encoding;
    }

    auto *label = new QLabel(about, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(monospaceFont());
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Source of the article"));
    m_text->setPlainText(source);
    m_highlighter = createHighlighter(article.original.isEmpty() ? SourceSyntax::PlainText
                                                                 : syntaxOf(article.format),
                                      m_text->document(), m_text->palette());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    m_text->setFocus();
}

} // namespace counterpoint::ui

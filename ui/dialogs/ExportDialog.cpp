#include "ExportDialog.h"

#include "ui/common/MonospaceFont.h"
#include "ui/common/TaskProgress.h"
#include "ui/dialogs/FileFolders.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/reader/SourceHighlighter.h"

#include "session/ProjectReadModel.h"
#include "store/Project.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace counterpoint::ui {

namespace {

// Enough to judge the output by, quick to make on any project.
constexpr int previewAnnotations = 50;
constexpr int previewLines = 200;

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::JsonLd:
        return ExportDialog::tr("W3C Web Annotations (JSON-LD)");
    case ExportFormat::Csv:
        return ExportDialog::tr("CSV spreadsheet");
    case ExportFormat::Markdown:
        return ExportDialog::tr("Markdown report");
    case ExportFormat::Html:
        return ExportDialog::tr("HTML report");
    case ExportFormat::Pdf:
        return ExportDialog::tr("PDF report");
    case ExportFormat::Qdpx:
        return ExportDialog::tr("REFI-QDA project (.qdpx)");
    case ExportFormat::Aif:
        return ExportDialog::tr("Argument Interchange Format (AIF JSON)");
    case ExportFormat::ClaimReview:
        return ExportDialog::tr("Fact checks (schema.org ClaimReview JSON-LD)");
    }
    return {};
}

SourceSyntax syntaxOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::JsonLd:
    case ExportFormat::Aif:
    case ExportFormat::ClaimReview:
        return SourceSyntax::Json;
    case ExportFormat::Csv:
        return SourceSyntax::Csv;
    case ExportFormat::Markdown:
        return SourceSyntax::Markdown;
    case ExportFormat::Html:
        return SourceSyntax::Html;
    case ExportFormat::Pdf:
    case ExportFormat::Qdpx:
        break;
    }
    return SourceSyntax::PlainText;
}

// Binary formats get words instead of a preview.
QString description(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return ExportDialog::tr(
            "A PDF report to print or share: for each article, its claims with their actors and "
            "quotes, the counterclaims that rebut them and the sources that support them; then "
            "counts by actor and kind.\n\nIt holds the same text as the Markdown and HTML "
            "reports: choose one of those to preview it.");
    case ExportFormat::Qdpx:
        return ExportDialog::tr(
            "A REFI-QDA project for qualitative analysis tools such as ATLAS.ti, MAXQDA and "
            "NVivo: a zip file holding the text of each article and every annotation as a coded "
            "passage, with its kind and tags as codes, its actor as a case and its comment as a "
            "memo.\n\nFile › Import Annotations reads it back.");
    default:
        return {};
    }
}

} // namespace

ExportDialog::ExportDialog(const Project &project, const AnnotationTableModel &annotations,
                           QList<QUuid> shownIds, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_annotations(annotations)
    , m_shownIds(std::move(shownIds))
    , m_format(new QComboBox(this))
    , m_wholeProject(new QRadioButton(this))
    , m_chosenSets(new QRadioButton(tr("Chosen annotation &sets:"), this))
    , m_shown(new QRadioButton(this))
    , m_sets(new QListWidget(this))
    , m_previewCaption(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Annotations"));

    for (ExportFormat format : allExportFormats())
        m_format->addItem(formatName(format), int(format));
    m_format->setObjectName(QStringLiteral("format"));

    const int total = m_annotations.rowCount();
    m_wholeProject->setText(tr("&Whole project (%Ln annotation(s))", nullptr, total));
    m_wholeProject->setChecked(true);
    m_shown->setText(
        tr("What the annotation &list shows (%Ln annotation(s))", nullptr, int(m_shownIds.size())));
    m_shown->setToolTip(tr("The annotations left by the filters of the annotation list"));

    QHash<QUuid, int> perSet;
    for (int row = 0; row < total; ++row)
        ++perSet[m_annotations.rowAt(row).setId];
    m_sets->setObjectName(QStringLiteral("sets"));
    m_sets->setAccessibleName(tr("Annotation sets to export"));
    // The sets as the window's read model has them: no second query that could fail here.
    const QList<AnnotationSet> sets = m_annotations.readModel()
                                          ? m_annotations.readModel()->annotationSets()
                                          : QList<AnnotationSet>();
    for (const AnnotationSet &set : sets) {
        auto *item = new QListWidgetItem(
            tr("%1 (%Ln annotation(s))", nullptr, perSet.value(set.id)).arg(set.name), m_sets);
        item->setData(Qt::UserRole, set.id);
        item->setData(Qt::UserRole + 1, perSet.value(set.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_chosenSets->setEnabled(m_sets->count() > 0);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setFont(monospaceFont());
    m_preview->setAccessibleName(tr("Preview of the export"));
    m_previewCaption->setWordWrap(true);
    m_previewCaption->setBuddy(m_preview);

    m_exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *scopeBox = new QGroupBox(tr("Annotations"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_wholeProject);
    scopeLayout->addWidget(m_shown);
    scopeLayout->addWidget(m_chosenSets);
    scopeLayout->addWidget(m_sets, 1);
    auto *options = new QVBoxLayout;
    options->addLayout(form);
    options->addWidget(scopeBox, 1);
    auto *previewLayout = new QVBoxLayout;
    previewLayout->addWidget(m_previewCaption);
    previewLayout->addWidget(m_preview, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(options, 2);
    columns->addLayout(previewLayout, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(980, 620);
    // In the order they are laid out, not the order they were made.
    setTabOrder(m_format, m_wholeProject);
    setTabOrder(m_wholeProject, m_shown);
    setTabOrder(m_shown, m_chosenSets);
    setTabOrder(m_chosenSets, m_sets);
    setTabOrder(m_sets, m_preview);

    // Checking a set means exporting sets; the list stays usable either way for the keyboard.
    connect(m_sets, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->checkState() == Qt::Checked)
            m_chosenSets->setChecked(true);
        updateState();
        schedulePreview();
    });
    for (QRadioButton *button : {m_wholeProject, m_shown, m_chosenSets}) {
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            updateState();
            schedulePreview();
        });
    }
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        updatePreview();
    });
    // The dialog reads the project until it closes: it goes when the project goes.
    connect(&m_project, &QObject::destroyed, this, &QDialog::reject);
    // Ticking several sets in a row makes one preview, not one per tick.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    if (const ProjectReadModel *names = m_annotations.readModel()) {
        for (const ArticleSummary &article : names->articleSummaries())
            m_articleOrder.insert(article.id, int(m_articleOrder.size()));
    }
    updateState();
    updatePreview();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportDialog::ScopeChoice ExportDialog::scopeChoice() const
{
    if (m_chosenSets->isChecked())
        return ScopeChoice::Sets;
    if (m_shown->isChecked())
        return ScopeChoice::Shown;
    return ScopeChoice::Project;
}

void ExportDialog::setScopeChoice(ScopeChoice choice)
{
    switch (choice) {
    case ScopeChoice::Project:
        m_wholeProject->setChecked(true);
        break;
    case ScopeChoice::Sets:
        m_chosenSets->setChecked(true);
        break;
    case ScopeChoice::Shown:
        m_shown->setChecked(true);
        break;
    }
}

void ExportDialog::setSetChecked(const QUuid &setId, bool checked)
{
    for (int row = 0; row < m_sets->count(); ++row) {
        QListWidgetItem *item = m_sets->item(row);
        if (item->data(Qt::UserRole).toUuid() == setId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<QUuid> ExportDialog::checkedSets() const
{
    QList<QUuid> ids;
    for (int row = 0; row < m_sets->count(); ++row) {
        if (m_sets->item(row)->checkState() == Qt::Checked)
            ids.append(m_sets->item(row)->data(Qt::UserRole).toUuid());
    }
    return ids;
}

ExportScope ExportDialog::scope() const
{
    switch (scopeChoice()) {
    case ScopeChoice::Project:
        break;
    case ScopeChoice::Sets:
        return ExportScope::sets(checkedSets());
    case ScopeChoice::Shown:
        return ExportScope::annotations(m_shownIds);
    }
    return ExportScope::wholeProject();
}

int ExportDialog::countInScope() const
{
    switch (scopeChoice()) {
    case ScopeChoice::Project:
        break;
    case ScopeChoice::Sets: {
        int count = 0;
        for (int row = 0; row < m_sets->count(); ++row) {
            if (m_sets->item(row)->checkState() == Qt::Checked)
                count += m_sets->item(row)->data(Qt::UserRole + 1).toInt();
        }
        return count;
    }
    case ScopeChoice::Shown:
        return int(m_shownIds.size());
    }
    return m_annotations.rowCount();
}

QList<QUuid> ExportDialog::previewIds() const
{
    // The export orders annotations by article (as the article list does), then by position:
    // the preview takes the first ones in that order, so that it shows the output's beginning.
    const ScopeChoice choice = scopeChoice();
    const QList<QUuid> sets = checkedSets();
    const QSet<QUuid> setIds(sets.cbegin(), sets.cend());
    QSet<QUuid> shown;
    if (choice == ScopeChoice::Shown)
        shown = QSet<QUuid>(m_shownIds.cbegin(), m_shownIds.cend());
    using Key = std::tuple<int, int, int, QUuid>;
    QList<Key> keys;
    for (int row = 0; row < m_annotations.rowCount(); ++row) {
        const AnnotationRow &annotation = m_annotations.rowAt(row);
        const bool inScope = choice == ScopeChoice::Project ||
                             (choice == ScopeChoice::Sets && setIds.contains(annotation.setId)) ||
                             (choice == ScopeChoice::Shown && shown.contains(annotation.id));
        if (inScope)
            keys.append({m_articleOrder.value(annotation.articleId, m_articleOrder.size()),
                         annotation.start, annotation.end, annotation.id});
    }
    const qsizetype count = std::min<qsizetype>(previewAnnotations, keys.size());
    std::partial_sort(keys.begin(), keys.begin() + count, keys.end());
    QList<QUuid> ids;
    for (qsizetype i = 0; i < count; ++i)
        ids.append(std::get<3>(keys.at(i)));
    return ids;
}

void ExportDialog::updateState()
{
    m_exportButton->setEnabled(countInScope() > 0);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const ExportFormat chosen = format();
    const SourceSyntax syntax = syntaxOf(chosen);
    delete m_highlighter;
    m_highlighter = nullptr;
    if (syntax == SourceSyntax::PlainText) {
        m_previewCaption->setText(tr("About this format:"));
        m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_preview->setFont(font());
        m_preview->setPlainText(description(chosen));
        return;
    }
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(monospaceFont());

    const int count = countInScope();
    const QList<QUuid> ids = previewIds();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto made = exportAnnotations(m_project, chosen, ExportScope::annotations(ids), buffer,
                                  tr("the preview"));
    if (!made) {
        m_previewCaption->setText(tr("No preview:"));
        m_preview->setPlainText(made.errorMessage());
        return;
    }
    QString text = QString::fromUtf8(buffer.data());
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // CSV ends records with CRLF
    qsizetype cut = -1;
    for (int line = 0; line < previewLines; ++line) {
        cut = text.indexOf(u'\n', cut + 1);
        if (cut < 0)
            break;
    }
    const bool truncated = cut >= 0 && cut + 1 < text.size();
    if (truncated)
        text.truncate(cut);

    if (count == 0)
        m_previewCaption->setText(tr("Nothing to export: no annotations are chosen."));
    else if (count > ids.size())
        m_previewCaption->setText(
            tr("Preview of the export's beginning, made from the first %1 of %Ln annotation(s):",
               nullptr, count)
                .arg(ids.size()));
    else
        m_previewCaption->setText(
            tr("Preview of the export of %Ln annotation(s):", nullptr, count));
    if (truncated)
        m_previewCaption->setText(m_previewCaption->text() + u' ' +
                                  tr("(the first %1 lines)").arg(previewLines));
    m_preview->setPlainText(text);
    m_highlighter = createHighlighter(syntax, m_preview->document(), m_preview->palette());
}

QString ExportDialog::chooseFile()
{
    const ExportFormat chosen = format();
    const QString suffix = fileSuffix(chosen);
    const QString folder = FileFolders::startFolder(FileFolders::exports, m_project.filePath());
    const QString proposed = QDir(folder).filePath(m_project.name() + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Annotations"), proposed,
                                                tr("%1 (*.%2)").arg(formatName(chosen), suffix));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    FileFolders::remember(FileFolders::exports, path);
    return path;
}

void ExportDialog::accept()
{
    const QString path = chooseFile();
    if (!path.isEmpty())
        (void)exportTo(path);
}

Result<ExportOutcome> ExportDialog::exportTo(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const std::unique_ptr<QProgressDialog> progress(createTaskProgress(
        this, tr("Exporting %Ln annotation(s) to “%1”…", nullptr, countInScope()).arg(fileName),
        QStringLiteral("exportProgress")));
    const ExportProgress report = progressCallback(progress.get());
    auto outcome =
        exportAnnotationsToFile(m_project, format(), scope(), path, [&](qint64 done, qint64 total) {
            emit exportProgressed(done, total);
            return report(done, total);
        });
    progress->close();
    if (!outcome) {
        if (outcome.error().code == Error::Code::Cancelled)
            emit exportCancelled(path);
        else
            emit exportFailed(path, outcome.errorMessage());
        return outcome;
    }
    emit exported(path, *outcome);
    QDialog::accept();
    return outcome;
}

} // namespace counterpoint::ui

#include "AgreementDialog.h"

#include "analysis/AgreementReader.h"
#include "analysis/BlindCoding.h"
#include "analysis/ProjectMerge.h"
#include "session/ProjectSession.h"
#include "store/Project.h"
#include "ui/curation/CurationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace counterpoint::ui {

using namespace analysis;

namespace {

QString shown(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 3) : QStringLiteral("n/a");
}

// Red at 0 (and below: no better than chance), through yellow, to green at 1.
QColor scaled(double value)
{
    if (!std::isfinite(value))
        return QColor(Qt::lightGray);
    const double share = std::clamp(value, 0.0, 1.0);
    return QColor::fromHsvF(float(share / 3.0), 0.45f, 1.0f);
}

QString typeName(DisagreementType type)
{
    switch (type) {
    case DisagreementType::OnlyFirst:
    case DisagreementType::OnlySecond:
        return AgreementDialog::tr("coded by one only");
    case DisagreementType::Boundaries:
        return AgreementDialog::tr("boundaries differ");
    case DisagreementType::Code:
        return AgreementDialog::tr("kind or tags differ");
    case DisagreementType::BoundariesAndCode:
        return AgreementDialog::tr("boundaries and kind differ");
    }
    return {};
}

} // namespace

AgreementDialog::AgreementDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Agreement"));
    setObjectName(QStringLiteral("agreementDialog"));
    resize(1000, 680);

    m_reveal = new QCheckBox(tr("Reveal other analysts' sets (blind coding)"), this);
    m_reveal->setObjectName(QStringLiteral("revealSets"));
    m_sets = new QListWidget(this);
    m_sets->setObjectName(QStringLiteral("agreementSets"));
    m_sets->setToolTip(tr("The annotation sets to compare: each one coder's reading"));
    m_scheme = new QComboBox(this);
    m_scheme->addItem(tr("Kind"), int(CodeScheme::Kind));
    m_scheme->addItem(tr("Tag"), int(CodeScheme::Tag));
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Krippendorff's α (nominal, per character)"), int(Measure::Alpha));
    m_measure->addItem(tr("Cohen's κ (per character)"), int(Measure::Kappa));
    m_measure->addItem(tr("Percent agreement (per character)"), int(Measure::Percent));
    m_measure->addItem(tr("Unitizing α (Krippendorff 2004)"), int(Measure::Unitizing));
    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Coders × coders"));
    m_layout->addItem(tr("Codes × pairs of coders"));
    m_code = new QComboBox(this);
    auto *computeButton = new QPushButton(tr("&Compute"), this);
    computeButton->setObjectName(QStringLiteral("computeAgreement"));

    auto *controls = new QFormLayout;
    controls->addRow(tr("Compare by:"), m_scheme);
    controls->addRow(tr("Measure:"), m_measure);
    controls->addRow(tr("Matrix:"), m_layout);
    controls->addRow(tr("Code:"), m_code);
    controls->addRow(computeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Sets (coders):"), this));
    left->addWidget(m_sets, 1);
    left->addWidget(m_reveal);
    left->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_matrix = new QTableWidget(this);
    m_matrix->setObjectName(QStringLiteral("agreementMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_disagreements = new QListWidget(this);
    m_disagreements->setObjectName(QStringLiteral("agreementDisagreements"));
    m_versions = new QTextBrowser(this);
    m_versions->setObjectName(QStringLiteral("agreementVersions"));

    auto *right = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(right);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_matrix, 1);
    right->addWidget(top);
    right->addWidget(m_disagreements);
    right->addWidget(m_versions);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *curate = buttons->addButton(tr("C&urate…"), QDialogButtonBox::ActionRole);
    curate->setObjectName(QStringLiteral("curateSets"));
    curate->setToolTip(tr("Settle the disagreements of the chosen pair of sets (or of every "
                          "set compared, when no cell is chosen) into the consensus set"));
    connect(curate, &QPushButton::clicked, this, [this] { emit curateRequested(setsToCurate()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(computeButton, &QPushButton::clicked, this, &AgreementDialog::compute);
    for (QComboBox *box : {m_measure, m_layout, m_code})
        connect(box, &QComboBox::currentIndexChanged, this, &AgreementDialog::fillMatrix);
    connect(m_reveal, &QCheckBox::toggled, this, &AgreementDialog::fillSets);
    connect(m_matrix, &QTableWidget::cellClicked, this, &AgreementDialog::selectCell);
    connect(m_disagreements, &QListWidget::currentRowChanged, this,
            &AgreementDialog::showDisagreement);
    fillSets();
}

AgreementDialog *AgreementDialog::showFor(QWidget *window, ProjectSession *session)
{
    if (!session)
        return nullptr;
    auto *dialog = new AgreementDialog(session->project(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the project: it goes when the project does.
    connect(&session->project(), &QObject::destroyed, dialog, &QObject::deleteLater);
    connect(dialog, &AgreementDialog::curateRequested, window,
            [window, session](const QList<QUuid> &setIds) {
                CurationDialog::showFor(window, session, setIds);
            });
    dialog->show();
    dialog->compute();
    return dialog;
}

QList<QUuid> AgreementDialog::setsToCurate() const
{
    if (!m_report || m_report->setIds.size() < 2)
        return {};
    if (m_cellFirst >= 0 && m_cellSecond >= 0 && m_cellFirst != m_cellSecond &&
        m_cellFirst < m_report->setIds.size() && m_cellSecond < m_report->setIds.size())
        return {m_report->setIds.at(m_cellFirst), m_report->setIds.at(m_cellSecond)};
    return m_report->setIds;
}

void AgreementDialog::fillSets()
{
    m_sets->clear();
    auto sets = m_project.annotationSets();
    if (!sets)
        return;
    // Checked at first: the sets someone coded in, but not the versions a merge did not keep.
    QSet<QUuid> used;
    const Status read = m_project.forEachAnnotation(
        [&](Annotation &&annotation) { used.insert(annotation.setId); });
    // While the project codes blind, other analysts' sets stay out of the list until revealed.
    QSet<QUuid> hidden;
    if (m_reveal->isChecked() == false) {
        if (auto roles = m_project.annotationSetRoles())
            hidden = hiddenSets(*roles, m_project.author(), isBlindCoding(m_project));
    }
    m_reveal->setVisible(isBlindCoding(m_project));
    for (const AnnotationSet &set : std::as_const(*sets)) {
        if (hidden.contains(set.id))
            continue;
        auto *item = new QListWidgetItem(set.name, m_sets);
        item->setData(Qt::UserRole, set.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool coded = !read || (used.contains(set.id) && set.name != recordSetName());
        item->setCheckState(coded ? Qt::Checked : Qt::Unchecked);
    }
}

bool AgreementDialog::compute()
{
    AgreementRequest request;
    for (int row = 0; row < m_sets->count(); ++row) {
        if (m_sets->item(row)->checkState() == Qt::Checked)
            request.setIds.append(m_sets->item(row)->data(Qt::UserRole).toUuid());
    }
    request.scheme = CodeScheme(m_scheme->currentData().toInt());
    auto input = readAgreementInput(m_project, request);
    if (!input) {
        m_summary->setText(input.errorMessage());
        m_report.reset();
        m_matrix->clear();
        m_matrix->setRowCount(0);
        m_matrix->setColumnCount(0);
        return false;
    }
    m_report = computeAgreement(*input);
    m_cellFirst = m_cellSecond = -1;
    const QSignalBlocker blocker(m_code);
    m_code->clear();
    m_code->addItem(tr("All codes"), -1);
    for (qsizetype code = 0; code < m_report->codes.size(); ++code)
        m_code->addItem(m_report->codes.at(code), int(code));
    const Figures &all = m_report->overall.all;
    const bool two = m_report->coders.size() == 2;
    m_summary->setText(
        tr("Articles: %1; characters: %2. Unitizing α %3; Krippendorff's α %4; %5 %6; percent "
           "agreement %7.")
            .arg(m_report->articles.size())
            .arg(all.characters)
            .arg(shown(all.unitizingAlpha), shown(all.krippendorffAlphaNominal),
                 two ? tr("Cohen's κ") : tr("Fleiss' κ"),
                 shown(two ? all.cohenKappa : all.fleissKappa), shown(all.percentAgreement)));
    fillMatrix();
    return true;
}

int AgreementDialog::selectedCode() const
{
    return m_code->currentIndex() < 0 ? -1 : m_code->currentData().toInt();
}

double AgreementDialog::figureOf(const PairFigures &pair) const
{
    switch (Measure(m_measure->currentData().toInt())) {
    case Measure::Alpha:
        return pair.krippendorffAlphaNominal;
    case Measure::Kappa:
        return pair.cohenKappa;
    case Measure::Percent:
        return pair.percentAgreement;
    case Measure::Unitizing:
        return pair.unitizingAlpha;
    }
    return 0;
}

void AgreementDialog::fillMatrix()
{
    m_matrix->clear();
    m_disagreements->clear();
    m_versions->clear();
    if (!m_report)
        return;
    const QStringList &coders = m_report->coders;
    auto cell = [&](double value, int first, int second, int code) {
        auto *item = new QTableWidgetItem(shown(value));
        item->setTextAlignment(Qt::AlignCenter);
        item->setBackground(scaled(value));
        item->setForeground(QColor(Qt::black));
        item->setData(Qt::UserRole, QList<QVariant>{first, second, code});
        return item;
    };
    if (m_layout->currentIndex() == 0) {
        const int code = selectedCode();
        const Figures &figures =
            code < 0 ? m_report->overall.all : m_report->overall.perCode[size_t(code)];
        m_matrix->setRowCount(int(coders.size()));
        m_matrix->setColumnCount(int(coders.size()));
        m_matrix->setHorizontalHeaderLabels(coders);
        m_matrix->setVerticalHeaderLabels(coders);
        for (const PairFigures &pair : figures.pairs) {
            const double value = figureOf(pair);
            m_matrix->setItem(pair.first, pair.second, cell(value, pair.first, pair.second, code));
            m_matrix->setItem(pair.second, pair.first, cell(value, pair.first, pair.second, code));
        }
        for (int coder = 0; coder < coders.size(); ++coder) {
            auto *item = new QTableWidgetItem(QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignCenter);
            item->setFlags(Qt::NoItemFlags);
            m_matrix->setItem(coder, coder, item);
        }
        return;
    }
    // Codes × pairs.
    const std::vector<PairFigures> &pairs = m_report->overall.all.pairs;
    QStringList pairNames;
    for (const PairFigures &pair : pairs)
        pairNames.append(coders.at(pair.first) + QStringLiteral(" – ") + coders.at(pair.second));
    QStringList codeNames = m_report->codes;
    codeNames.prepend(tr("All codes"));
    m_matrix->setRowCount(int(codeNames.size()));
    m_matrix->setColumnCount(int(pairs.size()));
    m_matrix->setHorizontalHeaderLabels(pairNames);
    m_matrix->setVerticalHeaderLabels(codeNames);
    for (int row = 0; row < codeNames.size(); ++row) {
        const int code = row - 1;
        const Figures &figures =
            code < 0 ? m_report->overall.all : m_report->overall.perCode[size_t(code)];
        for (size_t p = 0; p < figures.pairs.size(); ++p) {
            const PairFigures &pair = figures.pairs[p];
            m_matrix->setItem(row, int(p), cell(figureOf(pair), pair.first, pair.second, code));
        }
    }
}

void AgreementDialog::selectCell(int row, int column)
{
    m_disagreements->clear();
    m_versions->clear();
    m_listed.clear();
    QTableWidgetItem *item = m_matrix->item(row, column);
    if (!m_report || !item || !item->data(Qt::UserRole).isValid())
        return;
    const QList<QVariant> key = item->data(Qt::UserRole).toList();
    const int first = key.value(0).toInt(), second = key.value(1).toInt(),
              code = key.value(2).toInt();
    m_cellFirst = first;
    m_cellSecond = second;
    auto hasCode = [&](const std::optional<ReadingSpan> &span) {
        return span && std::find(span->codes.begin(), span->codes.end(), code) != span->codes.end();
    };
    QHash<QUuid, QString> titles;
    for (const ScopeFigures &article : std::as_const(m_report->articles))
        titles.insert(article.articleId, article.title);
    for (const PairDisagreements &found : std::as_const(m_report->disagreements)) {
        if (found.first != first || found.second != second)
            continue;
        for (const Disagreement &disagreement : found.disagreements) {
            if (code >= 0 && !hasCode(disagreement.first) && !hasCode(disagreement.second))
                continue;
            m_listed.append({found.articleId, first, second, disagreement});
            const ReadingSpan &any =
                disagreement.first ? *disagreement.first : *disagreement.second;
            QString who;
            if (disagreement.type == DisagreementType::OnlyFirst)
                who = m_report->coders.at(first);
            else if (disagreement.type == DisagreementType::OnlySecond)
                who = m_report->coders.at(second);
            m_disagreements->addItem(tr("%1, %2–%3: %4%5")
                                         .arg(titles.value(found.articleId))
                                         .arg(any.start)
                                         .arg(any.end)
                                         .arg(typeName(disagreement.type),
                                              who.isEmpty() ? QString() : tr(" (%1)").arg(who)));
        }
    }
    if (m_disagreements->count() == 0)
        m_disagreements->addItem(tr("No disagreements."));
}

void AgreementDialog::showDisagreement(int index)
{
    m_versions->clear();
    if (index < 0 || index >= m_listed.size() || !m_report)
        return;
    const Listed &listed = m_listed.at(index);
    auto text = m_project.articleText(listed.articleId);
    if (!text) {
        m_versions->setPlainText(text.errorMessage());
        return;
    }
    const std::optional<ReadingSpan> &a = listed.disagreement.first;
    const std::optional<ReadingSpan> &b = listed.disagreement.second;
    const qint64 from = std::min(a ? a->start : b->start, b ? b->start : a->start);
    const qint64 to = std::max(a ? a->end : b->end, b ? b->end : a->end);
    // Some words of context either side, cut where a word ends.
    qint64 contextStart = std::max<qint64>(0, from - 120);
    while (contextStart > 0 && !text->at(contextStart - 1).isSpace())
        --contextStart;
    qint64 contextEnd = std::min<qint64>(text->size(), to + 120);
    while (contextEnd < text->size() && !text->at(contextEnd).isSpace())
        ++contextEnd;
    const QString before = contextStart > 0 ? QStringLiteral("…") : QString();
    const QString after = contextEnd < text->size() ? QStringLiteral("…") : QString();
    // Each version on a line of its own, its span marked in the coder's colour.
    auto version = [&](const std::optional<ReadingSpan> &span, const QString &coder,
                       const QString &colour) -> QString {
        QString html = QStringLiteral("<p><b>%1</b>").arg(coder.toHtmlEscaped());
        if (!span)
            return html + tr(": did not code this passage") + QStringLiteral("</p>");
        html += QStringLiteral(" (%1, %2–%3): ")
                    .arg(displayName(span->kind).toHtmlEscaped())
                    .arg(span->start)
                    .arg(span->end);
        html += before + text->mid(contextStart, span->start - contextStart).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background:%1\">%2</span>")
                    .arg(colour, text->mid(span->start, span->end - span->start).toHtmlEscaped());
        html += text->mid(span->end, contextEnd - span->end).toHtmlEscaped() + after;
        return html + QStringLiteral("</p>");
    };
    m_versions->setHtml(version(a, m_report->coders.at(listed.first), QStringLiteral("#9ecbff")) +
                        version(b, m_report->coders.at(listed.second), QStringLiteral("#ffc48a")));
}

} // namespace counterpoint::ui

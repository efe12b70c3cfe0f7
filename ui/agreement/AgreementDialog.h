#pragma once

#include "analysis/AgreementReport.h"

#include <QDialog>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QTextBrowser;

namespace counterpoint {
class Project;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

// View › Agreement: the chosen sets' agreement computed by the core, as a matrix of coders ×
// coders (or codes × pairs of coders) of the chosen measure, each cell coloured from red (no
// agreement beyond chance) to green (perfect). A click on a cell lists that pair's
// disagreements (for that code); a click on one shows both versions in the article's text.
class AgreementDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AgreementDialog(Project &project, QWidget *parent = nullptr);
    // Opens one over the window for the session's project, closed when the project closes.
    static AgreementDialog *showFor(QWidget *window, ProjectSession *session);

    // Computes for the checked sets; false (with the reason shown) when it cannot.
    bool compute();
    const std::optional<analysis::AgreementReport> &report() const { return m_report; }
    QTableWidget *matrix() const { return m_matrix; }
    QListWidget *disagreementList() const { return m_disagreements; }
    QListWidget *setList() const { return m_sets; }
    QTextBrowser *versions() const { return m_versions; }
    void selectCell(int row, int column);
    void showDisagreement(int index);
    // The sets to curate: the pair of the chosen cell, else every set compared.
    QList<QUuid> setsToCurate() const;

signals:
    // Curate… was pressed: settle the sets' disagreements (View › Curate…).
    void curateRequested(const QList<QUuid> &setIds);

private:
    enum class Measure { Alpha, Kappa, Percent, Unitizing };
    void fillSets();
    void fillMatrix();
    double figureOf(const analysis::PairFigures &pair) const;
    int selectedCode() const; // −1 for all codes together

    Project &m_project;
    QCheckBox *m_reveal = nullptr;
    QListWidget *m_sets = nullptr;
    QComboBox *m_scheme = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_code = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_matrix = nullptr;
    QListWidget *m_disagreements = nullptr;
    QTextBrowser *m_versions = nullptr;
    std::optional<analysis::AgreementReport> m_report;
    // The disagreements listed: pair, article and the disagreement.
    struct Listed
    {
        QUuid articleId;
        int first = 0, second = 0;
        analysis::Disagreement disagreement;
    };
    QList<Listed> m_listed;
    int m_cellFirst = -1, m_cellSecond = -1; // the pair of the cell last chosen
};

} // namespace counterpoint::ui

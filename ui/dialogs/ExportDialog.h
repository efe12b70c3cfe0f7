#pragma once

#include "exchange/common/Export.h"

#include <QDialog>
#include <QHash>
#include <QUuid>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSyntaxHighlighter;
class QTimer;

namespace counterpoint::ui {

class AnnotationTableModel;

// File › Export: a format, which annotations, and a preview of the output's beginning; then a
// file name, and the export runs with a progress dialog that can cancel it. What happened is
// reported through the signals, for the window to show.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class ScopeChoice { Project, Sets, Shown };

    // shownIds: what the annotation list shows, in its order.
    ExportDialog(const Project &project, const AnnotationTableModel &annotations,
                 QList<QUuid> shownIds, QWidget *parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    ScopeChoice scopeChoice() const;
    void setScopeChoice(ScopeChoice choice);
    void setSetChecked(const QUuid &setId, bool checked);
    ExportScope scope() const;

    QPlainTextEdit *preview() const { return m_preview; }
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }
    // Makes the preview now rather than after the short pause that gathers quick changes.
    void updatePreview();

    // Writes the export to path, atomically, with a progress dialog; the file dialog leads here.
    Result<ExportOutcome> exportTo(const QString &path);

signals:
    void exported(const QString &path, const counterpoint::ExportOutcome &outcome);
    void exportFailed(const QString &path, const QString &message);
    void exportCancelled(const QString &path);
    // Each time the export reports progress, before it asks whether to go on.
    void exportProgressed(qint64 done, qint64 total);

private:
    void accept() override; // asks for the file name, then exports
    void schedulePreview();
    void updateState();
    QList<QUuid> checkedSets() const;
    QList<QUuid> previewIds() const; // the first annotations in scope, in reading order
    int countInScope() const;
    QString chooseFile();

    const Project &m_project;
    const AnnotationTableModel &m_annotations;
    QList<QUuid> m_shownIds;
    QHash<QUuid, int> m_articleOrder; // as the article list and the export order them
    QComboBox *m_format = nullptr;
    QRadioButton *m_wholeProject = nullptr;
    QRadioButton *m_chosenSets = nullptr;
    QRadioButton *m_shown = nullptr;
    QListWidget *m_sets = nullptr;
    QLabel *m_previewCaption = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace counterpoint::ui

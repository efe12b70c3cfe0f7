#include "AnnotationTableModel.h"

#include "ui/common/KindStyle.h"

#include "log/LogCategories.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace counterpoint::ui {

namespace {

// A quote on one line, as a table cell shows it.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

// What free text is matched against: the passage and the comment, case-folded, in UTF-8 (a byte
// search can't match across characters, and most text takes half the memory of UTF-16).
QByteArray foldedText(const AnnotationRow &row)
{
    QString text = row.quote();
    if (!row.comment.isEmpty())
        text += u'\n' + QString::fromUtf8(row.comment);
    return text.toCaseFolded().toUtf8();
}

} // namespace

AnnotationTableModel::AnnotationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AnnotationTableModel::setSession(ProjectSession *session)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_project = session ? &session->project() : nullptr;
    m_names = session ? &session->readModel() : nullptr;
    if (m_project) {
        connect(m_project, &Project::annotationAdded, this, &AnnotationTableModel::addRow);
        connect(m_project, &Project::annotationChanged, this, &AnnotationTableModel::changeRow);
        connect(m_project, &Project::annotationRemoved, this,
                [this](const QUuid &id, const QUuid &) { removeRow(id); });
        // An article's annotations go with it; the project names only the article.
        connect(m_project, &Project::articleRemoved, this, &AnnotationTableModel::reload);
        connect(m_project, &Project::reset, this, &AnnotationTableModel::reload);
        connect(m_names, &ProjectReadModel::namesChanged, this,
                &AnnotationTableModel::namesChanged);
        connect(m_names, &ProjectReadModel::hiddenSetsChanged, this, &AnnotationTableModel::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

const ProjectReadModel *AnnotationTableModel::readModel() const
{
    return m_names.data();
}

void AnnotationTableModel::namesChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AnnotationTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_foldedTexts.clear();
    m_foldedStarts.clear();
    m_counts.clear();
    if (m_project) {
        // Row by row, slimmed as they come, so a large project never sits in memory twice; and
        // room for all of them at once, as growing the list step by step would leave twice its
        // size behind.
        if (auto count = m_project->annotationCount())
            m_rows.reserve(*count);
        else // only the reservation is lost; the read below reports the failure if it persists
            qCDebug(lcUi) << "Cannot count the annotations:" << count.errorMessage();
        // While the project codes blind, other analysts' sets are not the viewer's to see.
        const QSet<QUuid> hidden = m_names ? m_names->hiddenSets() : QSet<QUuid>();
        const Status read = m_project->forEachAnnotation([&](Annotation &&annotation) {
            if (!hidden.contains(annotation.setId))
                m_rows.append(makeRow(std::move(annotation)));
        });
        if (!read) {
            qCWarning(lcUi) << "Cannot list the annotations:" << read.errorMessage();
            m_rows.clear();
            emit errorOccurred(read.errorMessage());
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const AnnotationRow &a, const AnnotationRow &b) {
            return std::tie(a.articleId, a.start, a.end) < std::tie(b.articleId, b.start, b.end);
        });
        m_rowById.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row) {
            m_rowById.insert(m_rows.at(row).id, row);
            ++m_counts[m_rows.at(row).kind];
        }
    }
    // Now rather than on the first keystroke of a filter, which must stay quick.
    buildTextIndex();
    endResetModel();
    emit countsChanged();
}

int AnnotationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnnotationRow &annotation = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return annotation.id;
    case ArticleIdRole:
        return annotation.articleId;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KindColumn:
            return displayName(annotation.kind);
        case QuoteColumn:
            return oneLine(annotation.quote());
        case ActorColumn:
            return m_names ? m_names->actorName(annotation.actorId) : QString();
        case TagsColumn:
            return m_names ? m_names->tagNames(annotation.tagIds) : QString();
        case ArticleColumn:
            return m_names ? m_names->articleTitle(annotation.articleId) : QString();
        case SetColumn:
            return m_names ? m_names->setName(annotation.setId) : QString();
        case CommentColumn:
            return oneLine(QString::fromUtf8(annotation.comment));
        case AnchorColumn:
            return displayName(annotation.anchorState);
        case AuthorColumn:
            return annotation.author;
        case ModifiedColumn:
            return QLocale().toString(annotation.modified.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return KindStyle::icon(annotation.kind);
        if (index.column() == TagsColumn && annotation.tagIds.size() == 1 && m_names)
            return m_names->tagColor(annotation.tagIds.first());
        break;
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn)
            return annotation.quote();
        if (index.column() == CommentColumn)
            return QString::fromUtf8(annotation.comment);
        break;
    case Qt::ForegroundRole:
        // An orphaned annotation stays in the list, greyed, until it is re-attached.
        if (annotation.anchorState == AnchorState::Orphaned)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant AnnotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case QuoteColumn:
        return tr("Passage");
    case ActorColumn:
        return tr("Actor");
    case TagsColumn:
        return tr("Tags");
    case ArticleColumn:
        return tr("Article");
    case SetColumn:
        return tr("Set");
    case CommentColumn:
        return tr("Comment");
    case AnchorColumn:
        return tr("Anchor");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Modified");
    case ColumnCount:
        break;
    }
    return {};
}

QModelIndex AnnotationTableModel::indexOf(const QUuid &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

AnnotationRow AnnotationTableModel::makeRow(Annotation &&annotation)
{
    AnnotationRow row;
    row.id = annotation.id;
    row.articleId = annotation.articleId;
    row.setId = annotation.setId;
    row.actorId = annotation.actorId;
    row.tagIds = std::move(annotation.tagIds);
    row.exact = annotation.quote.exact.toUtf8();
    row.comment = annotation.comment.toUtf8();
    const auto known = m_authors.constFind(annotation.author);
    row.author = known != m_authors.cend() ? *known : *m_authors.insert(annotation.author);
    row.modified = annotation.modified;
    row.start = annotation.start;
    row.end = annotation.end;
    row.kind = annotation.kind;
    row.anchorState = annotation.anchorState;
    return row;
}

void AnnotationTableModel::buildTextIndex() const
{
    m_foldedTexts.clear();
    m_foldedStarts.clear();
    m_foldedStarts.reserve(m_rows.size() + 1);
    qsizetype size = 0;
    for (const AnnotationRow &row : m_rows)
        size += row.exact.size() + row.comment.size() + 2;
    m_foldedTexts.reserve(size + size / 16); // folding seldom changes the length
    for (const AnnotationRow &row : m_rows) {
        m_foldedStarts.append(int(m_foldedTexts.size()));
        m_foldedTexts += foldedText(row);
        m_foldedTexts += '\0';
    }
    m_foldedStarts.append(int(m_foldedTexts.size()));
}

QBitArray AnnotationTableModel::rowsContaining(const QByteArray &foldedUtf8) const
{
    QBitArray rows(m_rows.size());
    if (foldedUtf8.isEmpty() || m_rows.isEmpty())
        return rows;
    if (m_foldedStarts.size() != m_rows.size() + 1)
        buildTextIndex();
    const QByteArrayView texts(m_foldedTexts);
    qsizetype at = texts.indexOf(foldedUtf8);
    while (at >= 0) {
        // The row whose text holds the match; then go on after that row, one hit is enough.
        const auto next = std::upper_bound(m_foldedStarts.cbegin(), m_foldedStarts.cend(), at);
        const int row = int(next - m_foldedStarts.cbegin()) - 1;
        rows.setBit(row);
        at = texts.indexOf(foldedUtf8, *next);
    }
    return rows;
}

bool AnnotationTableModel::rowContains(const AnnotationRow &row, const QByteArray &foldedUtf8)
{
    return foldedText(row).contains(foldedUtf8);
}

void AnnotationTableModel::addRow(const Annotation &annotation)
{
    if (m_rowById.contains(annotation.id))
        return changeRow(annotation);
    if (m_names && m_names->isHidden(annotation))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(makeRow(Annotation(annotation)));
    m_rowById.insert(annotation.id, row);
    if (m_foldedStarts.size() == row + 1) { // the index is whole: extend it
        m_foldedTexts += foldedText(m_rows.last());
        m_foldedTexts += '\0';
        m_foldedStarts.append(int(m_foldedTexts.size()));
    }
    ++m_counts[annotation.kind];
    endInsertRows();
    emit countsChanged();
}

void AnnotationTableModel::changeRow(const Annotation &annotation)
{
    const int row = rowOf(annotation.id);
    if (row < 0)
        return addRow(annotation);
    if (m_names && m_names->isHidden(annotation)) // moved into a set the viewer does not see
        return removeRow(annotation.id);
    const AnnotationKind oldKind = m_rows.at(row).kind;
    m_rows[row] = makeRow(Annotation(annotation));
    m_foldedStarts.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (oldKind != annotation.kind) {
        --m_counts[oldKind];
        ++m_counts[annotation.kind];
        emit countsChanged();
    }
}

void AnnotationTableModel::removeRow(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    --m_counts[m_rows.at(row).kind];
    m_rows.removeAt(row);
    m_foldedStarts.clear();
    m_rowById.remove(id);
    reindexFrom(row);
    endRemoveRows();
    emit countsChanged();
}

void AnnotationTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).id] = i;
}

} // namespace counterpoint::ui

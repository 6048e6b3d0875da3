#include "callerfiltermodel.h"

#include "core/itemroles.h"
#include "core/phonenumber.h"

CallerFilterModel::CallerFilterModel(QObject *parent) : QAbstractTableModel(parent) {}

void CallerFilterModel::setNumber(const CallerFilterRepository &repository, qint64 numberId)
{
    m_repository = repository;
    m_numberId = numberId;
    (void)reload();
}

void CallerFilterModel::clear()
{
    m_numberId = 0;
    (void)reload();
}

Result<void> CallerFilterModel::reload()
{
    QList<CallerFilterEntry> entries;
    if (m_repository && m_numberId != 0) {
        auto listed = m_repository->entries(m_numberId);
        if (!listed) {
            fail(listed.error());
            return listed.error();
        }
        entries = listed.value();
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return {};
}

void CallerFilterModel::fail(const Error &error)
{
    m_lastError = error.message;
    emit errorOccurred(error.message);
}

Result<void> CallerFilterModel::addEntry(const QString &pattern, const QString &note)
{
    if (!m_repository || m_numberId == 0)
        return Error{Error::Kind::NotFound, tr("Choose a number first")};
    auto added = m_repository->add(m_numberId, pattern, note);
    if (!added) {
        fail(added.error());
        return added.error();
    }
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size()));
    m_entries << added.value();
    endInsertRows();
    return {};
}

int CallerFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CallerFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallerFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallerFilterEntry &entry = m_entries.at(index.row());
    switch (role) {
    case ItemRoles::IdRole: return entry.id;
    case ItemRoles::VersionRole: return entry.version;
    case ItemRoles::RawValueRole:
        switch (index.column()) {
        case PatternColumn: return entry.pattern;
        case KindColumn: return int(entry.kind());
        case NoteColumn: return entry.note;
        default: return {};
        }
    case Qt::EditRole:
        if (index.column() == PatternColumn)
            return entry.pattern;
        if (index.column() == NoteColumn)
            return entry.note;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case PatternColumn:
            if (entry.kind() == CallerFilterEntry::Kind::Exact)
                return PhoneNumber::displayForm(entry.pattern);
            if (entry.kind() == CallerFilterEntry::Kind::Anonymous)
                return tr("Anonymous");
            return entry.pattern;
        case KindColumn: return CallerFilterEntry::kindName(entry.kind());
        case NoteColumn: return entry.note;
        default: return {};
        }
    default: return {};
    }
}

QVariant CallerFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // list order is the priority among entries of one kind
    switch (section) {
    case PatternColumn: return tr("Caller");
    case KindColumn: return tr("Kind");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

Qt::ItemFlags CallerFilterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == PatternColumn || index.column() == NoteColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CallerFilterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_repository
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    CallerFilterEntry edited = m_entries.at(index.row());
    if (index.column() == PatternColumn)
        edited.pattern = value.toString();
    else if (index.column() == NoteColumn)
        edited.note = value.toString();
    else
        return false;
    auto saved = m_repository->update(edited);
    if (!saved) {
        fail(saved.error());
        if (saved.errorKind() == Error::Kind::Conflict || saved.errorKind() == Error::Kind::NotFound)
            (void)reload(); // someone else's version on screen; the message says who and when
        return false;
    }
    m_entries[index.row()] = saved.value();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

bool CallerFilterModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size() || !m_repository)
        return false;
    for (int i = row + count - 1; i >= row; --i) {
        auto removed = m_repository->remove(m_entries.at(i).id, m_entries.at(i).version);
        if (!removed) {
            fail(removed.error());
            (void)reload();
            return false;
        }
        beginRemoveRows(QModelIndex(), i, i);
        m_entries.removeAt(i);
        endRemoveRows();
    }
    return true;
}

bool CallerFilterModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !m_repository || sourceRow < 0
        || sourceRow >= m_entries.size() || destinationChild < 0 || destinationChild > m_entries.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    const int newPosition = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    auto moved = m_repository->move(m_entries.at(sourceRow).id, m_entries.at(sourceRow).version, newPosition);
    if (!moved) {
        fail(moved.error());
        (void)reload(); // the list as it is now
        return false;
    }
    auto fresh = m_repository->entries(m_numberId);
    if (!fresh) {
        fail(fresh.error());
        return false;
    }
    beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(), destinationChild);
    m_entries = fresh.value();
    endMoveRows();
    return true;
}

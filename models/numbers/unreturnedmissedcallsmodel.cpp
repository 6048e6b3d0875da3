#include "unreturnedmissedcallsmodel.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "core/phonenumber.h"

UnreturnedMissedCallsModel::UnreturnedMissedCallsModel(QObject *parent) : QAbstractTableModel(parent) {}

void UnreturnedMissedCallsModel::setRepository(const NumberRepository &repository, const Clock &clock, int days)
{
    m_repository = repository;
    m_clock = clock;
    m_days = days;
    (void)reload();
}

void UnreturnedMissedCallsModel::clear()
{
    m_repository.reset();
    (void)reload();
}

Result<void> UnreturnedMissedCallsModel::reload()
{
    QList<UnreturnedMissedCall> calls;
    if (m_repository) {
        auto listed = m_repository->unreturnedMissedCalls(m_clock.now().addDays(-m_days).toSecsSinceEpoch());
        if (!listed)
            return listed.error();
        calls = listed.value();
    }
    const int before = count();
    beginResetModel();
    m_calls = calls;
    endResetModel();
    if (before != count())
        emit countChanged(count());
    return {};
}

int UnreturnedMissedCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int UnreturnedMissedCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnreturnedMissedCallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnreturnedMissedCall &call = m_calls.at(index.row());
    if (role == ItemRoles::IdRole)
        return call.numberId;
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case CallerColumn: return call.caller;
        case NumberColumn: return call.did;
        case LastMissedColumn: return call.lastMissedAt;
        case MissedCountColumn: return call.missedCount;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale = Localization::locale();
    switch (index.column()) {
    case CallerColumn: return PhoneNumber::displayForm(call.caller);
    case NumberColumn: return PhoneNumber::displayForm(call.did);
    case LastMissedColumn: {
        const QTimeZone zone = m_repository ? m_repository->account().timeZone() : QTimeZone::utc();
        return locale.toString(QDateTime::fromSecsSinceEpoch(call.lastMissedAt, zone.isValid() ? zone : QTimeZone::utc()),
                               QLocale::ShortFormat);
    }
    case MissedCountColumn: return locale.toString(call.missedCount);
    default: return {};
    }
}

QVariant UnreturnedMissedCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CallerColumn: return tr("Caller");
    case NumberColumn: return tr("Number called");
    case LastMissedColumn: return tr("Last missed");
    case MissedCountColumn: return tr("Missed");
    default: return {};
    }
}

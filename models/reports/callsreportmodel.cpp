#include "callsreportmodel.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"

#include <QTimeZone>

#include <algorithm>
#include <climits>

CallsReportModel::CallsReportModel(QObject *parent) : QAbstractTableModel(parent) {}

CallsReportModel::~CallsReportModel() = default;

Result<void> CallsReportModel::setQuery(QSqlDatabase db, const Account &account, const ReportQuery &query)
{
    auto repository = std::make_unique<ReportRepository>(std::move(db), account);
    auto first = repository->page(query, m_sortKey, m_order, std::nullopt, kPageSize);
    if (!first)
        return first.error();
    beginResetModel();
    m_repository = std::move(repository);
    m_query = query;
    m_currency = account.currency;
    m_pages.clear();
    m_recent.clear();
    m_count = first->size();
    m_countKnown = m_count < kPageSize;
    if (!first->isEmpty()) {
        m_pages.insert(0, std::move(first).value());
        m_recent.append(0);
    }
    endResetModel();
    return {};
}

void CallsReportModel::setTotalRows(qint64 rows)
{
    if (!m_repository || rows < 0)
        return;
    if (rows > m_count) {
        beginInsertRows(QModelIndex(), int(std::min<qint64>(m_count, INT_MAX)), int(std::min<qint64>(rows, INT_MAX)) - 1);
        m_count = rows;
        m_countKnown = true;
        endInsertRows();
    } else if (rows < m_count) {
        // The calls changed since the rows were shown (an import elsewhere): keep what the count says.
        beginRemoveRows(QModelIndex(), int(std::min<qint64>(rows, INT_MAX)), int(std::min<qint64>(m_count, INT_MAX)) - 1);
        m_count = rows;
        m_countKnown = true;
        endRemoveRows();
    } else {
        m_countKnown = true;
    }
}

Result<void> CallsReportModel::countRows()
{
    if (!m_repository || m_countKnown)
        return {};
    auto count = m_repository->count(m_query);
    if (!count)
        return count.error();
    setTotalRows(count.value());
    return {};
}

bool CallsReportModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_repository && !m_countKnown;
}

void CallsReportModel::fetchMore(const QModelIndex &parent)
{
    // The next page is read on the next turn of the event loop: views (and QAbstractItemModelTester)
    // call fetchMore() from inside their handlers of this model's signals, where inserting rows at once
    // would nest one change in another.
    if (!canFetchMore(parent) || m_fetchPending)
        return;
    m_fetchPending = true;
    QMetaObject::invokeMethod(this, &CallsReportModel::fetchNextPage, Qt::QueuedConnection);
}

void CallsReportModel::fetchNextPage()
{
    m_fetchPending = false;
    if (!canFetchMore(QModelIndex()))
        return;
    // While the count is open m_count is a whole number of pages: the next page starts there.
    const int page = int(m_count / kPageSize);
    if (!loadPage(page)) {
        m_countKnown = true; // nothing more (or a failure, already reported)
        return;
    }
    const qsizetype added = m_pages.value(page).size();
    beginInsertRows(QModelIndex(), int(m_count), int(m_count + added) - 1);
    m_count += added;
    m_countKnown = added < kPageSize;
    endInsertRows();
}

void CallsReportModel::clear()
{
    beginResetModel();
    m_repository.reset();
    m_count = 0;
    m_countKnown = true;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

int CallsReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int CallsReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CallsReportModel::loadPage(int page) const
{
    const qint64 first = qint64(page) * kPageSize;
    const qint64 end = std::min<qint64>(m_count, first + kPageSize);
    const Qt::SortOrder reverse = m_order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    Result<QList<CallRecord>> rows = QList<CallRecord>();
    bool reversed = false;
    if (m_pages.contains(page - 1)) {
        rows = m_repository->page(m_query, m_sortKey, m_order, m_pages.value(page - 1).constLast(), kPageSize);
    } else if (m_pages.contains(page + 1)) {
        rows = m_repository->page(m_query, m_sortKey, reverse, m_pages.value(page + 1).constFirst(), kPageSize);
        reversed = true;
    } else if (!m_countKnown || first <= m_count / 2) {
        rows = m_repository->page(m_query, m_sortKey, m_order, std::nullopt, kPageSize, first);
    } else {
        // Far down the list: count from the end in the opposite order, which is as quick as the start.
        rows = m_repository->page(m_query, m_sortKey, reverse, std::nullopt, int(end - first), m_count - end);
        reversed = true;
    }
    if (!rows) {
        emit const_cast<CallsReportModel *>(this)->loadFailed(rows.errorMessage());
        return false;
    }
    QList<CallRecord> records = std::move(rows).value();
    if (reversed)
        std::reverse(records.begin(), records.end());
    if (records.isEmpty())
        return false;
    m_pages.insert(page, std::move(records));
    m_recent.append(page);
    while (m_recent.size() > kMaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    return true;
}

const CallRecord *CallsReportModel::record(int row) const
{
    if (!m_repository || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        if (!loadPage(page))
            return nullptr;
        found = m_pages.constFind(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int inPage = row % kPageSize;
    return inPage < found->size() ? &found->at(inPage) : nullptr;
}

QVariant CallsReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole && role != ItemRoles::IdRole
        && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == DurationColumn || index.column() == ChargeColumn;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    const CallRecord *call = record(index.row());
    if (!call)
        return {};
    if (role == ItemRoles::IdRole)
        return call->id;
    const bool raw = role == ItemRoles::RawValueRole;
    const QLocale locale = Localization::locale();
    switch (index.column()) {
    case StartedColumn:
        if (raw)
            return call->startedAt;
        return locale.toString(QDateTime::fromSecsSinceEpoch(call->startedAt, m_repository->account().timeZone()),
                               QLocale::ShortFormat);
    case NumberColumn:
        return raw ? call->did : PhoneNumber::displayForm(call->did);
    case CallerColumn:
        if (raw)
            return call->caller;
        return call->caller == QLatin1String("anonymous") ? tr("Anonymous") : PhoneNumber::displayForm(call->caller);
    case TypeColumn:
        return raw ? call->disposition : ReportQuery::dispositionLabel(call->disposition);
    case DurationColumn:
        if (raw)
            return call->durationS;
        return QStringLiteral("%1:%2").arg(locale.toString(call->durationS / 60)).arg(call->durationS % 60, 2, 10, QLatin1Char('0'));
    case ChargeColumn:
        return raw ? QVariant(call->chargeMicro) : QVariant(Money::fromMicro(call->chargeMicro, m_currency).format(locale));
    default:
        return {};
    }
}

QVariant CallsReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn: return tr("Started");
    case NumberColumn: return tr("Number");
    case CallerColumn: return tr("Caller");
    case TypeColumn: return tr("Type");
    case DurationColumn: return tr("Duration");
    case ChargeColumn: return tr("Charge");
    default: return {};
    }
}

void CallsReportModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // The view states the order the rows already have (a new report, its first page read): nothing to read again.
    if (ReportRepository::SortKey(column) == m_sortKey && order == m_order)
        return;
    beginResetModel();
    m_sortKey = ReportRepository::SortKey(column); // the columns follow SortKey's order
    m_order = order;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

#include "activitymodel.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"

namespace {

const char *const kDispositionKeys[] = {"answered", "missed", "voicemail", "blocked", "outbound"};

QString callerText(quint64 digits)
{
    return digits == 0 ? QStringLiteral("anonymous") : QLatin1Char('+') + QString::number(digits);
}

} // namespace

ActivityModel::ActivityModel(QObject *parent) : QAbstractTableModel(parent) {}

QStringList ActivityModel::dispositions()
{
    QStringList list{QString()};
    for (const char *key : kDispositionKeys)
        list << QLatin1String(key);
    return list;
}

QString ActivityModel::dispositionName(const QString &d)
{
    if (d == QLatin1String("answered")) return tr("Answered");
    if (d == QLatin1String("missed")) return tr("Missed");
    if (d == QLatin1String("voicemail")) return tr("Voicemail");
    if (d == QLatin1String("blocked")) return tr("Blocked");
    if (d == QLatin1String("outbound")) return tr("Outbound");
    return tr("All");
}

void ActivityModel::setNumber(const NumberRepository &repository, qint64 numberId, const QString &zoneId)
{
    m_repository = repository;
    m_numberId = numberId;
    m_zone = QTimeZone(zoneId.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("America/New_York"));
    m_currency = repository.account().currency;
    reload();
}

void ActivityModel::clear()
{
    m_numberId = 0;
    reload();
}

void ActivityModel::setDisposition(const QString &disposition)
{
    if (disposition == m_disposition)
        return;
    m_disposition = disposition;
    reload();
}

void ActivityModel::reload()
{
    // Rows are removed and the first page inserted (no model reset), so that a view or a tester that
    // fetches more on its own never does it in the middle of a reset.
    if (!m_calls.isEmpty()) {
        beginRemoveRows(QModelIndex(), 0, int(m_calls.size() - 1));
        m_calls.clear();
        m_calls.squeeze();
        endRemoveRows();
    }
    m_atEnd = m_numberId == 0 || !m_repository;
    fetchMore(QModelIndex());
}

qint64 ActivityModel::totalCount() const
{
    if (m_numberId == 0 || !m_repository)
        return 0;
    auto count = m_repository->activityCount(m_numberId, m_disposition);
    return count ? count.value() : 0;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    // A view (or a model tester) may ask for more while rows are being inserted: one page at a time.
    if (parent.isValid() || m_atEnd || !m_repository || m_fetching)
        return;
    m_fetching = true;
    std::optional<NumberRepository::Cursor> after;
    if (!m_calls.isEmpty())
        after = NumberRepository::Cursor{m_calls.constLast().startedAt, m_calls.constLast().id};
    auto page = m_repository->activityPage(m_numberId, m_disposition, after, kPageSize);
    if (!page) {
        m_atEnd = true;
        m_fetching = false;
        emit errorOccurred(page.errorMessage());
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (!page->isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_calls.size()), int(m_calls.size() + page->size() - 1));
        m_calls += page.value();
        endInsertRows();
    }
    m_fetching = false;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityCall &call = m_calls.at(index.row());
    const auto disposition = QLatin1String(kDispositionKeys[int(call.disposition)]);
    if (role == ItemRoles::IdRole)
        return call.id;
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case TimeColumn: return call.startedAt;
        case CallerColumn: return callerText(call.callerDigits);
        case TypeColumn: return QString(disposition);
        case DurationColumn: return call.durationS;
        case CostColumn: return call.chargeMicro;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == DurationColumn || index.column() == CostColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale = Localization::locale();
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(QDateTime::fromSecsSinceEpoch(call.startedAt, m_zone), QLocale::ShortFormat);
    case CallerColumn:
        return call.callerDigits == 0 ? tr("Anonymous") : PhoneNumber::displayForm(callerText(call.callerDigits));
    case TypeColumn: return dispositionName(disposition);
    case DurationColumn:
        return QStringLiteral("%1:%2").arg(call.durationS / 60).arg(call.durationS % 60, 2, 10, QLatin1Char('0'));
    case CostColumn: return Money::fromMicro(call.chargeMicro, m_currency).format(locale);
    default: return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case CallerColumn: return tr("Caller");
    case TypeColumn: return tr("Type");
    case DurationColumn: return tr("Duration");
    case CostColumn: return tr("Cost");
    default: return {};
    }
}

#include "numbersmodel.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"

namespace {

QString typeName(const QString &type)
{
    if (type == QLatin1String("toll-free"))
        return NumbersModel::tr("Toll-free");
    if (type == QLatin1String("international"))
        return NumbersModel::tr("International");
    return NumbersModel::tr("Local");
}

QString planName(const QString &plan)
{
    return plan == QLatin1String("per-minute") ? NumbersModel::tr("Per-minute") : NumbersModel::tr("Flat");
}

// A per-minute rate in micro-units written out exactly ("0.0125"), at least the currency's 2 decimals.
QString microRate(qint64 micro, const QLocale &locale)
{
    QString fraction = QStringLiteral("%1").arg(micro % Money::kMicroPerMajor, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return locale.toString(micro / Money::kMicroPerMajor) + locale.decimalPoint() + fraction;
}

bool optionOn(const NumberRecord &n, int column)
{
    switch (column) {
    case NumbersModel::VoicemailColumn: return n.voicemail;
    case NumbersModel::CnamColumn: return n.cnamLookup;
    case NumbersModel::FaxColumn: return n.fax;
    case NumbersModel::SmsColumn: return n.sms;
    case NumbersModel::E911Column: return n.e911;
    default: return false;
    }
}

} // namespace

NumbersModel::NumbersModel(QObject *parent) : QAbstractTableModel(parent) {}

void NumbersModel::setRepository(const NumberRepository &repository)
{
    m_repository = repository;
    (void)reload();
}

void NumbersModel::setFilter(const NumberRepository::Filter &filter)
{
    m_filter = filter;
    (void)reload();
}

void NumbersModel::setRepository(const NumberRepository &repository, const NumberRepository::Filter &filter)
{
    m_repository = repository;
    m_filter = filter;
    (void)reload();
}

Result<void> NumbersModel::reload()
{
    QList<NumberRecord> numbers;
    if (m_repository) {
        auto listed = m_repository->list(m_filter);
        if (!listed) {
            fail(listed.error());
            return listed.error();
        }
        numbers = listed.value();
    }
    beginResetModel();
    m_numbers = numbers;
    endResetModel();
    return {};
}

void NumbersModel::fail(const Error &error)
{
    m_lastError = error.message;
    emit errorOccurred(error.message);
}

int NumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int NumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NumbersModel::display(const NumberRecord &n, int column) const
{
    const QLocale locale = Localization::locale();
    switch (column) {
    case NumberColumn: return PhoneNumber::displayForm(n.e164);
    case CountryColumn: return n.rateCenter.isEmpty() ? n.country : tr("%1 (%2)").arg(n.rateCenter, n.country);
    case TypeColumn: return typeName(n.type);
    case NoteColumn: return n.note;
    case PlanColumn: return planName(n.plan);
    case FeeColumn:
        if (n.plan == QLatin1String("per-minute"))
            return tr("%1 %2/min").arg(microRate(n.perMinuteMicro, locale), n.currency);
        return tr("%1/month").arg(Money(n.monthlyFeeMinor, n.currency).format(locale));
    case OrderedColumn: return locale.toString(n.orderedOn, QLocale::ShortFormat);
    case NextBillingColumn: return locale.toString(n.nextBillingOn, QLocale::ShortFormat);
    default: return optionOn(n, column) ? QStringLiteral("●") : QString();
    }
}

QVariant NumbersModel::raw(const NumberRecord &n, int column) const
{
    switch (column) {
    case NumberColumn: return n.e164;
    case CountryColumn: return n.country;
    case TypeColumn: return n.type;
    case NoteColumn: return n.note;
    case PlanColumn: return n.plan;
    case FeeColumn: return n.plan == QLatin1String("per-minute") ? n.perMinuteMicro : n.monthlyFeeMinor * 10000;
    case OrderedColumn: return n.orderedOn.toString(Qt::ISODate);
    case NextBillingColumn: return n.nextBillingOn.toString(Qt::ISODate);
    default: return optionOn(n, column);
    }
}

QVariant NumbersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NumberRecord &n = m_numbers.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(n, index.column());
    case Qt::EditRole: return index.column() == NoteColumn ? QVariant(n.note) : display(n, index.column());
    case ItemRoles::RawValueRole: return raw(n, index.column());
    case ItemRoles::IdRole: return n.id;
    case ItemRoles::VersionRole: return n.version;
    case Qt::TextAlignmentRole:
        return index.column() >= VoicemailColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NoteColumn: return n.note.isEmpty() ? tr("No note: double-click to add one") : n.note;
        case NumberColumn: return n.e164;
        case FeeColumn:
            return tr("Flat: %1 a month; per-minute: %2 %3 a minute")
                .arg(Money(n.monthlyFeeMinor, n.currency).format(Localization::locale()),
                     microRate(n.perMinuteMicro, Localization::locale()), n.currency);
        case VoicemailColumn: return n.voicemail ? tr("Voicemail is on (click to change)") : tr("Voicemail is off (click to change)");
        case CnamColumn: return n.cnamLookup ? tr("CNAM lookup is on (click to change)") : tr("CNAM lookup is off (click to change)");
        case FaxColumn: return n.fax ? tr("Fax is on (click to change)") : tr("Fax is off (click to change)");
        case SmsColumn: return n.sms ? tr("SMS is on (click to change)") : tr("SMS is off (click to change)");
        case E911Column:
            return n.e911 ? tr("911 is on: %1, %2").arg(n.e911Street, n.e911City) : tr("911 is off (click to change)");
        default: return {};
        }
    default: return {};
    }
}

QVariant NumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case CountryColumn: return tr("Rate centre / country");
    case TypeColumn: return tr("Type");
    case NoteColumn: return tr("Note");
    case PlanColumn: return tr("Plan");
    case FeeColumn: return tr("Fee");
    case OrderedColumn: return tr("Ordered");
    case NextBillingColumn: return tr("Next billing");
    case VoicemailColumn: return tr("VM");
    case CnamColumn: return tr("CNAM");
    case FaxColumn: return tr("Fax");
    case SmsColumn: return tr("SMS");
    case E911Column: return tr("911");
    default: return {};
    }
}

Qt::ItemFlags NumbersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool NumbersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NoteColumn || !m_repository
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    NumberRecord edited = m_numbers.at(index.row());
    if (edited.note == value.toString())
        return true;
    edited.note = value.toString();
    auto saved = m_repository->save(edited);
    if (!saved) {
        fail(saved.error());
        return false;
    }
    m_numbers[index.row()] = saved.value();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

bool NumbersModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_numbers.size() || !m_repository)
        return false;
    for (int i = row + count - 1; i >= row; --i) {
        const NumberRecord &n = m_numbers.at(i);
        auto released = m_repository->release(n.id, n.version);
        if (!released) {
            fail(released.error());
            return false;
        }
        beginRemoveRows(QModelIndex(), i, i);
        m_numbers.removeAt(i);
        endRemoveRows();
    }
    return true;
}

int NumbersModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_numbers.size(); ++i) {
        if (m_numbers.at(i).id == id)
            return int(i);
    }
    return -1;
}

void NumbersModel::refreshRow(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_repository)
        return;
    auto fresh = m_repository->find(id);
    if (!fresh) {
        if (fresh.errorKind() == Error::Kind::NotFound) {
            beginRemoveRows(QModelIndex(), row, row);
            m_numbers.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    m_numbers[row] = fresh.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

#include "ledger.h"

#include "accounts/accountrepository.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <array>

namespace {

struct KindInfo
{
    Ledger::Kind kind;
    const char *name;
    const char *label;
};

constexpr std::array<KindInfo, 10> kKinds{{
    {Ledger::Kind::Deposit, "deposit", QT_TRANSLATE_NOOP("Ledger", "Deposit")},
    {Ledger::Kind::DidMonthly, "did_monthly", QT_TRANSLATE_NOOP("Ledger", "DID monthly fee")},
    {Ledger::Kind::Fax, "fax", QT_TRANSLATE_NOOP("Ledger", "Fax")},
    {Ledger::Kind::E911, "e911", QT_TRANSLATE_NOOP("Ledger", "911 service")},
    {Ledger::Kind::CallIncoming, "call_incoming", QT_TRANSLATE_NOOP("Ledger", "Incoming calls")},
    {Ledger::Kind::CallOutgoing, "call_outgoing", QT_TRANSLATE_NOOP("Ledger", "Outgoing calls")},
    {Ledger::Kind::Cnam, "cnam", QT_TRANSLATE_NOOP("Ledger", "CNAM lookups")},
    {Ledger::Kind::Tax, "tax", QT_TRANSLATE_NOOP("Ledger", "Tax")},
    {Ledger::Kind::Adjustment, "adjustment", QT_TRANSLATE_NOOP("Ledger", "Adjustment")},
    {Ledger::Kind::Subscription, "subscription", QT_TRANSLATE_NOOP("Ledger", "Subscription")},
}};

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

} // namespace

Ledger::Ledger(QSqlDatabase db, Account account, AccessRole role)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role)
{
}

QString Ledger::kindName(Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("adjustment");
}

std::optional<Ledger::Kind> Ledger::kindFromName(const QString &name)
{
    for (const KindInfo &info : kKinds) {
        if (name == QLatin1String(info.name))
            return info.kind;
    }
    return std::nullopt;
}

QString Ledger::statusName(Status status)
{
    switch (status) {
    case Status::Posted: return QStringLiteral("posted");
    case Status::Pending: return QStringLiteral("pending");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("posted");
}

QString Ledger::kindLabel(Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return tr(info.label);
    }
    return QString();
}

QString Ledger::kindLabel(const QString &name)
{
    const auto kind = kindFromName(name);
    return kind ? kindLabel(*kind) : name;
}

Result<Ledger::Posted> Ledger::post(const Posting &posting, Transaction *outer, const QDateTime &now)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view it; money cannot be posted")};
    if (posting.kind == Kind::Deposit && posting.amountMinor <= 0)
        return invalidInput(tr("A deposit must be a positive amount, not %1")
                                .arg(Money(posting.amountMinor, m_account.currency).toDecimalString()));
    if (posting.kind != Kind::Deposit && posting.kind != Kind::Adjustment && posting.amountMinor > 0)
        return invalidInput(tr("A charge (%1) must not be a positive amount: %2")
                                .arg(kindName(posting.kind), Money(posting.amountMinor, m_account.currency).toDecimalString()));
    static const QStringList methods{QStringLiteral("card"), QStringLiteral("paypal"), QStringLiteral("wire"),
                                     QStringLiteral("auto"), QStringLiteral("account")};
    if (!posting.method.isEmpty() && !methods.contains(posting.method))
        return invalidInput(tr("Unknown payment method “%1”; use card, paypal, wire, auto or account").arg(posting.method));
    if (outer)
        return insert(posting, now);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    auto posted = insert(posting, now);
    if (!posted)
        return posted;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return posted;
}

Result<Ledger::Posted> Ledger::insert(const Posting &posting, const QDateTime &now)
{
    const QDateTime at = posting.occurredAt.isValid() ? posting.occurredAt : now;
    if (!posting.requestId.isEmpty()) {
        // A request id seen before: the earlier post stands, provided it is the same movement.
        auto existing = Sql::exec(m_db,
                                  QStringLiteral("SELECT id, account_id, amount_minor, kind FROM ledger_transactions WHERE request_id = ?"),
                                  {posting.requestId});
        if (!existing)
            return existing.error();
        if (existing.value().next()) {
            if (existing->value(1).toLongLong() != m_account.id || existing->value(2).toLongLong() != posting.amountMinor
                || existing->value(3).toString() != kindName(posting.kind)) {
                return Error{Error::Kind::Conflict,
                             tr("The request id “%1” was already used for a different transaction").arg(posting.requestId)};
            }
            return Posted{existing->value(0).toLongLong(), true};
        }
    }
    auto id = Sql::insert(m_db,
                          QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency, "
                                         "number_id, did, quantity, description, method, reference, status, tax_code, parent_id, "
                                         "request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {m_account.id, kindName(posting.kind), at.toSecsSinceEpoch(), posting.amountMinor, m_account.currency,
                           nullableId(posting.numberId), nullable(posting.did), posting.quantity,
                           posting.description.isNull() ? QStringLiteral("") : posting.description, nullable(posting.method),
                           nullable(posting.reference), statusName(posting.status), nullable(posting.taxCode),
                           nullableId(posting.parentId), nullable(posting.requestId)});
    if (!id)
        return id.error();
    return Posted{id.value(), false};
}

Result<Money> Ledger::balance() const
{
    return AccountRepository(m_db).balance(m_account);
}

Result<void> Ledger::markReceived(qint64 id, const QDateTime &at)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view it; a deposit cannot be marked received")};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    auto updated = Sql::exec(m_db,
                             QStringLiteral("UPDATE ledger_transactions SET status = 'posted', occurred_at = ?, version = version + 1 "
                                            "WHERE id = ? AND account_id = ? AND status = 'pending'"),
                             {at.toSecsSinceEpoch(), id, m_account.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, tr("Transaction %1 is not a pending deposit of this account").arg(id)};
    // Its tax rows (a Canadian deposit's, see TaxedDeposit) count from the same moment.
    auto taxes = Sql::exec(m_db,
                           QStringLiteral("UPDATE ledger_transactions SET status = 'posted', occurred_at = ?, version = version + 1 "
                                          "WHERE parent_id = ? AND account_id = ? AND kind = 'tax' AND status = 'pending'"),
                           {at.toSecsSinceEpoch(), id, m_account.id});
    if (!taxes)
        return taxes.error();
    return transaction.commit();
}

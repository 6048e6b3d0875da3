#include "addfunds.h"

#include "ledger.h"
#include "paymentmethods.h"

#include "core/localization.h"
#include "db/sql.h"
#include "invoices/taxeddeposit.h"

#include <QRandomGenerator>
#include <QUuid>

AddFunds::AddFunds(QSqlDatabase db, Account account, AccessRole role, PaymentGateway *gateway, Clock clock)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role), m_gateway(gateway), m_clock(clock)
{
}

std::optional<AddFunds::Method> AddFunds::methodFromName(const QString &name)
{
    if (name == QLatin1String("card"))
        return Method::Card;
    if (name == QLatin1String("paypal"))
        return Method::PayPal;
    if (name == QLatin1String("wire"))
        return Method::Wire;
    return std::nullopt;
}

QDate AddFunds::addBusinessDays(const QDate &date, int days)
{
    QDate day = date;
    while (days > 0) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            --days;
    }
    return day;
}

Result<void> AddFunds::checkAmount(Method method, const Money &amount) const
{
    const QLocale locale = Localization::locale();
    if (amount.currency() != m_account.currency)
        return invalidInput(tr("Amount: the account is kept in %1, not %2").arg(m_account.currency, amount.currency()));
    if (amount.minor() <= 0)
        return invalidInput(tr("Amount: %1 is not a positive amount").arg(amount.format(locale)));
    if (method != Method::Wire && amount < minimum())
        return invalidInput(tr("Amount: the minimum deposit by card or PayPal is %1; %2 is below it")
                                .arg(minimum().format(locale), amount.format(locale)));
    return {};
}

Result<AddFunds::Receipt> AddFunds::byCard(const Money &amount, qint64 paymentMethodId, const QString &requestId)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view it; funds cannot be added")};
    if (auto valid = checkAmount(Method::Card, amount); !valid)
        return valid.error();
    PaymentMethods methods(m_db, m_account, m_role);
    std::optional<PaymentMethods::Method> card;
    if (paymentMethodId != 0) {
        auto found = methods.find(paymentMethodId);
        if (!found)
            return invalidInput(tr("Card: %1").arg(found.errorMessage()));
        card = found.value();
    } else {
        auto fallback = methods.defaultMethod();
        if (!fallback)
            return fallback.error();
        card = fallback.value();
    }
    if (!card)
        return invalidInput(tr("Card: no card is stored; add one under Payment Methods first"));
    return charge(QStringLiteral("card"), amount, card->token, card->lastValidDay(), tr("Deposit by card, %1").arg(card->label()),
                  requestId);
}

Result<AddFunds::Receipt> AddFunds::byPayPal(const Money &amount, const QString &requestId)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view it; funds cannot be added")};
    if (auto valid = checkAmount(Method::PayPal, amount); !valid)
        return valid.error();
    return charge(QStringLiteral("paypal"), amount, QString(), QDate(), tr("Deposit by PayPal"), requestId);
}

Result<AddFunds::Receipt> AddFunds::charge(const QString &method, const Money &amount, const QString &token, const QDate &expiry,
                                           const QString &description, const QString &requestId)
{
    const QString key = requestId.isEmpty() ? QStringLiteral("deposit-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)) : requestId;
    if (!requestId.isEmpty()) {
        // A retry (after a lost connection whose COMMIT outcome is unknown, say): when the deposit
        // with this request id is already in the ledger, it is the answer; the card is not charged again.
        auto earlier = Sql::exec(m_db,
                                 QStringLiteral("SELECT id, account_id, kind, amount_minor, reference FROM ledger_transactions "
                                                "WHERE request_id = ?"),
                                 {requestId});
        if (!earlier)
            return earlier.error();
        QSqlQuery &found = earlier.value();
        if (found.next()) {
            if (found.value(1).toLongLong() != m_account.id || found.value(2).toString() != QLatin1String("deposit")
                || found.value(3).toLongLong() != amount.minor())
                return Error{Error::Kind::Conflict,
                             tr("The request id “%1” was already used for a different transaction").arg(requestId)};
            return Receipt{found.value(0).toLongLong(), amount, found.value(4).toString()};
        }
    }
    const QDateTime now = m_clock.now();
    // A Canadian account pays its sales taxes on top of the amount credited (TaxedDeposit).
    TaxedDeposit taxed(m_db, m_account, m_role);
    auto quote = taxed.quote(amount, m_clock.today(m_account.timeZone()));
    if (!quote)
        return quote.error();
    auto outcome = m_gateway->charge({method, token, expiry, quote->charged, key, now});
    if (!outcome)
        return outcome.error();
    if (!outcome->approved)
        return Error{Error::Kind::Conflict, tr("The payment was declined: %1").arg(outcome->declineReason)};
    Ledger::Posting deposit{Ledger::Kind::Deposit, amount.minor()};
    deposit.method = method;
    deposit.description = description;
    deposit.reference = outcome->reference;
    deposit.requestId = key;
    auto posted = taxed.post(quote.value(), deposit, nullptr, now);
    if (!posted)
        return posted.error();
    return Receipt{posted->id, amount, outcome->reference};
}

Result<AddFunds::WireInstructions> AddFunds::byWire(const Money &amount)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view it; funds cannot be added")};
    if (auto valid = checkAmount(Method::Wire, amount); !valid)
        return valid.error();
    const QDateTime now = m_clock.now();
    const QDate today = m_clock.today(m_account.timeZone());
    // Unambiguous characters only: the reference is typed by hand into a bank's form.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    // The wire carries the taxes on top; they stay pending with the deposit until it is received.
    TaxedDeposit taxed(m_db, m_account, m_role);
    auto quote = taxed.quote(amount, today);
    if (!quote)
        return quote.error();
    WireInstructions wire;
    wire.amount = amount;
    wire.reference = QStringLiteral("WIRE-%1-%2").arg(m_account.accountNumber, suffix);
    wire.sentOn = today;
    wire.expectedFrom = addBusinessDays(today, 2);
    wire.expectedBy = addBusinessDays(today, 3);
    wire.overdueAfter = today.addDays(kOverdueDays);
    const QLocale locale = Localization::locale();
    wire.instructions = tr("Send %1 by bank wire to LineDesk Telecom Inc., First Harbor Bank, account 000123456789, "
                           "routing (ABA) 021000021, SWIFT FHBKUS33. Write the reference %2 in the transfer's message so "
                           "the funds reach your account. Wires usually arrive in 2–3 business days (between %3 and %4); "
                           "after %5 the deposit is flagged overdue.")
                            .arg(quote->charged.format(locale), wire.reference, locale.toString(wire.expectedFrom, QLocale::ShortFormat),
                                 locale.toString(wire.expectedBy, QLocale::ShortFormat),
                                 locale.toString(wire.overdueAfter, QLocale::ShortFormat));
    Ledger::Posting deposit{Ledger::Kind::Deposit, amount.minor()};
    deposit.method = QStringLiteral("wire");
    deposit.status = Ledger::Status::Pending;
    deposit.description = tr("Bank wire");
    deposit.reference = wire.reference;
    deposit.requestId = wire.reference;
    auto posted = taxed.post(quote.value(), deposit, nullptr, now);
    if (!posted)
        return posted.error();
    wire.transactionId = posted->id;
    return wire;
}

Result<QList<AddFunds::PendingWire>> AddFunds::pendingWires() const
{
    // "+occurred_at": ordering by the plain column let SQLite walk ledger_account_time over the whole
    // ledger (to skip a sort) on every Account Balance refresh; the kind index finds the few deposits.
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT id, amount_minor, reference, occurred_at FROM ledger_transactions WHERE account_id = ? "
                                          "AND kind = 'deposit' AND method = 'wire' AND status = 'pending' ORDER BY +occurred_at, id"),
                           {m_account.id});
    if (!query)
        return query.error();
    const QDate today = m_clock.today(m_account.timeZone());
    QList<PendingWire> wires;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        const QDate sent = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), m_account.timeZone()).date();
        wires << PendingWire{q.value(0).toLongLong(), Money(q.value(1).toLongLong(), m_account.currency), q.value(2).toString(),
                             sent, addBusinessDays(sent, 3), today > sent.addDays(kOverdueDays)};
    }
    return wires;
}

Result<void> AddFunds::markReceived(qint64 transactionId)
{
    return Ledger(m_db, m_account, m_role).markReceived(transactionId, m_clock.now());
}

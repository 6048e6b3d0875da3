#include "paymentmethods.h"

#include "db/rowstamp.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, token, brand, last4, exp_month, exp_year, is_default, version FROM payment_methods WHERE account_id = ?");

PaymentMethods::Method readMethod(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt() == 1, q.value(7).toInt()};
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

} // namespace

QString PaymentMethods::Method::label() const
{
    return tr("%1 •••• %2").arg(brand, last4);
}

QDate PaymentMethods::Method::lastValidDay() const
{
    const QDate first(expYear, expMonth, 1);
    return first.isValid() ? QDate(expYear, expMonth, first.daysInMonth()) : QDate();
}

PaymentMethods::PaymentMethods(QSqlDatabase db, Account account, AccessRole role)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role)
{
}

QStringList PaymentMethods::brands()
{
    return {QStringLiteral("Visa"), QStringLiteral("Mastercard"), QStringLiteral("American Express"),
            QStringLiteral("Discover")};
}

bool PaymentMethods::containsCardNumber(const QString &text)
{
    // 13–19 digits in a row, or written in groups of 4–6 separated by single spaces or dashes as
    // people write card numbers (4242 4242 4242 4242, 3782-822463-10005). Longer digit runs and
    // other groupings (phone numbers, dates in references) are not card numbers.
    static const QRegularExpression run(QStringLiteral("(?<![\\d-])(\\d{4,19}(?:[ -]\\d{4,6}){0,4})(?![\\d])"));
    auto matches = run.globalMatch(text);
    while (matches.hasNext()) {
        const QString found = matches.next().captured(1);
        const QStringList groups = found.split(QRegularExpression(QStringLiteral("[ -]")));
        if (groups.size() > 1) {
            bool cardGrouping = true;
            for (const QString &group : groups)
                cardGrouping = cardGrouping && group.size() >= 4 && group.size() <= 6;
            if (!cardGrouping)
                continue;
        }
        const QString digits = groups.join(QString());
        if (digits.size() >= 13 && digits.size() <= 19 && luhnValid(digits))
            return true;
    }
    return false;
}

Result<void> PaymentMethods::checkRole() const
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view its payment methods")};
    return {};
}

Result<QList<PaymentMethods::Method>> PaymentMethods::list() const
{
    auto query = Sql::exec(m_db, kSelect + QStringLiteral(" ORDER BY is_default DESC, id"), {m_account.id});
    if (!query)
        return query.error();
    QList<Method> methods;
    while (query.value().next())
        methods << readMethod(query.value());
    return methods;
}

Result<PaymentMethods::Method> PaymentMethods::find(qint64 id) const
{
    auto query = Sql::exec(m_db, kSelect + QStringLiteral(" AND id = ?"), {m_account.id, id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{Error::Kind::NotFound, tr("There is no payment method %1 in this account").arg(id)};
    return readMethod(query.value());
}

Result<std::optional<PaymentMethods::Method>> PaymentMethods::defaultMethod() const
{
    auto query = Sql::exec(m_db, kSelect + QStringLiteral(" ORDER BY is_default DESC, id DESC LIMIT 1"), {m_account.id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Method>();
    return std::optional<Method>(readMethod(query.value()));
}

Result<PaymentMethods::Method> PaymentMethods::add(PaymentGateway &gateway, const QString &brand, const QString &last4,
                                                   int expMonth, int expYear, const QDate &today, bool makeDefault)
{
    if (auto allowed = checkRole(); !allowed)
        return allowed.error();
    if (!brands().contains(brand))
        return invalidInput(tr("Card brand: “%1” is not one of %2").arg(brand, brands().join(QStringLiteral(", "))));
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    if (!fourDigits.match(last4).hasMatch())
        return invalidInput(tr("Last four digits: “%1” must be exactly four digits (never the whole card number)").arg(last4.left(4)));
    if (expMonth < 1 || expMonth > 12)
        return invalidInput(tr("Expiry month: %1 is not a month (1–12)").arg(expMonth));
    if (expYear < 2000 || expYear > 2200)
        return invalidInput(tr("Expiry year: %1 is not a valid year").arg(expYear));
    Method method{0, QString(), brand, last4, expMonth, expYear, makeDefault, 1};
    if (method.isExpiredOn(today))
        return invalidInput(tr("Expiry: the card expired at the end of %1/%2").arg(expMonth, 2, 10, QLatin1Char('0')).arg(expYear));

    auto token = gateway.registerCard(brand, last4, expMonth, expYear);
    if (!token)
        return token.error();
    if (containsCardNumber(token->token))
        return invalidInput(tr("The payment provider returned a card number instead of a token; nothing was stored"));
    method.token = token->token;

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    auto count = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE account_id = ?"), {m_account.id});
    if (!count)
        return count.error();
    method.isDefault = makeDefault || count->toLongLong() == 0;
    if (method.isDefault) {
        if (auto cleared = Sql::exec(m_db, QStringLiteral("UPDATE payment_methods SET is_default = 0, version = version + 1 "
                                                          "WHERE account_id = ? AND is_default = 1"), {m_account.id});
            !cleared)
            return cleared.error();
    }
    auto id = Sql::insert(m_db,
                          QStringLiteral("INSERT INTO payment_methods (account_id, token, brand, last4, exp_month, exp_year, is_default, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {m_account.id, method.token, brand, last4, expMonth, expYear, method.isDefault ? 1 : 0,
                           QDateTime::currentSecsSinceEpoch()});
    if (!id)
        return id.error();
    method.id = id.value();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return method;
}

Error PaymentMethods::conflictOrMissing(qint64 id) const
{
    return RowStamp::conflict(m_db, QStringLiteral("payment_methods"), QStringLiteral("id = ? AND account_id = ?"), {id, m_account.id},
                              tr("This card"), tr("This card is no longer stored for the account."));
}

Result<void> PaymentMethods::remove(qint64 id, int version)
{
    if (auto allowed = checkRole(); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    auto method = find(id);
    if (!method)
        return method.error();
    auto deleted = Sql::exec(m_db, QStringLiteral("DELETE FROM payment_methods WHERE id = ? AND account_id = ? AND version = ?"),
                             {id, m_account.id, version});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() != 1)
        return conflictOrMissing(id);
    if (method->isDefault) {
        QVariantList bindings = RowStamp::values(m_db);
        bindings << m_account.id;
        auto promoted = Sql::exec(m_db,
                                  QStringLiteral("UPDATE payment_methods SET is_default = 1, version = version + 1, %1 WHERE id = "
                                                 "(SELECT MAX(id) FROM payment_methods WHERE account_id = ?)")
                                      .arg(RowStamp::assignments()),
                                  bindings);
        if (!promoted)
            return promoted.error();
    }
    return transaction.commit();
}

Result<void> PaymentMethods::setDefault(qint64 id, int version)
{
    if (auto allowed = checkRole(); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    const QVariantList stamp = RowStamp::values(m_db);
    // Only the rows that change take a new version: the card chosen (if it is still as it was read)
    // and the one that was the default.
    QVariantList chosen = stamp;
    chosen << id << m_account.id << version;
    auto updated = Sql::exec(m_db,
                             QStringLiteral("UPDATE payment_methods SET is_default = 1, version = version + 1, %1 "
                                            "WHERE id = ? AND account_id = ? AND version = ?")
                                 .arg(RowStamp::assignments()),
                             chosen);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return conflictOrMissing(id);
    QVariantList others = stamp;
    others << m_account.id << id;
    auto cleared = Sql::exec(m_db,
                             QStringLiteral("UPDATE payment_methods SET is_default = 0, version = version + 1, %1 "
                                            "WHERE account_id = ? AND is_default = 1 AND id <> ?")
                                 .arg(RowStamp::assignments()),
                             others);
    if (!cleared)
        return cleared.error();
    return transaction.commit();
}

#include "transactionhistory.h"

#include "db/sql.h"

namespace {

const QString kKindFilter = QStringLiteral("kind IN ('deposit', 'did_monthly', 'fax', 'e911')");

} // namespace

TransactionHistory::TransactionHistory(QSqlDatabase db, Account account) : m_db(std::move(db)), m_account(std::move(account)) {}

QStringList TransactionHistory::kinds()
{
    return {QStringLiteral("deposit"), QStringLiteral("did_monthly"), QStringLiteral("fax"), QStringLiteral("e911")};
}

Result<QList<TransactionHistory::Row>> TransactionHistory::page(const QDate &from, const QDate &to,
                                                                const std::optional<Cursor> &after, int limit) const
{
    const QTimeZone zone = m_account.timeZone();
    QVariantList bindings{m_account.id, from.startOfDay(zone).toSecsSinceEpoch(), to.addDays(1).startOfDay(zone).toSecsSinceEpoch()};
    QString sql = QStringLiteral("SELECT id, occurred_at, kind, amount_minor, did, description, method, reference, status "
                                 "FROM ledger_transactions WHERE account_id = ? AND occurred_at >= ? AND occurred_at < ? AND ")
                  + kKindFilter;
    if (after) {
        sql += QStringLiteral(" AND (occurred_at < ? OR (occurred_at = ? AND id < ?))");
        bindings << after->occurredAt << after->occurredAt << after->id;
    }
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    bindings << limit;
    auto query = Sql::exec(m_db, sql, bindings);
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        rows << Row{q.value(0).toLongLong(), QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc()),
                    q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
    }
    return rows;
}

Result<qint64> TransactionHistory::count(const QDate &from, const QDate &to) const
{
    const QTimeZone zone = m_account.timeZone();
    auto n = Sql::scalar(m_db,
                         QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE account_id = ? AND occurred_at >= ? "
                                        "AND occurred_at < ? AND ")
                             + kKindFilter,
                         {m_account.id, from.startOfDay(zone).toSecsSinceEpoch(), to.addDays(1).startOfDay(zone).toSecsSinceEpoch()});
    if (!n)
        return n.error();
    return n->toLongLong();
}

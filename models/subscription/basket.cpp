#include "basket.h"

#include "db/sql.h"
#include "db/transaction.h"

Basket::Basket(QSqlDatabase db, Account account, AccessRole role, Clock clock, PaymentGateway *gateway)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role), m_clock(std::move(clock)), m_gateway(gateway)
{
}

Result<void> Basket::refuseEmployee() const
{
    if (::canChange(m_role))
        return {};
    return Error{Error::Kind::Forbidden, tr("An employee account cannot fill or pay the basket; ask the account owner or an admin.")};
}

Result<QList<Basket::Line>> Basket::lines() const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT b.id, b.quantity, b.version, o.code, o.name, o.monthly_price_minor, o.currency, "
                                                "p.code, p.name, p.monthly_price_minor, p.currency FROM basket_items b "
                                                "LEFT JOIN catalogue_options o ON o.id = b.option_id "
                                                "LEFT JOIN catalogue_packages p ON p.id = b.package_id "
                                                "WHERE b.account_id = ? ORDER BY b.added_at, b.id"),
                           {m_account.id});
    if (!query)
        return query.error();
    QList<Line> result;
    while (query.value().next()) {
        QSqlQuery &q = query.value();
        Line line;
        line.id = q.value(0).toLongLong();
        line.quantity = q.value(1).toInt();
        line.version = q.value(2).toInt();
        line.isPackage = q.value(3).isNull();
        const int base = line.isPackage ? 7 : 3;
        line.code = q.value(base).toString();
        line.name = q.value(base + 1).toString();
        line.unitMonthly = Money(q.value(base + 2).toLongLong(), q.value(base + 3).toString().trimmed());
        line.monthly = line.unitMonthly.scaled(line.quantity, 1);
        result << line;
    }
    return result;
}

Result<QList<SubscriptionService::Change>> Basket::changes() const
{
    auto all = lines();
    if (!all)
        return all.error();
    return changesOf(all.value());
}

QList<SubscriptionService::Change> Basket::changesOf(const QList<Line> &lines)
{
    QList<SubscriptionService::Change> result;
    for (const Line &line : lines) {
        SubscriptionService::Change change;
        change.action = line.isPackage ? SubscriptionService::Action::ChangePackage : SubscriptionService::Action::AddOption;
        change.code = line.code;
        change.quantity = line.isPackage ? 1 : line.quantity;
        result << change;
    }
    return result;
}

Result<Basket::Totals> Basket::totals() const
{
    auto all = lines();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return totals(all.value(), SubscriptionService::State{});
    auto state = SubscriptionService(m_db, m_account, m_role, m_clock).state();
    if (!state)
        return state.error();
    return totals(all.value(), state.value());
}

Result<Basket::Totals> Basket::totals(const QList<Line> &lines, const SubscriptionService::State &state) const
{
    Totals totals;
    totals.monthly = Money(0, m_account.currency);
    totals.chargedNow = Money(0, m_account.currency);
    for (const Line &line : lines) {
        totals.monthly += line.monthly;
        totals.items += line.quantity;
    }
    if (lines.isEmpty())
        return totals;
    auto review = SubscriptionService(m_db, m_account, m_role, m_clock).review(state, changesOf(lines));
    if (!review)
        return review.error();
    totals.chargedNow = review->chargedNow;
    return totals;
}

Result<void> Basket::add(const QString &code, int quantity)
{
    if (auto refused = refuseEmployee(); !refused)
        return refused;
    if (quantity < 1 || quantity > 999)
        return invalidInput(tr("The quantity must be 1 to 999 (got %1).").arg(quantity));
    auto catalogue = Catalogue::load(m_db, m_account.id);
    if (!catalogue)
        return catalogue.error();
    const Catalogue::Option *option = catalogue->option(code);
    const Catalogue::Package *package = option ? nullptr : catalogue->package(code);
    if (!option && !package)
        return invalidInput(tr("There is no option or package “%1” in the catalogue.").arg(code));
    if (option && option->kind == QLatin1String("number"))
        return invalidInput(tr("%1 belongs to a smart number: switch it on from the Smart Numbers section.").arg(option->name));
    Transaction transaction(m_db);
    const QString column = option ? QStringLiteral("option_id") : QStringLiteral("package_id");
    const qint64 id = option ? option->id : package->id;
    if (package) { // one package in the basket at a time: the latest choice replaces the earlier one
        if (auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM basket_items WHERE account_id = ? AND package_id IS NOT NULL"),
                                     {m_account.id});
            !removed)
            return removed.error();
        quantity = 1;
    }
    auto existing = Sql::scalar(m_db, QStringLiteral("SELECT id FROM basket_items WHERE account_id = ? AND %1 = ?").arg(column),
                                {m_account.id, id});
    if (existing) {
        if (auto updated = Sql::exec(m_db, QStringLiteral("UPDATE basket_items SET quantity = quantity + ?, version = version + 1 WHERE id = ?"),
                                     {quantity, existing->toLongLong()});
            !updated)
            return updated.error();
    } else if (existing.errorKind() == Error::Kind::NotFound) {
        if (auto inserted = Sql::exec(m_db, QStringLiteral("INSERT INTO basket_items (account_id, %1, quantity, added_at) VALUES (?, ?, ?, ?)")
                                                .arg(column),
                                      {m_account.id, id, quantity, m_clock.now().toSecsSinceEpoch()});
            !inserted)
            return inserted.error();
    } else {
        return existing.error();
    }
    return transaction.commit();
}

Result<void> Basket::setQuantity(qint64 lineId, int quantity)
{
    if (auto refused = refuseEmployee(); !refused)
        return refused;
    if (quantity < 1 || quantity > 999)
        return invalidInput(tr("The quantity must be 1 to 999 (got %1); use the bin to remove a product.").arg(quantity));
    auto updated = Sql::exec(m_db, QStringLiteral("UPDATE basket_items SET quantity = ?, version = version + 1 WHERE id = ? AND account_id = ?"),
                             {quantity, lineId, m_account.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("That basket line no longer exists.")};
    return {};
}

Result<void> Basket::changeQuantity(qint64 lineId, int delta)
{
    auto current = Sql::scalar(m_db, QStringLiteral("SELECT quantity FROM basket_items WHERE id = ? AND account_id = ?"),
                               {lineId, m_account.id});
    if (!current)
        return current.errorKind() == Error::Kind::NotFound ? Error{Error::Kind::NotFound, tr("That basket line no longer exists.")}
                                                            : current.error();
    return setQuantity(lineId, current->toInt() + delta);
}

Result<void> Basket::remove(qint64 lineId)
{
    if (auto refused = refuseEmployee(); !refused)
        return refused;
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM basket_items WHERE id = ? AND account_id = ?"), {lineId, m_account.id});
    if (!removed)
        return removed.error();
    return {};
}

Result<void> Basket::clear()
{
    if (auto refused = refuseEmployee(); !refused)
        return refused;
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM basket_items WHERE account_id = ?"), {m_account.id});
    if (!removed)
        return removed.error();
    return {};
}

Result<SubscriptionService::Review> Basket::checkout(const SubscriptionService::Payment &payment, const QString &requestId,
                                                     bool informCustomer)
{
    if (auto refused = refuseEmployee(); !refused)
        return refused.error();
    auto changeList = changes();
    if (!changeList)
        return changeList.error();
    if (changeList->isEmpty())
        return invalidInput(tr("The basket is empty."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(tr("Could not start a transaction: %1").arg(transaction.startError()));
    SubscriptionService service(m_db, m_account, m_role, m_clock, m_gateway);
    auto review = service.confirmInTransaction(transaction, changeList.value(), payment, requestId, informCustomer);
    if (!review)
        return review.error();
    auto emptied = Sql::exec(m_db, QStringLiteral("DELETE FROM basket_items WHERE account_id = ?"), {m_account.id});
    if (!emptied)
        return emptied.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return review;
}

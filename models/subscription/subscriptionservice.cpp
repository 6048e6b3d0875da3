#include "subscriptionservice.h"

#include "proration.h"

#include "accounts/accountrepository.h"
#include "core/phonenumber.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

const QVariant kNullText = QVariant(QMetaType(QMetaType::QString));

// Smart-number options are columns of the numbers table; their ledger kind where the ledger has one.
QString numberColumn(const QString &code)
{
    if (code == QLatin1String("fax"))
        return QStringLiteral("fax");
    if (code == QLatin1String("sms"))
        return QStringLiteral("sms");
    if (code == QLatin1String("e911"))
        return QStringLiteral("e911");
    return QString();
}

} // namespace

bool SubscriptionService::SmartNumber::hasOption(const QString &code) const
{
    if (code == QLatin1String("fax"))
        return fax;
    if (code == QLatin1String("sms"))
        return sms;
    if (code == QLatin1String("e911"))
        return e911;
    return false;
}

const SubscriptionService::Item *SubscriptionService::State::runningItem(const QString &code) const
{
    for (const Item &item : items) {
        if (item.option.code == code && !item.endsOn.isValid())
            return &item;
    }
    return nullptr;
}

const SubscriptionService::SmartNumber *SubscriptionService::State::number(const QString &e164) const
{
    for (const SmartNumber &number : numbers) {
        if (number.e164 == e164)
            return &number;
    }
    return nullptr;
}

SubscriptionService::SubscriptionService(QSqlDatabase db, Account account, AccessRole role, Clock clock, PaymentGateway *gateway)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role), m_clock(std::move(clock)), m_gateway(gateway)
{
}

QString SubscriptionService::actionName(Action action)
{
    switch (action) {
    case Action::AddOption: return QStringLiteral("add-option");
    case Action::RemoveOption: return QStringLiteral("remove-option");
    case Action::ChangePackage: return QStringLiteral("change-package");
    case Action::AddNumber: return QStringLiteral("add-number");
    case Action::RemoveNumber: return QStringLiteral("remove-number");
    case Action::Cancel: return QStringLiteral("cancel");
    }
    return QString();
}

Error SubscriptionService::forbidden() const
{
    return {Error::Kind::Forbidden,
            tr("An employee account views the subscription but cannot change it; ask the account owner or an admin.")};
}

namespace {

// The parts of the state read after the catalogue's, in this order (Catalogue::unionOrder()).
enum StatePart {
    SubscriptionPart = Catalogue::kFirstFreePart,
    PendingPart,
    ItemPart,
    NumberPart,
    EndingPart,
    ExtensionPart
};

} // namespace

Result<SubscriptionService::State> SubscriptionService::state() const
{
    bool subscribed = false;
    auto state = read(&subscribed);
    if (state && !subscribed)
        return Error{Error::Kind::NotFound, tr("The account %1 has no subscription yet.").arg(m_account.accountNumber)};
    return state;
}

Result<SubscriptionService::State> SubscriptionService::read(bool *subscribed) const
{
    State state;
    state.today = m_clock.today(m_account.timeZone());
    state.nextInvoice = Proration::nextInvoiceDate(state.today, m_account.invoiceDay);
    *subscribed = false;

    // One round trip: the catalogue's rows, then the subscription's (Catalogue::unionBranches()
    // gives the layout). The pending downgrade is the confirmation record itself: the latest package
    // change, when it is a downgrade, takes effect on its date (the next invoice date when it was made).
    const QString sql =
        Catalogue::unionBranches()
        + QStringLiteral(" UNION ALL SELECT %1, package_id, NULL, NULL, NULL, NULL, status, started_on, ends_on, billing_option, NULL, NULL, "
                         "NULL, NULL, NULL FROM subscriptions WHERE account_id = ? "
                         "UNION ALL SELECT %2, NULL, NULL, NULL, NULL, NULL, change_kind, item_code, effective_on, NULL, NULL, NULL, NULL, NULL, "
                         "NULL FROM subscription_changes WHERE id = (SELECT id FROM subscription_changes WHERE account_id = ? "
                         "AND change_kind IN ('upgrade', 'downgrade') ORDER BY changed_at DESC, id DESC LIMIT 1) "
                         "UNION ALL SELECT %3, id, option_id, quantity, NULL, NULL, started_on, ends_on, NULL, NULL, NULL, NULL, NULL, id, NULL "
                         "FROM subscription_items WHERE account_id = ? AND number_id IS NULL AND (ends_on IS NULL OR ends_on >= ?) "
                         "UNION ALL SELECT %4, id, monthly_fee_minor, fax, sms, e911, e164, number_type, currency, NULL, NULL, NULL, NULL, NULL, "
                         "e164 FROM numbers WHERE account_id = ? "
                         "UNION ALL SELECT %5, si.id, si.number_id, NULL, NULL, NULL, o.code, si.ends_on, NULL, NULL, NULL, NULL, NULL, si.id, "
                         "NULL FROM subscription_items si JOIN catalogue_options o ON o.id = si.option_id "
                         "WHERE si.account_id = ? AND si.number_id IS NOT NULL AND si.ends_on IS NOT NULL "
                         "UNION ALL SELECT %6, e.id, e.call_screening, e.version, NULL, NULL, e.extension, e.name, o.code, e.private_number, "
                         "e.auth_method, e.first_action, NULL, NULL, e.extension FROM extensions e "
                         "LEFT JOIN catalogue_options o ON o.id = e.device_option_id WHERE e.account_id = ?")
              .arg(SubscriptionPart)
              .arg(PendingPart)
              .arg(ItemPart)
              .arg(NumberPart)
              .arg(EndingPart)
              .arg(ExtensionPart)
        + Catalogue::unionOrder();
    QVariantList bindings(Catalogue::kUnionBindings, m_account.id);
    bindings << m_account.id << m_account.id << m_account.id << isoDate(state.today) << m_account.id << m_account.id << m_account.id;
    auto rows = Sql::exec(m_db, sql, bindings);
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next()) {
        if (state.catalogue.readUnionRow(q))
            continue;
        switch (q.value(0).toInt()) {
        case SubscriptionPart: {
            const Catalogue::Package *package = state.catalogue.packageById(q.value(1).toLongLong());
            if (!package)
                return Error{Error::Kind::NotFound, tr("The subscribed package is missing from the catalogue.")};
            *subscribed = true;
            state.storedPackageId = package->id;
            state.package = *package;
            state.status = q.value(6).toString();
            state.startedOn = dateOf(q.value(7));
            state.endsOn = dateOf(q.value(8));
            state.billingOption = q.value(9).toString();
            if (state.status == QLatin1String("cancelling") && state.endsOn.isValid() && state.endsOn < state.today)
                state.status = QStringLiteral("cancelled");
            break;
        }
        case PendingPart:
            // A downgrade whose date has come is the package in force (applyDueChanges() writes it down).
            if (q.value(6).toString() != QLatin1String("downgrade"))
                break;
            if (const QDate on = dateOf(q.value(8)); on.isValid() && on <= state.today) {
                if (const Catalogue::Package *downgraded = state.catalogue.package(q.value(7).toString()))
                    state.package = *downgraded;
            } else {
                state.pendingPackage = q.value(7).toString();
                state.pendingOn = on;
            }
            break;
        case ItemPart:
            if (const Catalogue::Option *option = state.catalogue.optionById(q.value(2).toLongLong()))
                state.items << Item{q.value(1).toLongLong(), *option, q.value(3).toInt(), dateOf(q.value(6)), dateOf(q.value(7))};
            break;
        case NumberPart:
            state.numbers << SmartNumber{q.value(1).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                                         Money(q.value(2).toLongLong(), q.value(8).toString().trimmed()), q.value(3).toInt() == 1,
                                         q.value(4).toInt() == 1, q.value(5).toInt() == 1, {}};
            break;
        case EndingPart: {
            // Smart-number options unsubscribed run to their last billed day; after it they are off,
            // whether or not applyDueChanges() has switched the column off yet.
            const qint64 numberId = q.value(2).toLongLong();
            const QString code = q.value(6).toString();
            const QDate last = dateOf(q.value(7));
            if (last < state.today)
                state.dueNumberOptions << State::DueOption{q.value(1).toLongLong(), numberId, code};
            for (SmartNumber &number : state.numbers) {
                if (number.id != numberId || !number.hasOption(code))
                    continue;
                if (last >= state.today)
                    number.ending.insert(code, last);
                else
                    (code == QLatin1String("fax") ? number.fax : code == QLatin1String("sms") ? number.sms : number.e911) = false;
            }
            break;
        }
        case ExtensionPart:
            state.extensions << Extension{q.value(1).toLongLong(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                          q.value(9).toString(), q.value(10).toString(), q.value(11).toString(), q.value(2).toInt() == 1,
                                          q.value(3).toInt()};
            break;
        default:
            break;
        }
    }
    return state;
}

Money SubscriptionService::monthlyPrice(const State &state, bool next)
{
    const QString currency = state.package.monthly.currency();
    if (next && state.status != QLatin1String("active"))
        return Money(0, currency);
    if (!next && state.status == QLatin1String("cancelled"))
        return Money(0, currency);
    const Catalogue::Package *pending = next && !state.pendingPackage.isEmpty() ? state.catalogue.package(state.pendingPackage)
                                                                                 : nullptr;
    const Catalogue::Package &package = pending ? *pending : state.package;
    Money total = package.monthly;
    for (const Item &item : state.items) {
        if (next && item.endsOn.isValid() && item.endsOn < state.nextInvoice)
            continue;
        if (package.bundled.contains(item.option.code))
            continue;
        total += item.option.monthly.scaled(item.quantity, 1);
    }
    for (const SmartNumber &number : state.numbers) {
        total += number.monthly;
        for (const QString &code : {QStringLiteral("fax"), QStringLiteral("sms"), QStringLiteral("e911")}) {
            const Catalogue::Option *option = state.catalogue.option(code);
            if (!option || !number.hasOption(code))
                continue;
            if (next && number.isEnding(code) && number.ending.value(code) < state.nextInvoice)
                continue; // unsubscribed: billed to the end of this period only
            total += option->monthly;
        }
    }
    return total;
}

Money SubscriptionService::prorate(const Money &monthly, int *days, int *periodDays, QDate *effective) const
{
    const QDate today = m_clock.today(m_account.timeZone());
    auto quote = Proration::quote(monthly, today, m_account.invoiceDay, m_account.isPrepaid());
    if (!quote)
        return Money(0, monthly.currency());
    *days = quote->days;
    *periodDays = quote->periodDays;
    *effective = today;
    return quote->dueNow;
}

Result<SubscriptionService::Impact> SubscriptionService::applyToDraft(State &draft, const Change &change) const
{
    Impact impact;
    impact.action = change.action;
    impact.e164 = change.e164;
    const QString currency = draft.package.monthly.currency();
    impact.chargedNow = Money(0, currency);
    impact.effectiveOn = draft.nextInvoice;
    if (draft.status != QLatin1String("active"))
        return Error{Error::Kind::Conflict, tr("The subscription is cancelled or being cancelled; it cannot be changed.")};
    if (change.quantity < 1 || change.quantity > 999)
        return invalidInput(tr("The quantity must be 1 to 999 (got %1).").arg(change.quantity));

    switch (change.action) {
    case Action::AddOption:
    case Action::RemoveOption: {
        const Catalogue::Option *option = draft.catalogue.option(change.code);
        if (!option)
            return invalidInput(tr("There is no option “%1” in the catalogue.").arg(change.code));
        impact.itemCode = option->code;
        impact.itemName = option->name;
        const bool adding = change.action == Action::AddOption;
        impact.kind = adding ? QStringLiteral("add") : QStringLiteral("remove");
        if (option->kind == QLatin1String("number")) {
            if (change.e164.isEmpty())
                return invalidInput(tr("The option “%1” belongs to a smart number: name the number.").arg(option->name));
            SmartNumber *number = nullptr;
            for (SmartNumber &candidate : draft.numbers) {
                if (candidate.e164 == change.e164)
                    number = &candidate;
            }
            if (!number)
                return invalidInput(tr("%1 is not one of the account's smart numbers.").arg(change.e164));
            const bool has = number->hasOption(option->code);
            const bool ending = number->isEnding(option->code);
            if (adding && has && !ending)
                return Error{Error::Kind::Conflict, tr("%1 already has %2.").arg(change.e164, option->name)};
            if (!adding && !has)
                return Error{Error::Kind::Conflict, tr("%1 does not have %2.").arg(change.e164, option->name)};
            if (!adding && ending) {
                return Error{Error::Kind::Conflict, tr("%2 on %1 is already unsubscribed; it ends on %3.")
                                                        .arg(change.e164, option->name,
                                                             QLocale(m_account.locale).toString(number->ending.value(option->code), QLocale::ShortFormat))};
            }
            if (adding && ending) {
                // Taken back before its last day: it simply runs on, nothing more is charged.
                number->ending.remove(option->code);
                impact.effectiveOn = draft.today;
                return impact;
            }
            if (adding) {
                bool &flag = option->code == QLatin1String("fax") ? number->fax
                             : option->code == QLatin1String("sms") ? number->sms : number->e911;
                flag = true;
                impact.chargedNow = prorate(option->monthly, &impact.days, &impact.periodDays, &impact.effectiveOn);
                return impact;
            }
            // Removed: it keeps working, paid, to the end of the invoice period (rule 3), then goes off.
            number->ending.insert(option->code, draft.nextInvoice.addDays(-1));
            return impact;
        }
        if (!change.e164.isEmpty())
            return invalidInput(tr("The option “%1” is not a smart-number option.").arg(option->name));
        if (draft.isIncluded(option->code)) {
            return Error{Error::Kind::Conflict, adding ? tr("%1 is already included in your %2 package.").arg(option->name, draft.package.name)
                                                       : tr("%1 is included in your %2 package and cannot be removed on its own.")
                                                             .arg(option->name, draft.package.name)};
        }
        const bool several = option->kind == QLatin1String("device") || option->kind == QLatin1String("minutes");
        if (adding) {
            if (!several && change.quantity != 1)
                return invalidInput(tr("%1 can be taken only once.").arg(option->name));
            if (!several && draft.runningItem(option->code))
                return Error{Error::Kind::Conflict, tr("%1 is already part of your subscription.").arg(option->name)};
            // An option that was removed this month runs to the invoice date: taking it back charges nothing.
            for (Item &item : draft.items) {
                if (!several && item.option.code == option->code && item.endsOn.isValid()) {
                    item.endsOn = QDate();
                    impact.effectiveOn = draft.today;
                    return impact;
                }
            }
            impact.chargedNow = prorate(option->monthly.scaled(change.quantity, 1), &impact.days, &impact.periodDays,
                                        &impact.effectiveOn);
            draft.items << Item{0, *option, change.quantity, draft.today, QDate()};
            return impact;
        }
        for (qsizetype i = draft.items.size() - 1; i >= 0; --i) {
            Item &item = draft.items[i];
            if (item.option.code == option->code && !item.endsOn.isValid()) {
                item.endsOn = draft.nextInvoice.addDays(-1);
                return impact;
            }
        }
        return Error{Error::Kind::Conflict, tr("%1 is not part of your subscription.").arg(option->name)};
    }
    case Action::ChangePackage: {
        const Catalogue::Package *target = draft.catalogue.package(change.code);
        if (!target)
            return invalidInput(tr("There is no package “%1” in the catalogue.").arg(change.code));
        impact.itemCode = target->code;
        impact.itemName = target->name;
        const QString scheduled = draft.pendingPackage.isEmpty() ? draft.package.code : draft.pendingPackage;
        if (target->code == scheduled)
            return Error{Error::Kind::Conflict, tr("%1 is already your package.").arg(target->name)};
        const bool upgrade = target->rank > draft.package.rank
                             || (target->rank == draft.package.rank && target->monthly > draft.package.monthly);
        if (upgrade) {
            impact.kind = QStringLiteral("upgrade");
            const Money difference = target->monthly - draft.package.monthly;
            impact.chargedNow = difference.isNegative() ? Money(0, currency)
                                                        : prorate(difference, &impact.days, &impact.periodDays, &impact.effectiveOn);
            impact.effectiveOn = draft.today;
            draft.package = *target;
            draft.pendingPackage.clear();
            draft.pendingOn = QDate();
        } else if (target->code == draft.package.code) { // back to today's package: the downgrade is withdrawn
            impact.kind = QStringLiteral("upgrade");
            impact.effectiveOn = draft.today;
            draft.pendingPackage.clear();
            draft.pendingOn = QDate();
        } else {
            impact.kind = QStringLiteral("downgrade");
            draft.pendingPackage = target->code;
            draft.pendingOn = draft.nextInvoice;
        }
        return impact;
    }
    case Action::AddNumber: {
        auto parsed = PhoneNumber::parse(change.e164);
        if (!parsed)
            return invalidInput(tr("“%1” is not a valid phone number: %2").arg(change.e164, parsed.errorMessage()));
        impact.kind = QStringLiteral("add");
        impact.itemCode = parsed->e164();
        impact.itemName = PhoneNumber::displayForm(parsed->e164());
        impact.e164 = parsed->e164();
        if (draft.number(parsed->e164()))
            return Error{Error::Kind::Conflict, tr("%1 is already one of your smart numbers.").arg(parsed->e164())};
        const QString type = parsed->isTollFree() ? QStringLiteral("toll-free")
                             : (parsed->regionCode() == QLatin1String("US") || parsed->regionCode() == QLatin1String("CA"))
                                 ? QStringLiteral("local")
                                 : QStringLiteral("international");
        // A new smart number costs what the account's latest number of the same type costs.
        Money fee(0, currency);
        for (const SmartNumber &number : draft.numbers) {
            if (number.type == type)
                fee = std::max(fee, number.monthly);
        }
        impact.chargedNow = prorate(fee, &impact.days, &impact.periodDays, &impact.effectiveOn);
        draft.numbers << SmartNumber{0, parsed->e164(), type, fee, false, false, false, {}};
        return impact;
    }
    case Action::RemoveNumber: {
        impact.kind = QStringLiteral("remove");
        impact.itemCode = change.e164;
        impact.itemName = PhoneNumber::displayForm(change.e164);
        for (qsizetype i = 0; i < draft.numbers.size(); ++i) {
            if (draft.numbers.at(i).e164 == change.e164) {
                draft.numbers.removeAt(i);
                return impact;
            }
        }
        return invalidInput(tr("%1 is not one of the account's smart numbers.").arg(change.e164));
    }
    case Action::Cancel:
        impact.kind = QStringLiteral("cancel");
        impact.itemCode = draft.package.code;
        impact.itemName = draft.package.name;
        draft.status = QStringLiteral("cancelling");
        draft.endsOn = draft.nextInvoice.addDays(-1);
        return impact;
    }
    return invalidInput(tr("Unknown change."));
}

Result<SubscriptionService::Review> SubscriptionService::simulate(State &draft, const QList<Change> &changes) const
{
    if (changes.isEmpty())
        return invalidInput(tr("There is nothing to change."));
    Review review;
    review.prepaid = m_account.isPrepaid();
    review.nextInvoice = draft.nextInvoice;
    review.currentMonthly = monthlyPrice(draft, false);
    review.chargedNow = Money(0, draft.package.monthly.currency());
    for (const Change &change : changes) {
        auto impact = applyToDraft(draft, change);
        if (!impact)
            return impact.error();
        review.chargedNow += impact->chargedNow;
        review.lines << impact.value();
    }
    review.nextMonth = monthlyPrice(draft, true);
    return review;
}

Result<SubscriptionService::Review> SubscriptionService::review(const QList<Change> &changes) const
{
    auto current = state();
    if (!current)
        return current.error();
    return simulate(current.value(), changes);
}

Result<SubscriptionService::Review> SubscriptionService::review(const State &state, const QList<Change> &changes) const
{
    State draft = state;
    return simulate(draft, changes);
}

Result<SubscriptionService::Review> SubscriptionService::confirm(const QList<Change> &changes, const Payment &payment,
                                                                 const QString &requestId, bool informCustomer)
{
    if (!::canChange(m_role))
        return forbidden();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(tr("Could not start a transaction: %1").arg(transaction.startError()));
    auto review = confirmInTransaction(transaction, changes, payment, requestId, informCustomer);
    if (!review)
        return review.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return review;
}

Result<SubscriptionService::Review> SubscriptionService::confirmInTransaction(Transaction &transaction, const QList<Change> &changes,
                                                                              const Payment &payment, const QString &requestId,
                                                                              bool informCustomer)
{
    if (!::canChange(m_role))
        return forbidden();
    if (requestId.trimmed().isEmpty())
        return invalidInput(tr("A confirmed change needs a client request id."));
    auto seen = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM subscription_changes WHERE request_id = ? OR request_id LIKE ?"),
                            {requestId, QString(requestId + QStringLiteral("#%"))});
    if (!seen)
        return seen.error();
    if (seen->toLongLong() > 0)
        return Error{Error::Kind::Conflict, tr("This change was already confirmed (request %1); nothing was charged again.").arg(requestId)};

    if (auto applied = applyDueChanges(&transaction); !applied)
        return applied.error();
    auto before = state();
    if (!before)
        return before.error();
    State draft = before.value();
    auto review = simulate(draft, changes);
    if (!review)
        return review.error();
    PaymentGateway::ChargeRequest charge;
    if (auto paid = pay(transaction, review.value(), payment, requestId, &charge); !paid)
        return paid.error();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString lineId = changes.size() == 1 ? requestId : QStringLiteral("%1#%2").arg(requestId).arg(i + 1);
        if (auto written = write(transaction, before.value(), review->lines.at(i), changes.at(i), review->nextMonth, lineId); !written)
            return written.error();
    }
    if (informCustomer) {
        if (auto sent = this->informCustomer(review.value()); !sent)
            return sent.error();
    }
    // The card is charged last: a decline leaves nothing written, and a retry with the same request id
    // is the same charge at the gateway (its idempotency key).
    if (!charge.token.isEmpty()) {
        if (auto charged = chargeCard(charge); !charged)
            return charged.error();
    }
    return review;
}

Result<int> SubscriptionService::applyDueChanges(Transaction *outer)
{
    if (!::canChange(m_role))
        return 0; // the dates already say it; an employee's session writes nothing
    std::optional<Transaction> own;
    if (!outer) {
        own.emplace(m_db);
        if (!own->isActive())
            return databaseError(tr("Could not start a transaction: %1").arg(own->startError()));
    }
    // What is due is read with the state itself, in the transaction.
    bool subscribed = false;
    auto current = read(&subscribed);
    if (!current)
        return current.error();
    int changed = 0;
    // Smart-number options past their last billed day: the column goes off, the ending row goes.
    for (const State::DueOption &due : current->dueNumberOptions) {
        const QString column = numberColumn(due.code);
        if (!column.isEmpty()) {
            // Column names come from a fixed list, never from input.
            auto off = Sql::exec(m_db, QStringLiteral("UPDATE numbers SET %1 = 0, version = version + 1 WHERE id = ? AND account_id = ? AND %1 = 1")
                                           .arg(column),
                                 {due.numberId, m_account.id});
            if (!off)
                return off.error();
            changed += off->numRowsAffected();
        }
        auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM subscription_items WHERE id = ?"), {due.itemId});
        if (!removed)
            return removed.error();
        ++changed;
    }
    // A downgrade whose date has come: the subscription row takes the package state() reports.
    if (subscribed && current->storedPackageId != current->package.id) {
        auto updated = Sql::exec(m_db, QStringLiteral("UPDATE subscriptions SET package_id = ?, version = version + 1 WHERE account_id = ?"),
                                 {current->package.id, m_account.id});
        if (!updated)
            return updated.error();
        ++changed;
    }
    if (own) {
        if (auto committed = own->commit(); !committed)
            return committed.error();
    }
    return changed;
}

Result<void> SubscriptionService::postLedger(Transaction &transaction, Ledger::Kind kind, qint64 amountMinor, qint64 numberId,
                                             const QString &did, const QString &description, const QString &method,
                                             const QString &requestId, const TaxedDeposit::Quote *taxes)
{
    Ledger::Posting posting;
    posting.kind = kind;
    posting.amountMinor = amountMinor;
    posting.numberId = numberId;
    posting.did = did;
    posting.quantity = 1;
    posting.description = description;
    posting.method = method;
    posting.requestId = requestId;
    auto posted = taxes ? TaxedDeposit(m_db, m_account, m_role).post(*taxes, posting, &transaction, m_clock.now())
                        : Ledger(m_db, m_account, m_role).post(posting, &transaction, m_clock.now());
    if (!posted)
        return posted.error();
    if (posted->duplicate)
        return Error{Error::Kind::Conflict, tr("This payment was already posted (request %1); nothing was charged again.").arg(requestId)};
    return {};
}

Result<TaxedDeposit::Quote> SubscriptionService::cardQuote(const Review &review) const
{
    return TaxedDeposit(m_db, m_account, m_role).quote(review.chargedNow, m_clock.today(m_account.timeZone()));
}

Result<void> SubscriptionService::chargeCard(const PaymentGateway::ChargeRequest &charge)
{
    auto outcome = m_gateway->charge(charge);
    if (!outcome)
        return outcome.error();
    if (!outcome->approved) {
        return invalidInput(tr("The card was declined (%1); nothing was charged or changed.")
                                .arg(outcome->declineReason.isEmpty() ? tr("no reason given") : outcome->declineReason));
    }
    return {};
}

Result<void> SubscriptionService::pay(Transaction &transaction, const Review &review, const Payment &payment,
                                      const QString &requestId, PaymentGateway::ChargeRequest *charge)
{
    if (review.chargedNow.isZero())
        return {};
    const QDate today = m_clock.today(m_account.timeZone());
    if (payment.method != Payment::Method::AccountFunds && !m_gateway)
        return invalidInput(tr("No payment provider is available to charge the card; pay with account funds instead."));
    // A card payment is a deposit: a Canadian account pays its sales taxes on top of what it credits,
    // as with Add Funds; elsewhere the quote has no tax and the card pays what it credits.
    std::optional<TaxedDeposit::Quote> cardPrice;
    if (payment.method != Payment::Method::AccountFunds) {
        auto quote = cardQuote(review);
        if (!quote)
            return quote.error();
        cardPrice = quote.value();
    }
    const auto cardCharge = [&](const QString &token, int expMonth, int expYear) {
        *charge = {QStringLiteral("card"), token, QDate(expYear, expMonth, 1).addMonths(1).addDays(-1), cardPrice->charged,
                   requestId + QStringLiteral("#payment"), m_clock.now()};
    };
    const auto postCard = [&](const QString &description) {
        return postLedger(transaction, Ledger::Kind::Deposit, review.chargedNow.minor(), 0, QString(), description,
                          QStringLiteral("card"), requestId + QStringLiteral("#payment"), &*cardPrice);
    };
    switch (payment.method) {
    case Payment::Method::AccountFunds: {
        if (!m_account.isPrepaid())
            return {};
        auto balance = AccountRepository(m_db).balance(m_account);
        if (!balance)
            return balance.error();
        if (balance.value() < review.chargedNow) {
            const QLocale locale(m_account.locale);
            return invalidInput(tr("Your balance, %1, does not cover the %2 charged now: add funds or pay by card.")
                                    .arg(balance->format(locale), review.chargedNow.format(locale)));
        }
        return {};
    }
    case Payment::Method::SavedCard: {
        auto card = Sql::exec(m_db, QStringLiteral("SELECT brand, last4, exp_month, exp_year, token FROM payment_methods "
                                                   "WHERE id = ? AND account_id = ?"),
                              {payment.paymentMethodId, m_account.id});
        if (!card)
            return card.error();
        if (!card.value().next())
            return invalidInput(tr("The saved card %1 does not exist in this account.").arg(payment.paymentMethodId));
        if (QDate(card->value(3).toInt(), card->value(2).toInt(), 1).addMonths(1) <= today)
            return invalidInput(tr("The saved card ending in %1 has expired.").arg(card->value(1).toString()));
        cardCharge(card->value(4).toString(), card->value(2).toInt(), card->value(3).toInt());
        return postCard(tr("Card payment, %1 ending in %2").arg(card->value(0).toString(), card->value(1).toString()));
    }
    case Payment::Method::NewCard: {
        static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        static const QRegularExpression cardNumber(QStringLiteral("^[0-9 -]{13,23}$"));
        if (payment.token.trimmed().isEmpty())
            return invalidInput(tr("The new card has no payment token from the provider."));
        if (cardNumber.match(payment.token).hasMatch())
            return invalidInput(tr("The payment token looks like a card number; LineDesk never stores card numbers."));
        if (payment.brand.trimmed().isEmpty())
            return invalidInput(tr("The new card's brand is missing."));
        if (!fourDigits.match(payment.last4).hasMatch())
            return invalidInput(tr("The new card's last four digits must be four digits (got “%1”).").arg(payment.last4));
        if (payment.expMonth < 1 || payment.expMonth > 12 || payment.expYear < 2000 || payment.expYear > 2200)
            return invalidInput(tr("The new card's expiry %1/%2 is not a valid month and year.").arg(payment.expMonth).arg(payment.expYear));
        if (QDate(payment.expYear, payment.expMonth, 1).addMonths(1) <= today)
            return invalidInput(tr("The new card expired in %1/%2.").arg(payment.expMonth).arg(payment.expYear));
        auto saved = Sql::exec(m_db, QStringLiteral("INSERT INTO payment_methods (account_id, token, brand, last4, exp_month, exp_year, "
                                                    "is_default, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
                               {m_account.id, payment.token.trimmed(), payment.brand.trimmed(), payment.last4, payment.expMonth,
                                payment.expYear, m_clock.now().toSecsSinceEpoch()});
        if (!saved)
            return saved.error();
        cardCharge(payment.token.trimmed(), payment.expMonth, payment.expYear);
        return postCard(tr("Card payment, %1 ending in %2").arg(payment.brand.trimmed(), payment.last4));
    }
    }
    return {};
}

Result<void> SubscriptionService::write(Transaction &transaction, const State &before, const Impact &impact, const Change &change, const Money &nextMonth,
                                        const QString &requestId)
{
    const QDate today = before.today;
    auto run = [this](const QString &sql, const QVariantList &bindings) -> Result<void> {
        auto query = Sql::exec(m_db, sql, bindings);
        if (!query)
            return query.error();
        return {};
    };
    qint64 numberId = 0;
    QString did;
    Ledger::Kind ledgerKind = Ledger::Kind::Subscription;
    Result<void> done;
    switch (change.action) {
    case Action::AddOption:
    case Action::RemoveOption: {
        const Catalogue::Option *option = before.catalogue.option(change.code);
        const bool adding = change.action == Action::AddOption;
        if (option->kind == QLatin1String("number")) {
            const SmartNumber *number = before.number(change.e164);
            numberId = number ? number->id : 0;
            did = change.e164;
            if (option->code == QLatin1String("fax"))
                ledgerKind = Ledger::Kind::Fax;
            else if (option->code == QLatin1String("e911"))
                ledgerKind = Ledger::Kind::E911;
            const bool wasEnding = number && number->isEnding(option->code);
            if (adding && wasEnding) {
                // Taken back before its last day: the ending record goes, the option runs on.
                done = run(QStringLiteral("DELETE FROM subscription_items WHERE account_id = ? AND number_id = ? AND option_id = ? "
                                          "AND ends_on IS NOT NULL"),
                           {m_account.id, numberId, option->id});
            } else if (adding) {
                // Column names come from a fixed list, never from input.
                done = run(QStringLiteral("UPDATE numbers SET %1 = 1, version = version + 1 WHERE account_id = ? AND e164 = ?")
                               .arg(numberColumn(option->code)),
                           {m_account.id, change.e164});
            } else {
                // Still on and billed to the end of the period: the row records its last day.
                done = run(QStringLiteral("INSERT INTO subscription_items (account_id, option_id, number_id, started_on, ends_on) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                           {m_account.id, option->id, numberId, isoDate(today), isoDate(before.nextInvoice.addDays(-1))});
            }
        } else if (adding && impact.chargedNow.isZero() && impact.effectiveOn == today && !before.runningItem(option->code)
                   && option->kind == QLatin1String("service")) {
            done = run(QStringLiteral("UPDATE subscription_items SET ends_on = NULL, version = version + 1 WHERE id = "
                                      "(SELECT MAX(id) FROM subscription_items WHERE account_id = ? AND option_id = ? AND ends_on IS NOT NULL "
                                      "AND number_id IS NULL)"),
                       {m_account.id, option->id});
        } else if (adding) {
            done = run(QStringLiteral("INSERT INTO subscription_items (account_id, option_id, quantity, started_on) VALUES (?, ?, ?, ?)"),
                       {m_account.id, option->id, change.quantity, isoDate(today)});
        } else {
            done = run(QStringLiteral("UPDATE subscription_items SET ends_on = ?, version = version + 1 WHERE id = "
                                      "(SELECT MAX(id) FROM subscription_items WHERE account_id = ? AND option_id = ? AND ends_on IS NULL "
                                      "AND number_id IS NULL)"),
                       {isoDate(before.nextInvoice.addDays(-1)), m_account.id, option->id});
        }
        break;
    }
    case Action::ChangePackage: {
        const Catalogue::Package *target = before.catalogue.package(change.code);
        // A downgrade is only its subscription_changes record below (effective on the next invoice
        // date, read back by state()); an upgrade, or withdrawing a downgrade, takes effect today.
        if (impact.kind == QLatin1String("upgrade")) {
            done = run(QStringLiteral("UPDATE subscriptions SET package_id = ?, version = version + 1 WHERE account_id = ?"),
                       {target->id, m_account.id});
        }
        break;
    }
    case Action::AddNumber: {
        auto parsed = PhoneNumber::parse(impact.e164);
        const QString type = parsed->isTollFree() ? QStringLiteral("toll-free")
                             : (parsed->regionCode() == QLatin1String("US") || parsed->regionCode() == QLatin1String("CA"))
                                 ? QStringLiteral("local")
                                 : QStringLiteral("international");
        Money fee(0, m_account.currency);
        for (const SmartNumber &number : before.numbers) {
            if (number.type == type)
                fee = std::max(fee, number.monthly);
        }
        auto id = Sql::insert(m_db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, monthly_fee_minor, "
                                                   "currency, ordered_on, next_billing_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {m_account.id, impact.e164, parsed->regionCode(), type, fee.minor(), m_account.currency, isoDate(today),
                               isoDate(before.nextInvoice)});
        if (!id)
            return id.error();
        numberId = id.value();
        did = impact.e164;
        ledgerKind = Ledger::Kind::DidMonthly;
        break;
    }
    case Action::RemoveNumber:
        done = run(QStringLiteral("DELETE FROM numbers WHERE account_id = ? AND e164 = ?"), {m_account.id, change.e164});
        break;
    case Action::Cancel:
        done = run(QStringLiteral("UPDATE subscriptions SET status = 'cancelling', ends_on = ?, version = version + 1 WHERE account_id = ?"),
                   {isoDate(before.nextInvoice.addDays(-1)), m_account.id});
        break;
    }
    if (!done)
        return done.error();

    if (!impact.chargedNow.isZero()) {
        const QString description = impact.e164.isEmpty() || impact.itemCode == impact.e164
                                        ? tr("%1, prorated to %2").arg(impact.itemName, isoDate(before.nextInvoice))
                                        : tr("%1 on %2, prorated to %3").arg(impact.itemName, impact.e164, isoDate(before.nextInvoice));
        if (auto posted = postLedger(transaction, ledgerKind, -impact.chargedNow.minor(), numberId, did, description, QString(), requestId);
            !posted)
            return posted.error();
    }
    auto recorded = Sql::exec(m_db, QStringLiteral("INSERT INTO subscription_changes (account_id, changed_at, change_kind, item_code, "
                                                   "charged_now_minor, next_month_minor, currency, effective_on, request_id) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {m_account.id, m_clock.now().toSecsSinceEpoch(), impact.kind,
                               impact.e164.isEmpty() || impact.itemCode == impact.e164 ? impact.itemCode
                                                                                      : impact.itemCode + QLatin1Char(':') + impact.e164,
                               impact.chargedNow.minor(), nextMonth.minor(), m_account.currency, isoDate(impact.effectiveOn), requestId});
    if (!recorded)
        return recorded.error();
    return {};
}

Result<void> SubscriptionService::informCustomer(const Review &review)
{
    auto email = Sql::scalar(m_db, QStringLiteral("SELECT billing_email FROM billing_profiles WHERE account_id = ?"), {m_account.id});
    if (!email && email.errorKind() != Error::Kind::NotFound)
        return email.error();
    const QString recipient = email ? email->toString().trimmed() : QString();
    if (recipient.isEmpty())
        return invalidInput(tr("“Inform the customer” needs a billing e-mail: fill it in Billing Options first."));
    const QLocale locale(m_account.locale);
    QStringList body;
    body << tr("Your subscription changed on %1:").arg(locale.toString(m_clock.today(m_account.timeZone()), QLocale::LongFormat));
    for (const Impact &line : review.lines) {
        body << tr("- %1 (%2): charged now %3, effective %4")
                    .arg(line.itemName, line.kind, line.chargedNow.format(locale),
                         locale.toString(line.effectiveOn, QLocale::ShortFormat));
    }
    body << tr("Charged now: %1").arg(review.chargedNow.format(locale));
    body << tr("Monthly price from %1: %2").arg(locale.toString(review.nextInvoice, QLocale::ShortFormat), review.nextMonth.format(locale));
    auto queued = Sql::exec(m_db, QStringLiteral("INSERT INTO outbox (account_id, created_at, kind, recipient, subject, body) "
                                                 "VALUES (?, ?, 'subscription_change', ?, ?, ?)"),
                            {m_account.id, m_clock.now().toSecsSinceEpoch(), recipient, tr("Your subscription has changed"),
                             body.join(QLatin1Char('\n'))});
    if (!queued)
        return queued.error();
    return {};
}

Result<void> SubscriptionService::saveExtensionSettings(const Extension &extension)
{
    if (!::canChange(m_role))
        return forbidden();
    static const QStringList authMethods{QStringLiteral("pin"), QStringLiteral("caller-id"), QStringLiteral("none")};
    static const QStringList firstActions{QStringLiteral("ring"), QStringLiteral("voicemail"), QStringLiteral("forward")};
    if (!authMethods.contains(extension.authMethod))
        return invalidInput(tr("The authentication method must be pin, caller-id or none (got “%1”).").arg(extension.authMethod));
    if (!firstActions.contains(extension.firstAction))
        return invalidInput(tr("What to do first must be ring, voicemail or forward (got “%1”).").arg(extension.firstAction));
    QVariant privateNumber = kNullText;
    if (!extension.privateNumber.trimmed().isEmpty()) {
        auto parsed = PhoneNumber::parse(extension.privateNumber.trimmed());
        if (!parsed)
            return invalidInput(tr("The private number of extension %1 is not valid: %2").arg(extension.extension, parsed.errorMessage()));
        privateNumber = parsed->e164();
    }
    auto updated = Sql::exec(m_db, QStringLiteral("UPDATE extensions SET private_number = ?, auth_method = ?, first_action = ?, "
                                                  "call_screening = ?, version = version + 1 WHERE id = ? AND account_id = ? AND version = ?"),
                             {privateNumber, extension.authMethod, extension.firstAction, extension.callScreening ? 1 : 0,
                              extension.id, m_account.id, extension.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, tr("Extension %1 was changed by someone else; reload and try again.").arg(extension.extension)};
    return {};
}

Result<SubscriptionService::Extension> SubscriptionService::addExtension(const QString &extension, const QString &name,
                                                                         const QString &deviceCode)
{
    if (!::canChange(m_role))
        return forbidden();
    const QString digits = extension.trimmed();
    static const QRegularExpression extensionDigits(QStringLiteral("^[0-9]{2,6}$"));
    if (!extensionDigits.match(digits).hasMatch())
        return invalidInput(tr("An extension is 2 to 6 digits (got “%1”).").arg(extension.trimmed()));
    if (name.trimmed().size() > 100)
        return invalidInput(tr("The name of extension %1 is longer than 100 characters.").arg(digits));
    auto catalogue = Catalogue::load(m_db, m_account.id);
    if (!catalogue)
        return catalogue.error();
    QVariant device = QVariant(QMetaType(QMetaType::LongLong));
    if (!deviceCode.isEmpty()) {
        const Catalogue::Option *option = catalogue->option(deviceCode);
        if (!option || option->kind != QLatin1String("device"))
            return invalidInput(tr("“%1” is not a device of the catalogue (desk phone, mobile app, WebPhone, softphone).").arg(deviceCode));
        device = option->id;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(tr("Could not start a transaction: %1").arg(transaction.startError()));
    auto taken = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM extensions WHERE account_id = ? AND extension = ?"),
                             {m_account.id, digits});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return invalidInput(tr("Extension %1 already exists.").arg(digits));
    auto id = Sql::insert(m_db, QStringLiteral("INSERT INTO extensions (account_id, extension, name, device_option_id) "
                                               "VALUES (?, ?, ?, ?) RETURNING id"),
                          {m_account.id, digits, name.trimmed().isEmpty() ? QStringLiteral("") : name.trimmed(), device});
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Extension added;
    added.id = id.value();
    added.extension = digits;
    added.name = name.trimmed();
    added.deviceCode = deviceCode;
    added.authMethod = QStringLiteral("pin");
    added.firstAction = QStringLiteral("ring");
    return added;
}

Result<void> SubscriptionService::removeExtension(qint64 id, int version)
{
    if (!::canChange(m_role))
        return forbidden();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(tr("Could not start a transaction: %1").arg(transaction.startError()));
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM extensions WHERE id = ? AND account_id = ? AND version = ?"),
                             {id, m_account.id, version});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, tr("The extension was changed or removed by someone else; reload and try again.")};
    return transaction.commit();
}

#include "taxeddeposit.h"

#include "taxprofile.h"

#include "db/transaction.h"

TaxedDeposit::TaxedDeposit(QSqlDatabase db, Account account, AccessRole role, const TaxTable &table)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role), m_table(table)
{
}

Result<TaxedDeposit::Quote> TaxedDeposit::quote(const Money &credited, const QDate &date) const
{
    auto profile = TaxProfile(m_db, m_account, m_role, m_table).load();
    if (!profile)
        return profile.error();
    Quote quote;
    quote.credited = credited;
    const CanadianTaxes taxes(m_table);
    quote.taxes = taxes.linesFor(credited, profile->province, date, TaxProfile::exemption(profile.value(), m_table));
    quote.charged = credited + CanadianTaxes::total(quote.taxes, credited.currency());
    return quote;
}

Result<Ledger::Posted> TaxedDeposit::post(const Quote &quote, Ledger::Posting deposit, Transaction *outer, const QDateTime &now)
{
    std::optional<Transaction> own;
    if (!outer) {
        own.emplace(m_db);
        if (!own->isActive())
            return databaseError(own->startError());
    }
    Transaction *transaction = outer ? outer : &*own;
    Ledger ledger(m_db, m_account, m_role);
    deposit.kind = Ledger::Kind::Deposit;
    deposit.amountMinor = quote.charged.minor();
    auto posted = ledger.post(deposit, transaction, now);
    if (!posted)
        return posted;
    if (!posted->duplicate) {
        for (const CanadianTaxes::Line &line : quote.taxes) {
            Ledger::Posting tax{Ledger::Kind::Tax, -line.amount.minor(), deposit.occurredAt};
            tax.taxCode = line.ledgerCode();
            tax.quantity = line.rateMilliPercent; // the rate, for the Canadian invoice
            tax.description = QStringLiteral("%1 %2 %").arg(line.code, TaxTable::rateText(line.rateMilliPercent));
            tax.parentId = posted->id;
            tax.status = deposit.status;
            auto taxPosted = ledger.post(tax, transaction, now);
            if (!taxPosted)
                return taxPosted.error();
        }
    }
    if (own) {
        if (auto committed = own->commit(); !committed)
            return committed.error();
    }
    return posted;
}

#pragma once

#include "taxtable.h"

#include "core/money.h"

#include <QDate>
#include <QList>

// The tax lines a deposit by a Canadian account carries (PRODUCT.md rule 12): GST or HST, plus PST
// (BC, MB, SK from 2022-04-01) or QST, from the rate table for the account's province on the
// deposit's date. A valid Provincial Tax ID, or in BC an exemption form on file, exempts the
// account from PST (the reseller / B2B exemption); GST/HST and QST still apply. Each line is the
// amount × rate rounded once, half away from zero. No SQL, no widgets.
class CanadianTaxes final
{
public:
    enum class Exemption { None, TaxId, ExemptionForm };

    struct Line
    {
        QString code;                // GST, HST, PST, QST
        QString province;            // the province the rate is for
        qint64 rateMilliPercent = 0;
        Money amount;                // positive: what the tax adds

        // What the ledger's tax_code holds: "GST", "HST", "QST", or "PST:BC" (PST numbers are per province).
        QString ledgerCode() const;
        static Line fromLedger(const QString &ledgerCode, qint64 rateMilliPercent, const Money &amount);
    };

    explicit CanadianTaxes(const TaxTable &table = TaxTable::canada());

    // Why the account is exempt from PST, if it is: a valid tax ID first, then BC's form.
    Exemption exemption(const QString &province, const QString &taxId, bool exemptionFormOnFile) const;
    QList<Line> linesFor(const Money &amount, const QString &province, const QDate &date, Exemption exemption) const;
    static Money total(const QList<Line> &lines, const QString &currency);

private:
    const TaxTable &m_table;
};

#pragma once

#include "canadiantaxes.h"

#include "core/money.h"
#include "finances/billingprofile.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

// One invoice as composed from the ledger (PRODUCT.md rule 11): plain data that InvoiceDocument
// prints and the GUI previews. A standard invoice holds every ledger line of the range by type,
// communication charges grouped per number and direction; a Canadian invoice holds the deposits
// with their tax lines. Amounts are signed as in the ledger (deposits > 0, charges < 0).
struct Invoice final
{
    enum class Kind { Standard, Canadian };

    struct Line
    {
        qint64 id = 0;                 // the ledger row; 0 for grouped lines
        QDate date;                    // local date; invalid for grouped lines (the whole range)
        QString kind;                  // ledger kind name ("deposit", "call_incoming"…)
        QString did;
        QString method;                // deposits: card, paypal, wire, auto, account
        QString reference;
        QString description;           // as stored in the ledger
        QString taxCode;               // tax rows: "GST", "PST:BC"…
        qint64 quantity = 0;           // minutes (calls), queries (CNAM), rate (tax rows, milli-percent)
        qint64 count = 1;              // ledger rows behind a grouped line
        Money amount;                  // standard: the ledger amount; Canadian: what the deposit credited
        QList<CanadianTaxes::Line> taxes; // Canadian: the deposit's recorded tax lines
        Money charged;                 // Canadian: what was paid (amount + taxes)
    };

    struct Section
    {
        QString kind;                  // ledger kind name
        QList<Line> lines;
        Money total;
    };

    Kind kind = Kind::Standard;
    QString number;                    // unique and stable for account + range + kind
    QDate issuedOn;
    QDate from;
    QDate to;
    QString accountNumber;
    QString accountName;
    QString currency;
    QString timezone;
    BillingProfile::Fields billing;

    // Standard invoice.
    Money opening;
    Money closing;                     // opening + the sum of every line
    QList<Section> sections;

    // Canadian invoice.
    QString province;                  // "" when the account has none
    QString provincialTaxId;
    CanadianTaxes::Exemption exemption = CanadianTaxes::Exemption::None;
    QList<QPair<QString, QString>> registrations; // ("GST", "784512963 RT0001"), ("PST:BC", …)
    QList<CanadianTaxes::Line> taxTotals;         // per tax and rate
    Money subtotal;                    // deposits credited
    Money taxTotal;
    Money totalPaid;                   // subtotal + taxTotal

    qint64 lineCount() const
    {
        qint64 count = 0;
        for (const Section &section : sections)
            count += section.lines.size();
        return count;
    }
    Money movements() const
    {
        Money sum(0, currency);
        for (const Section &section : sections)
            sum += section.total;
        return sum;
    }
};

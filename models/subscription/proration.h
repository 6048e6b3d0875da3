#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

// Proration (PRODUCT.md rule 2): what a service of a monthly price started on a day pays now.
// Pure arithmetic on dates and Money, no SQL: shared by the subscription engine, the CLI and the GUI.
class Proration final
{
    Q_DECLARE_TR_FUNCTIONS(Proration)

public:
    static constexpr int kLastDayOfMonth = 0; // accounts.invoice_day 0

    struct Quote
    {
        Money prorated;       // monthly × days ÷ periodDays, rounded once half away from zero
        Money dueNow;         // postpaid: prorated; prepaid: one full month + prorated
        int days = 0;         // from the start up to, not including, the next invoice date
        int periodDays = 0;   // days of the invoice period the start falls in
        QDate periodStart;    // the invoice date on or before the start
        QDate nextInvoice;    // the first invoice date after the start
    };

    // invoiceDay: 1–28, or kLastDayOfMonth. Refuses a negative price, an invalid date or day.
    static Result<Quote> quote(const Money &monthly, const QDate &start, int invoiceDay, bool prepaid);

    // The invoice date of the month of `day` (the last day of that month for kLastDayOfMonth).
    static QDate invoiceDateInMonth(const QDate &day, int invoiceDay);
    // The invoice date on or before `day`, and the first one strictly after it.
    static QDate periodStart(const QDate &day, int invoiceDay);
    static QDate nextInvoiceDate(const QDate &day, int invoiceDay);
    static bool isValidInvoiceDay(int invoiceDay) { return invoiceDay >= 0 && invoiceDay <= 28; }
};

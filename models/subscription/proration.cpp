#include "proration.h"

QDate Proration::invoiceDateInMonth(const QDate &day, int invoiceDay)
{
    const int dayOfMonth = invoiceDay == kLastDayOfMonth ? day.daysInMonth() : invoiceDay;
    return QDate(day.year(), day.month(), dayOfMonth);
}

QDate Proration::periodStart(const QDate &day, int invoiceDay)
{
    const QDate thisMonth = invoiceDateInMonth(day, invoiceDay);
    if (thisMonth <= day)
        return thisMonth;
    return invoiceDateInMonth(QDate(day.year(), day.month(), 1).addMonths(-1), invoiceDay);
}

QDate Proration::nextInvoiceDate(const QDate &day, int invoiceDay)
{
    const QDate thisMonth = invoiceDateInMonth(day, invoiceDay);
    if (thisMonth > day)
        return thisMonth;
    return invoiceDateInMonth(QDate(day.year(), day.month(), 1).addMonths(1), invoiceDay);
}

Result<Proration::Quote> Proration::quote(const Money &monthly, const QDate &start, int invoiceDay, bool prepaid)
{
    if (monthly.isNegative())
        return invalidInput(tr("The monthly price cannot be negative (%1).").arg(monthly.toDecimalString()));
    if (!start.isValid())
        return invalidInput(tr("The start date is not a valid date."));
    if (!isValidInvoiceDay(invoiceDay))
        return invalidInput(tr("The invoice day must be 1 to 28, or 0 for the last day of the month (got %1).").arg(invoiceDay));

    Quote quote;
    quote.periodStart = periodStart(start, invoiceDay);
    quote.nextInvoice = nextInvoiceDate(start, invoiceDay);
    quote.days = int(start.daysTo(quote.nextInvoice));
    quote.periodDays = int(quote.periodStart.daysTo(quote.nextInvoice));
    quote.prorated = monthly.scaled(quote.days, quote.periodDays);
    quote.dueNow = prepaid ? monthly + quote.prorated : quote.prorated;
    return quote;
}

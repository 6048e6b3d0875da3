#include "reportwindow.h"

QDate ReportWindow::earliestFrom(const QDate &today)
{
    // QDate::addMonths clamps to the last day of a shorter month, which is exactly rule 7.
    return today.addMonths(-kMaxMonthsBack);
}

QPair<QDate, QDate> ReportWindow::range(Preset preset, const QDate &today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Today:
    case Preset::Custom:
        return {today, today};
    case Preset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case Preset::ThisWeek:
        return {monday, today};
    case Preset::LastWeek:
        return {monday.addDays(-7), monday.addDays(-1)};
    case Preset::ThisMonth:
        return {firstOfMonth, today};
    case Preset::LastMonth:
        return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case Preset::LastSixMonths:
        return {earliestFrom(today), today};
    }
    return {today, today};
}

QString ReportWindow::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today: return tr("Today");
    case Preset::Yesterday: return tr("Yesterday");
    case Preset::ThisWeek: return tr("This week");
    case Preset::LastWeek: return tr("Last week");
    case Preset::ThisMonth: return tr("This month");
    case Preset::LastMonth: return tr("Last month");
    case Preset::LastSixMonths: return tr("Last 6 months");
    case Preset::Custom: return tr("Custom range");
    }
    return {};
}

QList<ReportWindow::Preset> ReportWindow::presets()
{
    return {Preset::Today,     Preset::Yesterday, Preset::ThisWeek,      Preset::LastWeek,
            Preset::ThisMonth, Preset::LastMonth, Preset::LastSixMonths, Preset::Custom};
}

Result<void> ReportWindow::validate(const QDate &from, const QDate &to, const QDate &today)
{
    if (!from.isValid())
        return invalidInput(tr("The from-date is not a valid date."));
    if (!to.isValid())
        return invalidInput(tr("The to-date is not a valid date."));
    if (to < from)
        return invalidInput(tr("The to-date %1 is before the from-date %2.")
                                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const QDate earliest = earliestFrom(today);
    if (from < earliest)
        return invalidInput(tr("Reports reach at most 6 months back: the earliest from-date is %1.")
                                .arg(earliest.toString(Qt::ISODate)));
    return {};
}

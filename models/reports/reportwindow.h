#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>

// The date range of a call report (PRODUCT.md rule 7): presets relative to today in the account's time
// zone, and the 6-month limit — the earliest from-date is today minus 6 calendar months, clamped to the
// month's end (August 31 → February 28/29).
class ReportWindow final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWindow)

public:
    enum class Preset { Today, Yesterday, ThisWeek, LastWeek, ThisMonth, LastMonth, LastSixMonths, Custom };

    static constexpr int kMaxMonthsBack = 6;

    static QDate earliestFrom(const QDate &today);
    // The preset's inclusive [from, to]. Weeks start on Monday (ISO 8601).
    static QPair<QDate, QDate> range(Preset preset, const QDate &today);
    static QString presetName(Preset preset); // translated, for the combo box
    static QList<Preset> presets();           // in menu order, Custom last

    // Refuses a from-date earlier than earliestFrom(today) (the message names the earliest allowed
    // date), a to-date before the from-date, and invalid dates.
    static Result<void> validate(const QDate &from, const QDate &to, const QDate &today);
};

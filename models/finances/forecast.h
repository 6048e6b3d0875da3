#pragma once

#include "autobilling.h"
#include "renewalschedule.h"

#include <array>

// The balance day by day for the next 30/60/90 days: from the current balance, minus the scheduled
// DID renewals and option fees, minus the average daily usage of the last 30 days for that weekday,
// plus the automatic-billing top-ups the rules would trigger (at most one a day). Also the day the
// balance would reach zero or the threshold, with and without automatic billing. Pure arithmetic;
// inputFor() gathers the figures from the database.
class Forecast final
{
public:
    struct Input
    {
        QDate today;
        qint64 balanceMinor = 0;
        int days = 30;
        QList<RenewalSchedule::Charge> charges;      // (today, today + days]
        std::array<qint64, 7> usageMinor{};          // average spend a day, Monday … Sunday (positive)
        AutoBilling::Settings autobilling;
        bool postpaid = false;
    };

    struct Day
    {
        QDate date;
        qint64 balanceMinor = 0;          // end of day, with the top-up
        qint64 topUpMinor = 0;            // 0: none that day
        qint64 balanceWithoutMinor = 0;   // end of day without automatic billing
    };

    struct Projection
    {
        qint64 startBalanceMinor = 0;
        QList<Day> days;                  // today + 1 … today + days
        QDate zeroDate;                   // first day at or below zero, with automatic billing (invalid: none)
        QDate zeroDateWithout;            // … without automatic billing
        QDate thresholdDateWithout;       // first day at or below the threshold (or under the floor) without it
        qint64 thresholdMinor = 0;        // the line to draw: threshold, floor or the postpaid limit
    };

    static Projection compute(const Input &input);

    // The current balance, the renewals, the weekday usage of the 30 days before today (deposits,
    // fees and pending rows left out: communication charges only) and the automatic-billing settings.
    static Result<Input> inputFor(const QSqlDatabase &db, const Account &account, const QDate &today, int days);
    // The average daily communication spend of the 30 days before today, per weekday (Monday first).
    static Result<std::array<qint64, 7>> weekdayUsage(const QSqlDatabase &db, const Account &account, const QDate &today);
};

#pragma once

#include "core/money.h"
#include "core/result.h"

#include "accounts/account.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Minute packages (seed 003): 75 000 to 500 000 minutes credited each invoice period; unused minutes
// do not roll over, and minutes beyond the package are charged at the plan's per-minute rate.
// Usage counts answered and outbound calls, each rounded up to the started minute.
class MinuteUsage final
{
    Q_DECLARE_TR_FUNCTIONS(MinuteUsage)

public:
    static constexpr qint64 kSmallestPackage = 75'000;
    static constexpr qint64 kLargestPackage = 500'000;

    struct Period
    {
        QDate from;          // invoice date that opened the period
        QDate to;            // next invoice date (excluded)
        qint64 included = 0; // minutes of the packages running this period
        qint64 used = 0;
        qint64 remaining() const { return std::max<qint64>(0, included - used); }
        qint64 overage() const { return std::max<qint64>(0, used - included); }
        int percentUsed() const; // 0–100, capped
        // Overage minutes × the per-minute rate (micro-units), rounded once.
        Money overageCost(qint64 perMinuteMicro, const QString &currency) const;
    };

    // The period holding `day`: each period starts from the package's own minutes, whatever was left before.
    static Period compute(qint64 includedMinutes, qint64 usedMinutes, const QDate &from, const QDate &to);
    // Minutes used in [from, to) in the account's time zone, counted in SQL.
    static Result<qint64> usedMinutes(const QSqlDatabase &db, const Account &account, const QDate &from, const QDate &to);
    // The period holding today, with the minute packages the subscription runs and the calls made.
    static Result<Period> current(const QSqlDatabase &db, const Account &account, const Clock &clock);
};

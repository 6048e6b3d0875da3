#pragma once

#include <QtGlobal>

// Counts and sums over a set of calls, computed in SQL: calls, seconds and charge in micro-units.
struct ReportTotals final
{
    qint64 calls = 0;
    qint64 durationS = 0;
    qint64 chargeMicro = 0;

    ReportTotals &operator+=(const ReportTotals &other)
    {
        calls += other.calls;
        durationS += other.durationS;
        chargeMicro += other.chargeMicro;
        return *this;
    }
    bool operator==(const ReportTotals &other) const = default;
};

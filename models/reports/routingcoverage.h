#pragma once

#include "core/result.h"

#include <QSqlDatabase>

#include <array>

// Which hours of the week a number's weekly routing rules answer (forward or IVR), read straight from
// routing_rules, for the missed-calls heatmap. An hour counts as answered when a rule covers its middle
// (HH:30 local time); rules that run past midnight count for the next morning; date-bounded rules
// (holidays) are exceptions, not the usual week, and are left out.
class RoutingCoverage final
{
public:
    using Grid = std::array<std::array<bool, 24>, 7>; // [weekday 0 = Monday][local hour]

    static Result<Grid> forNumber(const QSqlDatabase &db, qint64 accountId, const QString &e164);
    // The same from rule values, for tests: days "mon,tue", times "HH:MM" ("24:00" allowed).
    struct Rule
    {
        QString days;
        QString start;
        QString end;
        QString action;
    };
    static Grid fromRules(const QList<Rule> &rules);
};

#pragma once

#include "reporttotals.h"

#include <QString>

// One row of a grouped report: the key ("2026-11-23", "+15145550100", "09") and its totals.
struct ReportGroup final
{
    QString key;
    ReportTotals totals;
};

#pragma once

#include <QString>

// One call of a report as read from the calls table (instants in UTC epoch seconds, charge in micro-units).
struct CallRecord final
{
    qint64 id = 0;
    qint64 startedAt = 0;
    QString did;
    QString caller;
    QString disposition;
    qint64 durationS = 0;
    qint64 chargeMicro = 0;
};

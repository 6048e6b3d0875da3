#pragma once

#include <QString>

// A caller whose missed call no later outbound call has reached: one row per caller, with the
// number they called last and how many times they were missed in the window.
struct UnreturnedMissedCall final
{
    QString caller;     // E.164
    qint64 numberId = 0; // 0 when that number was released
    QString did;
    qint64 lastMissedAt = 0; // epoch seconds, UTC
    int missedCount = 0;
};

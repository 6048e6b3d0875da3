#pragma once

#include <QtGlobal>

#include <cstdint>

// One call in a number's Activity list, kept compact (no strings) so that a view scrolled through
// hundreds of thousands of calls stays small: the caller is its E.164 digits (0: anonymous).
struct ActivityCall final
{
    enum class Disposition : std::uint8_t { Answered, Missed, Voicemail, Blocked, Outbound };

    qint64 id = 0;
    qint64 startedAt = 0;   // epoch seconds, UTC
    quint64 callerDigits = 0;
    qint64 chargeMicro = 0;
    qint32 durationS = 0;
    Disposition disposition = Disposition::Answered;
};

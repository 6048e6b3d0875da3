#pragma once

#include <QDate>
#include <QTimeZone>

#include <utility>
#include <vector>

// The UTC offset of one time zone at any instant, read from the zone's transitions, which are asked of
// QTimeZone once for a span of years around the instants seen (and again only when an instant falls
// outside it). Converting an instant is then a binary search over a handful of transitions instead of
// a QDateTime::toTimeZone, which is what lets a replay evaluate 100 000 calls in milliseconds. DST
// gaps and repeated hours come out exactly as QTimeZone has them: the offset belongs to the instant.
class ZoneOffsets final
{
public:
    struct Local
    {
        QDate date;          // the wall-clock date in the zone
        int secondOfDay = 0; // 0 … 86399
        int offsetSeconds = 0;
    };

    explicit ZoneOffsets(QTimeZone zone);

    const QTimeZone &zone() const { return m_zone; }
    // Not const: an instant outside the loaded span widens it.
    int offsetAt(qint64 utcSeconds);
    Local localAt(qint64 utcSeconds);

private:
    void load(qint64 from, qint64 to);

    QTimeZone m_zone;
    qint64 m_from = 0; // the loaded span [m_from, m_to); empty at first
    qint64 m_to = 0;
    int m_offsetAtFrom = 0;
    std::vector<std::pair<qint64, int>> m_transitions; // (UTC instant, offset from then on), ascending
};

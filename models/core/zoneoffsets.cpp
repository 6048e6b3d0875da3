#include "zoneoffsets.h"

#include <QDateTime>

#include <algorithm>

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kMargin = 400 * kDay;    // loaded on each side of an instant outside the span
constexpr qint64 kUnixEpochJulianDay = 2440588;

} // namespace

ZoneOffsets::ZoneOffsets(QTimeZone zone) : m_zone(std::move(zone)) {}

void ZoneOffsets::load(qint64 from, qint64 to)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc());
    m_offsetAtFrom = m_zone.offsetFromUtc(start);
    m_transitions.clear();
    if (m_zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &transition : m_zone.transitions(start, QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc()))) {
            const qint64 at = transition.atUtc.toSecsSinceEpoch();
            if (at > from && at < to)
                m_transitions.emplace_back(at, transition.offsetFromUtc);
        }
    }
    m_from = from;
    m_to = to;
}

int ZoneOffsets::offsetAt(qint64 utcSeconds)
{
    if (utcSeconds < m_from || utcSeconds >= m_to) {
        // Keep what was loaded and widen it, so instants going back and forth never reload twice.
        const bool empty = m_from == m_to;
        load(empty ? utcSeconds - kMargin : std::min(m_from, utcSeconds - kMargin),
             empty ? utcSeconds + kMargin : std::max(m_to, utcSeconds + kMargin));
    }
    // The last transition at or before the instant decides; before the first one, the span's start does.
    const auto after = std::upper_bound(m_transitions.cbegin(), m_transitions.cend(), utcSeconds,
                                        [](qint64 at, const std::pair<qint64, int> &transition) { return at < transition.first; });
    return after == m_transitions.cbegin() ? m_offsetAtFrom : std::prev(after)->second;
}

ZoneOffsets::Local ZoneOffsets::localAt(qint64 utcSeconds)
{
    const int offset = offsetAt(utcSeconds);
    const qint64 local = utcSeconds + offset;
    // Floor division: instants before 1970 still land on the right day.
    const qint64 day = local >= 0 ? local / kDay : -((-local + kDay - 1) / kDay);
    return {QDate::fromJulianDay(kUnixEpochJulianDay + day), int(local - day * kDay), offset};
}

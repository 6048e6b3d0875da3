#pragma once

#include "routedecision.h"
#include "routingconfig.h"
#include "core/zoneoffsets.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <vector>

// Decides where a call goes (PRODUCT.md rules 8 and 9): the caller filter first, then the rules, in the
// number's Activity Time Zone. Each call's UTC instant is converted into the zone with QTimeZone and
// compared as wall-clock time, so DST changes are handled by the zone, never by stored offsets.
// Date-bounded rules win over weekly ones; among rules of one kind the first in list order wins; an
// uncovered time goes to voicemail when it is enabled, and is rejected otherwise.
class RouteEvaluator final
{
public:
    explicit RouteEvaluator(RoutingConfig config);

    const RoutingConfig &config() const { return m_config; }
    bool isValid() const { return m_zone.isValid(); }

    RouteDecision evaluate(const QDateTime &instant, const QString &caller) const;
    // No caller known (the simulator without one): the filter is not consulted, only the rules decide.
    RouteDecision evaluate(const QDateTime &instant) const;
    // The same decision as evaluate() for an instant in epoch seconds (UTC), for replaying many calls:
    // the zone's offsets come from a cache of its transitions (ZoneOffsets) instead of a QDateTime
    // conversion per call. localTime carries the zone's offset at that instant (Qt::OffsetFromUTC), not
    // the zone itself, so explanation() names the offset: use evaluate() to show a decision to people.
    // Not thread-safe: the cache grows as instants are seen.
    RouteDecision evaluateAt(qint64 utcSeconds, const QString &caller) const;
    // Only the rules (no filter): the index of the deciding rule at a local date and time, or -1.
    int ruleAt(const QDate &localDate, int secondOfDay) const;

private:
    // The filter and the weekly rules prepared for evaluateAt(): exact patterns in a hash, wildcards as
    // prefixes, and which weekly rule answers each minute of the week (rules are whole minutes).
    void prepareFastPath() const;
    CallerFilter::Verdict fastFilter(const QString &caller) const;
    int fastRuleAt(const QDate &localDate, int secondOfDay) const;

    RouteDecision evaluateRules(RouteDecision decision) const;
    // Records the caller filter's verdict: true when it blocked the call (the decision then says so).
    bool applyVerdict(RouteDecision &decision, const CallerFilter::Verdict &verdict) const;
    // Fills in what the rule at index (-1: none) does with the call.
    RouteDecision decide(RouteDecision decision, int index) const;

    RoutingConfig m_config;
    QTimeZone m_zone;
    mutable ZoneOffsets m_offsets;
    QList<int> m_dated;  // indexes of date-bounded rules, in list order
    QList<int> m_weekly; // indexes of weekly rules, in list order
    mutable bool m_fastPrepared = false;
    mutable QHash<QString, int> m_exactEntries;             // normalised exact pattern or "anonymous" → first entry
    mutable QList<std::pair<QString, int>> m_wildcardEntries; // prefix without '*' → entry, in list order
    mutable std::vector<qint16> m_weekMinutes;               // [(dayOfWeek - 1) * 1440 + minute] → weekly rule or -1
};

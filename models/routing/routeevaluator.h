#pragma once

#include "routedecision.h"
#include "routingconfig.h"

#include <QDateTime>
#include <QTimeZone>

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
    // Only the rules (no filter): the index of the deciding rule at a local date and time, or -1.
    int ruleAt(const QDate &localDate, int secondOfDay) const;

private:
    RouteDecision evaluateRules(RouteDecision decision) const;

    RoutingConfig m_config;
    QTimeZone m_zone;
    QList<int> m_dated;  // indexes of date-bounded rules, in list order
    QList<int> m_weekly; // indexes of weekly rules, in list order
};

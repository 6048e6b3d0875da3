#include "routeevaluator.h"

RouteEvaluator::RouteEvaluator(RoutingConfig config) : m_config(std::move(config)), m_zone(m_config.timezone.toUtf8())
{
    for (int i = 0; i < m_config.rules.size(); ++i)
        (m_config.rules.at(i).isDateBounded() ? m_dated : m_weekly) << i;
}

int RouteEvaluator::ruleAt(const QDate &localDate, int secondOfDay) const
{
    for (const QList<int> *kind : {&m_dated, &m_weekly}) {
        for (int index : *kind) {
            if (m_config.rules.at(index).covers(localDate, secondOfDay))
                return index;
        }
    }
    return -1;
}

RouteDecision RouteEvaluator::evaluate(const QDateTime &instant, const QString &caller) const
{
    RouteDecision decision;
    decision.localTime = instant.toTimeZone(m_zone);

    const CallerFilter::Verdict verdict = m_config.filter.check(caller);
    decision.filterEntry = verdict.entryIndex;
    if (verdict.entryIndex >= 0)
        decision.filterPattern = m_config.filter.entries().at(verdict.entryIndex).pattern;
    if (verdict.blocked) {
        decision.action = RouteDecision::Action::Block;
        decision.reason = RouteDecision::Reason::Filter;
        return decision;
    }
    return evaluateRules(decision);
}

RouteDecision RouteEvaluator::evaluate(const QDateTime &instant) const
{
    RouteDecision decision;
    decision.localTime = instant.toTimeZone(m_zone);
    return evaluateRules(decision);
}

RouteDecision RouteEvaluator::evaluateRules(RouteDecision decision) const
{
    const QTime time = decision.localTime.time();
    const int index = ruleAt(decision.localTime.date(), time.msecsSinceStartOfDay() / 1000);
    if (index < 0) {
        decision.reason = RouteDecision::Reason::Uncovered;
        decision.action = m_config.voicemail ? RouteDecision::Action::Voicemail : RouteDecision::Action::Reject;
        return decision;
    }
    const RoutingRule &rule = m_config.rules.at(index);
    decision.reason = RouteDecision::Reason::Rule;
    decision.ruleIndex = index;
    decision.ruleName = rule.name;
    decision.action = RouteDecision::fromRuleAction(rule.action);
    if (rule.action == RoutingRule::Action::Forward || rule.action == RoutingRule::Action::Ivr) {
        decision.destinations = rule.destinations;
        decision.strategy = rule.strategy;
    }
    if (m_config.ivr.enabled && decision.action == RouteDecision::Action::Forward) {
        // The gate screens auto-dialers before anyone's phone rings (seed 000).
        decision.action = RouteDecision::Action::Ivr;
        decision.ivrGate = true;
    }
    return decision;
}

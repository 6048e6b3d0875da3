#include "routeevaluator.h"

RouteEvaluator::RouteEvaluator(RoutingConfig config)
    : m_config(std::move(config)), m_zone(m_config.timezone.toUtf8()), m_offsets(m_zone)
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
    if (applyVerdict(decision, m_config.filter.check(caller)))
        return decision;
    return evaluateRules(std::move(decision));
}

RouteDecision RouteEvaluator::evaluateAt(qint64 utcSeconds, const QString &caller) const
{
    if (!m_fastPrepared)
        prepareFastPath();
    const ZoneOffsets::Local local = m_offsets.localAt(utcSeconds);
    RouteDecision decision;
    decision.localTime = QDateTime(local.date, QTime::fromMSecsSinceStartOfDay(local.secondOfDay * 1000), Qt::OffsetFromUTC,
                                   local.offsetSeconds);
    if (applyVerdict(decision, fastFilter(caller)))
        return decision;
    return decide(std::move(decision), fastRuleAt(local.date, local.secondOfDay));
}

void RouteEvaluator::prepareFastPath() const
{
    const QList<CallerFilter::Entry> &entries = m_config.filter.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QString &pattern = entries.at(i).pattern;
        if (CallerFilter::patternKind(pattern) == CallerFilter::PatternKind::Wildcard)
            m_wildcardEntries.append({pattern.chopped(1), i});
        else if (!m_exactEntries.contains(pattern))
            m_exactEntries.insert(pattern, i);
    }
    // Which weekly rule answers each minute: a weekly rule covers a (weekday, minute) or not, whatever
    // the date, because its bounds are whole minutes and it depends on the date only by its weekday.
    m_weekMinutes.assign(7 * 1440, -1);
    const QDate monday(2024, 1, 1); // any Monday
    for (int day = 0; day < 7; ++day) {
        const QDate date = monday.addDays(day);
        for (int minute = 0; minute < 1440; ++minute) {
            for (int index : m_weekly) {
                if (m_config.rules.at(index).covers(date, minute * 60)) {
                    m_weekMinutes[size_t(day * 1440 + minute)] = qint16(index);
                    break;
                }
            }
        }
    }
    m_fastPrepared = true;
}

CallerFilter::Verdict RouteEvaluator::fastFilter(const QString &caller) const
{
    // The same priority as CallerFilter::matchingEntry: an exact number (or "anonymous") before any
    // wildcard, the first wildcard in list order otherwise.
    CallerFilter::Verdict verdict;
    if (m_config.filter.mode() == CallerFilter::Mode::Off)
        return verdict;
    QString who = caller.trimmed();
    if (who.isEmpty() || who.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0)
        who = QStringLiteral("anonymous");
    const auto exact = m_exactEntries.constFind(who);
    if (exact != m_exactEntries.cend()) {
        verdict.entryIndex = exact.value();
    } else if (who != QLatin1String("anonymous")) {
        for (const auto &[prefix, index] : m_wildcardEntries) {
            if (who.startsWith(prefix)) {
                verdict.entryIndex = index;
                break;
            }
        }
    }
    const bool matched = verdict.entryIndex >= 0;
    verdict.blocked = m_config.filter.mode() == CallerFilter::Mode::Block ? matched : !matched;
    return verdict;
}

int RouteEvaluator::fastRuleAt(const QDate &localDate, int secondOfDay) const
{
    for (int index : m_dated) {
        if (m_config.rules.at(index).covers(localDate, secondOfDay))
            return index;
    }
    return m_weekMinutes[size_t((localDate.dayOfWeek() - 1) * 1440 + secondOfDay / 60)];
}

bool RouteEvaluator::applyVerdict(RouteDecision &decision, const CallerFilter::Verdict &verdict) const
{
    decision.filterEntry = verdict.entryIndex;
    if (verdict.entryIndex >= 0)
        decision.filterPattern = m_config.filter.entries().at(verdict.entryIndex).pattern;
    if (!verdict.blocked)
        return false;
    decision.action = RouteDecision::Action::Block;
    decision.reason = RouteDecision::Reason::Filter;
    return true;
}

RouteDecision RouteEvaluator::evaluate(const QDateTime &instant) const
{
    RouteDecision decision;
    decision.localTime = instant.toTimeZone(m_zone);
    return evaluateRules(std::move(decision));
}

RouteDecision RouteEvaluator::evaluateRules(RouteDecision decision) const
{
    const QDate date = decision.localTime.date();
    const int secondOfDay = decision.localTime.time().msecsSinceStartOfDay() / 1000;
    return decide(std::move(decision), ruleAt(date, secondOfDay));
}

RouteDecision RouteEvaluator::decide(RouteDecision decision, int index) const
{
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

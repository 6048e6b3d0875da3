#include "routingreplay.h"

#include "db/sql.h"

void RoutingReplay::Counts::add(const RouteDecision &decision)
{
    ++total;
    if (decision.ruleIndex >= 0) {
        if (perRule.size() <= decision.ruleIndex)
            perRule.resize(decision.ruleIndex + 1, 0);
        ++perRule[decision.ruleIndex];
    }
    if (decision.reason == RouteDecision::Reason::Uncovered)
        ++uncovered;
    switch (decision.action) {
    case RouteDecision::Action::Forward: ++forwarded; break;
    case RouteDecision::Action::Ivr: ++ivr; break;
    case RouteDecision::Action::Voicemail: ++voicemail; break;
    case RouteDecision::Action::Reject: ++rejected; break;
    case RouteDecision::Action::Block: ++blocked; break;
    }
}

Result<RoutingReplay::Comparison> RoutingReplay::run(const QSqlDatabase &db, qint64 accountId, qint64 numberId, const QDateTime &from,
                                                     const QDateTime &to, const RoutingConfig &draft, const RoutingConfig &saved)
{
    const RouteEvaluator draftEvaluator(draft);
    const RouteEvaluator savedEvaluator(saved);
    if (!draftEvaluator.isValid())
        return invalidInput(tr("Field “timezone”: “%1” is not a known time zone").arg(draft.timezone));
    Comparison comparison;
    comparison.draft.perRule.resize(draft.rules.size(), 0);
    comparison.saved.perRule.resize(saved.rules.size(), 0);
    auto calls = Sql::exec(db,
                           QStringLiteral("SELECT started_at, caller FROM calls WHERE account_id = ? AND number_id = ? "
                                          "AND started_at >= ? AND started_at < ? AND disposition <> 'outbound'"),
                           {accountId, numberId, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()});
    if (!calls)
        return calls.error();
    for (QSqlQuery &call = calls.value(); call.next();) {
        const qint64 instant = call.value(0).toLongLong();
        const QString caller = call.value(1).toString();
        comparison.draft.add(draftEvaluator.evaluateAt(instant, caller));
        comparison.saved.add(savedEvaluator.evaluateAt(instant, caller));
    }
    return comparison;
}

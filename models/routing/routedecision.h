#pragma once

#include "routingrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

// Where one call goes and why: the answer of RouteEvaluator, shown by the simulator and `route simulate`.
class RouteDecision final
{
    Q_DECLARE_TR_FUNCTIONS(RouteDecision)

public:
    enum class Action { Forward, Voicemail, Reject, Block, Ivr };
    enum class Reason {
        Filter,    // the caller filter blocked the call (block list match, or not on the allow list)
        Rule,      // a rule covered the call's local time
        Uncovered, // no rule covered it: voicemail if enabled, else rejected
    };

    Action action = Action::Reject;
    Reason reason = Reason::Uncovered;
    int ruleIndex = -1;       // in RoutingConfig::rules
    QString ruleName;         // empty when no rule decided
    QStringList destinations;
    std::optional<RoutingRule::Strategy> strategy;
    QDateTime localTime;      // the call's instant in the number's zone
    int filterEntry = -1;     // the filter entry that matched, -1 when none
    QString filterPattern;
    bool ivrGate = false;     // the number's IVR gate answers first, then the rule's destinations ring

    static QString actionName(Action action); // "forward|voicemail|reject|block|ivr"
    static Action fromRuleAction(RoutingRule::Action action);
    // A sentence for people: "Rule “Office” covers Mon 10:00 in America/New_York: forwarded …".
    QString explanation() const;
};

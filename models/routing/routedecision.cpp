#include "routedecision.h"

#include <QTimeZone>

QString RouteDecision::actionName(Action action)
{
    switch (action) {
    case Action::Forward: return QStringLiteral("forward");
    case Action::Voicemail: return QStringLiteral("voicemail");
    case Action::Reject: return QStringLiteral("reject");
    case Action::Block: return QStringLiteral("block");
    case Action::Ivr: return QStringLiteral("ivr");
    }
    return {};
}

RouteDecision::Action RouteDecision::fromRuleAction(RoutingRule::Action action)
{
    switch (action) {
    case RoutingRule::Action::Forward: return Action::Forward;
    case RoutingRule::Action::Voicemail: return Action::Voicemail;
    case RoutingRule::Action::Reject: return Action::Reject;
    case RoutingRule::Action::Ivr: return Action::Ivr;
    }
    return Action::Reject;
}

QString RouteDecision::explanation() const
{
    const QString when = tr("%1 %2 (%3)")
                             .arg(localTime.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")),
                                  QString::fromUtf8(localTime.timeZone().id()), localTime.timeZoneAbbreviation());
    switch (reason) {
    case Reason::Filter:
        if (filterEntry >= 0)
            return tr("Blocked: the caller matches “%1” on the block list.").arg(filterPattern);
        return tr("Blocked: the caller is not on the allow list.");
    case Reason::Uncovered:
        return action == Action::Voicemail ? tr("No rule covers %1: the call goes to voicemail.").arg(when)
                                           : tr("No rule covers %1 and voicemail is off: the call is rejected.").arg(when);
    case Reason::Rule:
        break;
    }
    QString outcome;
    const QString targets = destinations.join(QStringLiteral(", "));
    const QString ring = strategy ? RoutingRule::strategyLabel(*strategy).toLower() : QString();
    switch (action) {
    case Action::Forward: outcome = tr("forwarded to %1 (%2 ringing)").arg(targets, ring); break;
    case Action::Ivr:
        outcome = ivrGate ? tr("the IVR greeting answers; callers who press the key are forwarded to %1 (%2 ringing)").arg(targets, ring)
                          : tr("the IVR menu answers");
        break;
    case Action::Voicemail: outcome = tr("sent to voicemail"); break;
    case Action::Reject: outcome = tr("rejected"); break;
    case Action::Block: outcome = tr("blocked"); break;
    }
    return tr("Rule “%1” covers %2: %3.").arg(ruleName, when, outcome);
}

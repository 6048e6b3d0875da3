#include "routingconfig.h"

#include <QRegularExpression>
#include <QTimeZone>

Result<void> RoutingConfig::validate() const
{
    if (timezone.isEmpty() || !QTimeZone(timezone.toUtf8()).isValid())
        return invalidInput(tr("Field “timezone”: “%1” is not a known time zone (use an IANA name such as America/New_York)")
                                .arg(timezone));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    for (int i = 0; i < rules.size(); ++i) {
        const RoutingRule &rule = rules.at(i);
        if (rule.name.trimmed().isEmpty())
            return invalidInput(tr("%1, field “name”: a rule needs a name").arg(ruleLabel(i)));
        if (rule.startMinute < 0 || rule.startMinute > 1439)
            return invalidInput(tr("%1, field “start”: the start must be between 00:00 and 23:59").arg(ruleLabel(i)));
        if (rule.endMinute < 0 || rule.endMinute > 1440)
            return invalidInput(tr("%1, field “end”: the end must be between 00:00 and 24:00").arg(ruleLabel(i)));
        if (rule.dateFrom.has_value() != rule.dateTo.has_value())
            return invalidInput(tr("%1, field “dates”: give both “from” and “to”").arg(ruleLabel(i)));
        if (rule.dateFrom && (!rule.dateFrom->isValid() || !rule.dateTo->isValid()))
            return invalidInput(tr("%1, field “dates”: not a valid date").arg(ruleLabel(i)));
        if (rule.action == RoutingRule::Action::Forward && rule.destinations.isEmpty())
            return invalidInput(tr("%1, field “destinations”: a forward rule needs at least one destination").arg(ruleLabel(i)));
        for (const QString &destination : rule.destinations) {
            if (!e164.match(destination).hasMatch())
                return invalidInput(tr("%1, field “destinations”: “%2” is not a number in international form (+15145550100)")
                                        .arg(ruleLabel(i), destination));
        }
    }
    for (int i = 0; i < filter.entries().size(); ++i) {
        const QString &pattern = filter.entries().at(i).pattern;
        auto normalized = CallerFilter::normalizePattern(pattern);
        if (!normalized || normalized.value() != pattern)
            return invalidInput(tr("Filter entry %1, field “pattern”: %2")
                                    .arg(i + 1)
                                    .arg(normalized ? tr("“%1” should be written “%2”").arg(pattern, normalized.value())
                                                    : normalized.errorMessage()));
    }
    if (!ivr.digit.isDigit() && ivr.digit != QLatin1Char('*') && ivr.digit != QLatin1Char('#'))
        return invalidInput(tr("Field “ivr.digit”: “%1” is not a telephone key (0–9, * or #)").arg(ivr.digit));
    return {};
}

QString RoutingConfig::ruleLabel(int index) const
{
    const QString name = index >= 0 && index < rules.size() ? rules.at(index).name : QString();
    return tr("Rule %1 “%2”").arg(index + 1).arg(name);
}

QString RoutingConfig::ivrNoInputName(IvrNoInput value)
{
    switch (value) {
    case IvrNoInput::Voicemail: return QStringLiteral("voicemail");
    case IvrNoInput::Reject: return QStringLiteral("reject");
    case IvrNoInput::Forward: return QStringLiteral("forward");
    }
    return {};
}

std::optional<RoutingConfig::IvrNoInput> RoutingConfig::parseIvrNoInput(const QString &name)
{
    for (IvrNoInput value : {IvrNoInput::Voicemail, IvrNoInput::Reject, IvrNoInput::Forward}) {
        if (name == ivrNoInputName(value))
            return value;
    }
    return std::nullopt;
}

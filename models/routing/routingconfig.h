#pragma once

#include "callerfilter.h"
#include "routingrule.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

// Everything that decides where a number's calls go: its Activity Time Zone, voicemail for uncovered
// times, the caller filter, the IVR gate and the ordered rules. `route set` reads it, `route show`
// prints it, the Advanced Routing tab edits a draft of it.
class RoutingConfig final
{
    Q_DECLARE_TR_FUNCTIONS(RoutingConfig)

public:
    enum class IvrNoInput { Voicemail, Reject, Forward };

    // The "press 1 to speak with someone" gate in front of forwarded calls (seed 000, spam).
    struct Ivr
    {
        bool enabled = false;
        QString greeting;
        QChar digit = QLatin1Char('1');
        IvrNoInput noInput = IvrNoInput::Voicemail;
        bool operator==(const Ivr &other) const = default;
    };

    QString timezone = defaultTimezone(); // IANA id
    bool voicemail = true;
    CallerFilter filter;
    Ivr ivr;
    QList<RoutingRule> rules;

    static QString defaultTimezone() { return QStringLiteral("America/New_York"); }

    // Refuses what cannot be saved: an unknown time zone, a forward rule without destinations, a
    // destination or filter entry that is not a number, an IVR digit that is not a key. The message
    // names the rule (position and name) and the field.
    Result<void> validate() const;
    // "rule 2 “Holiday”", for messages.
    QString ruleLabel(int index) const;

    static QString ivrNoInputName(IvrNoInput value);
    static std::optional<IvrNoInput> parseIvrNoInput(const QString &name);

    bool operator==(const RoutingConfig &other) const = default;
};

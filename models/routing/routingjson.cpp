#include "routingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

QString unknownKey(const QJsonObject &object, const QSet<QString> &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return {};
}

} // namespace

Result<RoutingConfig> RoutingJson::read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalidInput(tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return invalidInput(tr("The routing configuration must be a JSON object"));
    return fromObject(document.object());
}

Result<RoutingConfig> RoutingJson::fromObject(const QJsonObject &object)
{
    RoutingConfig config;
    static const QSet<QString> topKeys{QStringLiteral("timezone"), QStringLiteral("voicemail"), QStringLiteral("filter"),
                                       QStringLiteral("rules"), QStringLiteral("ivr")};
    if (const QString key = unknownKey(object, topKeys); !key.isEmpty())
        return invalidInput(tr("Unknown field “%1” (expected timezone, voicemail, filter, rules, ivr)").arg(key));

    if (object.contains(QStringLiteral("timezone"))) {
        if (!object.value(QStringLiteral("timezone")).isString())
            return invalidInput(tr("Field “timezone” must be a text such as “America/New_York”"));
        config.timezone = object.value(QStringLiteral("timezone")).toString();
    }
    if (object.contains(QStringLiteral("voicemail"))) {
        if (!object.value(QStringLiteral("voicemail")).isBool())
            return invalidInput(tr("Field “voicemail” must be true or false"));
        config.voicemail = object.value(QStringLiteral("voicemail")).toBool();
    }

    if (object.contains(QStringLiteral("filter"))) {
        const QJsonObject filter = object.value(QStringLiteral("filter")).toObject();
        if (const QString key = unknownKey(filter, {QStringLiteral("mode"), QStringLiteral("entries")}); !key.isEmpty())
            return invalidInput(tr("Field “filter”: unknown field “%1” (expected mode, entries)").arg(key));
        CallerFilter::Mode mode = CallerFilter::Mode::Off;
        const QString modeText = filter.value(QStringLiteral("mode")).toString(QStringLiteral("off"));
        if (!CallerFilter::parseMode(modeText, &mode))
            return invalidInput(tr("Field “filter.mode”: “%1” is not block, allow or off").arg(modeText));
        QList<CallerFilter::Entry> entries;
        const QJsonArray array = filter.value(QStringLiteral("entries")).toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject entry = array.at(i).toObject();
            if (const QString key = unknownKey(entry, {QStringLiteral("pattern"), QStringLiteral("note")}); !key.isEmpty())
                return invalidInput(tr("Filter entry %1: unknown field “%2” (expected pattern, note)").arg(i + 1).arg(key));
            auto pattern = CallerFilter::normalizePattern(entry.value(QStringLiteral("pattern")).toString());
            if (!pattern)
                return invalidInput(tr("Filter entry %1, field “pattern”: %2").arg(i + 1).arg(pattern.errorMessage()));
            entries << CallerFilter::Entry{pattern.value(), entry.value(QStringLiteral("note")).toString()};
        }
        config.filter = CallerFilter(mode, entries);
    }

    if (object.contains(QStringLiteral("ivr"))) {
        const QJsonObject ivr = object.value(QStringLiteral("ivr")).toObject();
        if (const QString key = unknownKey(ivr, {QStringLiteral("enabled"), QStringLiteral("greeting"), QStringLiteral("digit"),
                                                 QStringLiteral("no_input")});
            !key.isEmpty())
            return invalidInput(tr("Field “ivr”: unknown field “%1” (expected enabled, greeting, digit, no_input)").arg(key));
        config.ivr.enabled = ivr.value(QStringLiteral("enabled")).toBool(true);
        config.ivr.greeting = ivr.value(QStringLiteral("greeting")).toString();
        const QString digit = ivr.value(QStringLiteral("digit")).toString(QStringLiteral("1"));
        if (digit.size() != 1)
            return invalidInput(tr("Field “ivr.digit”: “%1” is not one telephone key").arg(digit));
        config.ivr.digit = digit.at(0);
        const QString noInput = ivr.value(QStringLiteral("no_input")).toString(QStringLiteral("voicemail"));
        const auto parsed = RoutingConfig::parseIvrNoInput(noInput);
        if (!parsed)
            return invalidInput(tr("Field “ivr.no_input”: “%1” is not voicemail, reject or forward").arg(noInput));
        config.ivr.noInput = *parsed;
    }

    const QJsonArray rules = object.value(QStringLiteral("rules")).toArray();
    static const QSet<QString> ruleKeys{QStringLiteral("name"),   QStringLiteral("days"),         QStringLiteral("dates"),
                                        QStringLiteral("start"),  QStringLiteral("end"),          QStringLiteral("action"),
                                        QStringLiteral("destinations"), QStringLiteral("strategy")};
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        RoutingRule rule;
        rule.name = r.value(QStringLiteral("name")).toString().trimmed();
        config.rules << rule; // so that ruleLabel() can name it
        const QString label = config.ruleLabel(i);
        if (!rules.at(i).isObject())
            return invalidInput(tr("%1: a rule must be a JSON object").arg(label));
        if (const QString key = unknownKey(r, ruleKeys); !key.isEmpty())
            return invalidInput(tr("%1: unknown field “%2”").arg(label, key));
        if (rule.name.isEmpty())
            return invalidInput(tr("%1, field “name”: a rule needs a name").arg(label));

        if (r.contains(QStringLiteral("dates"))) {
            const QJsonObject dates = r.value(QStringLiteral("dates")).toObject();
            const QDate from = QDate::fromString(dates.value(QStringLiteral("from")).toString(), Qt::ISODate);
            const QDate to = QDate::fromString(dates.value(QStringLiteral("to")).toString(), Qt::ISODate);
            if (!from.isValid())
                return invalidInput(tr("%1, field “dates.from”: “%2” is not a date (YYYY-MM-DD)")
                                        .arg(label, dates.value(QStringLiteral("from")).toString()));
            if (!to.isValid())
                return invalidInput(tr("%1, field “dates.to”: “%2” is not a date (YYYY-MM-DD)")
                                        .arg(label, dates.value(QStringLiteral("to")).toString()));
            rule.dateFrom = from;
            rule.dateTo = to;
        }
        if (r.contains(QStringLiteral("days"))) {
            if (!r.value(QStringLiteral("days")).isArray())
                return invalidInput(tr("%1, field “days”: a list of day names such as [\"mon\", \"tue\"]").arg(label));
            for (const QJsonValue &day : r.value(QStringLiteral("days")).toArray()) {
                const auto parsed = RoutingRule::parseDayName(day.toString());
                if (!parsed)
                    return invalidInput(tr("%1, field “days”: unknown day “%2” (use mon, tue, wed, thu, fri, sat, sun)")
                                            .arg(label, day.toVariant().toString()));
                rule.setDay(*parsed, true);
            }
        } else if (!rule.isDateBounded()) {
            return invalidInput(tr("%1, field “days”: a rule without dates needs its days").arg(label));
        }

        const QString start = r.value(QStringLiteral("start")).toString();
        const QString end = r.value(QStringLiteral("end")).toString();
        const auto startMinute = RoutingRule::parseTime(start, false);
        if (!startMinute)
            return invalidInput(tr("%1, field “start”: “%2” is not a time (HH:MM, 00:00–23:59)").arg(label, start));
        const auto endMinute = RoutingRule::parseTime(end, true);
        if (!endMinute)
            return invalidInput(tr("%1, field “end”: “%2” is not a time (HH:MM, 00:00–24:00)").arg(label, end));
        rule.startMinute = *startMinute;
        rule.endMinute = *endMinute;

        const QString actionText = r.value(QStringLiteral("action")).toString();
        const auto action = RoutingRule::parseAction(actionText);
        if (!action)
            return invalidInput(tr("%1, field “action”: “%2” is not forward, voicemail, reject or ivr").arg(label, actionText));
        rule.action = *action;
        for (const QJsonValue &destination : r.value(QStringLiteral("destinations")).toArray())
            rule.destinations << destination.toString().trimmed();
        if (r.contains(QStringLiteral("strategy")) && !r.value(QStringLiteral("strategy")).isNull()) {
            const QString strategyText = r.value(QStringLiteral("strategy")).toString();
            const auto strategy = RoutingRule::parseStrategy(strategyText);
            if (!strategy)
                return invalidInput(tr("%1, field “strategy”: “%2” is not simultaneous, sequential or random").arg(label, strategyText));
            rule.strategy = *strategy;
        } else if (rule.action == RoutingRule::Action::Forward) {
            rule.strategy = RoutingRule::Strategy::Simultaneous; // the portals' default ring strategy
        }
        config.rules[i] = rule;
    }

    if (auto valid = config.validate(); !valid)
        return valid.error();
    return config;
}

QJsonObject RoutingJson::toObject(const RoutingConfig &config)
{
    QJsonArray entries;
    for (const CallerFilter::Entry &entry : config.filter.entries()) {
        QJsonObject e{{QStringLiteral("pattern"), entry.pattern}};
        if (!entry.note.isEmpty())
            e.insert(QStringLiteral("note"), entry.note);
        entries << e;
    }
    QJsonArray rules;
    for (const RoutingRule &rule : config.rules) {
        QJsonObject r{{QStringLiteral("name"), rule.name},
                      {QStringLiteral("start"), RoutingRule::formatTime(rule.startMinute)},
                      {QStringLiteral("end"), RoutingRule::formatTime(rule.endMinute)},
                      {QStringLiteral("action"), RoutingRule::actionName(rule.action)}};
        if (!rule.isDateBounded() || rule.days != 0) {
            QJsonArray days;
            for (int day = 1; day <= 7; ++day) {
                if (rule.hasDay(day))
                    days << RoutingRule::dayName(day);
            }
            r.insert(QStringLiteral("days"), days);
        }
        if (rule.isDateBounded()) {
            r.insert(QStringLiteral("dates"), QJsonObject{{QStringLiteral("from"), rule.dateFrom->toString(Qt::ISODate)},
                                                          {QStringLiteral("to"), rule.dateTo->toString(Qt::ISODate)}});
        }
        if (!rule.destinations.isEmpty())
            r.insert(QStringLiteral("destinations"), QJsonArray::fromStringList(rule.destinations));
        if (rule.strategy)
            r.insert(QStringLiteral("strategy"), RoutingRule::strategyName(*rule.strategy));
        rules << r;
    }
    QJsonObject object{{QStringLiteral("timezone"), config.timezone},
                       {QStringLiteral("voicemail"), config.voicemail},
                       {QStringLiteral("filter"), QJsonObject{{QStringLiteral("mode"), CallerFilter::modeName(config.filter.mode())},
                                                              {QStringLiteral("entries"), entries}}},
                       {QStringLiteral("rules"), rules}};
    // The IVR gate is written only when it is on, so the common case is exactly ARCHITECTURE.md's format.
    if (config.ivr.enabled) {
        object.insert(QStringLiteral("ivr"), QJsonObject{{QStringLiteral("enabled"), true},
                                                         {QStringLiteral("greeting"), config.ivr.greeting},
                                                         {QStringLiteral("digit"), QString(config.ivr.digit)},
                                                         {QStringLiteral("no_input"), RoutingConfig::ivrNoInputName(config.ivr.noInput)}});
    }
    return object;
}

QByteArray RoutingJson::write(const RoutingConfig &config)
{
    return QJsonDocument(toObject(config)).toJson(QJsonDocument::Indented);
}

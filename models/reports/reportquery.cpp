#include "reportquery.h"

#include <QJsonArray>

namespace {

constexpr const char *kTypeNames[] = {"all", "answered", "missed", "voicemail", "blocked", "outbound"};
constexpr const char *kGroupingNames[] = {"none", "day", "did", "hour"};

} // namespace

QString ReportQuery::typeName(CallType type)
{
    return QLatin1String(kTypeNames[int(type)]);
}

bool ReportQuery::parseType(const QString &text, CallType *type)
{
    for (int i = 0; i < 6; ++i) {
        if (text == QLatin1String(kTypeNames[i])) {
            *type = CallType(i);
            return true;
        }
    }
    return false;
}

QString ReportQuery::groupingName(Grouping grouping)
{
    return QLatin1String(kGroupingNames[int(grouping)]);
}

bool ReportQuery::parseGrouping(const QString &text, Grouping *grouping)
{
    for (int i = 0; i < 4; ++i) {
        if (text == QLatin1String(kGroupingNames[i])) {
            *grouping = Grouping(i);
            return true;
        }
    }
    return false;
}

QList<ReportQuery::CallType> ReportQuery::types()
{
    return {CallType::All, CallType::Answered, CallType::Missed, CallType::Voicemail, CallType::Blocked, CallType::Outbound};
}

QList<ReportQuery::Grouping> ReportQuery::groupings()
{
    return {Grouping::None, Grouping::Day, Grouping::Did, Grouping::Hour};
}

QString ReportQuery::typeLabel(CallType type)
{
    switch (type) {
    case CallType::All: return tr("All");
    case CallType::Answered: return tr("Answered");
    case CallType::Missed: return tr("Missed");
    case CallType::Voicemail: return tr("Voicemail");
    case CallType::Blocked: return tr("Blocked");
    case CallType::Outbound: return tr("Outbound");
    }
    return {};
}

QString ReportQuery::groupingLabel(Grouping grouping)
{
    switch (grouping) {
    case Grouping::None: return tr("None");
    case Grouping::Day: return tr("Day");
    case Grouping::Did: return tr("Number");
    case Grouping::Hour: return tr("Hour of day");
    }
    return {};
}

QString ReportQuery::dispositionLabel(const QString &disposition)
{
    CallType type = CallType::All;
    return parseType(disposition, &type) && type != CallType::All ? typeLabel(type) : disposition;
}

QJsonObject ReportQuery::toJson() const
{
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("dids"), QJsonArray::fromStringList(dids)},
            {QStringLiteral("type"), typeName(type)},
            {QStringLiteral("group_by"), groupingName(grouping)}};
}

ReportQuery ReportQuery::fromJson(const QJsonObject &json)
{
    ReportQuery query;
    query.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    query.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    for (const QJsonValue &did : json.value(QStringLiteral("dids")).toArray())
        query.dids << did.toString();
    parseType(json.value(QStringLiteral("type")).toString(), &query.type);
    parseGrouping(json.value(QStringLiteral("group_by")).toString(), &query.grouping);
    return query;
}

#include "routingrule.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

constexpr const char *kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

void RoutingRule::setDay(int dayOfWeek, bool on)
{
    const quint8 bit = quint8(1u << (dayOfWeek - 1));
    days = on ? quint8(days | bit) : quint8(days & ~bit);
}

bool RoutingRule::startsOn(const QDate &date) const
{
    if (dateFrom && (date < *dateFrom || date > *dateTo))
        return false;
    // A dated rule without days applies on every day of its range.
    if (dateFrom && days == 0)
        return true;
    return hasDay(date.dayOfWeek());
}

bool RoutingRule::covers(const QDate &date, int secondOfDay) const
{
    const int start = startMinute * 60;
    const int end = endMinute * 60;
    if (!crossesMidnight())
        return secondOfDay >= start && secondOfDay < end && startsOn(date);
    if (secondOfDay >= start && startsOn(date))
        return true;
    return secondOfDay < end && startsOn(date.addDays(-1));
}

QList<RoutingRule::WeeklyPiece> RoutingRule::weeklyPieces() const
{
    QList<WeeklyPiece> pieces;
    if (isDateBounded())
        return pieces;
    for (int day = 0; day < 7; ++day) {
        if (!(days & (1u << day)))
            continue;
        if (!crossesMidnight()) {
            pieces.append({day, startMinute, endMinute});
        } else {
            pieces.append({day, startMinute, 1440});
            if (endMinute > 0)
                pieces.append({(day + 1) % 7, 0, endMinute});
        }
    }
    return pieces;
}

std::optional<int> RoutingRule::parseTime(const QString &text, bool isEnd)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (hours == 24 && minutes == 0 && isEnd)
        return 1440;
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

QString RoutingRule::formatTime(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString RoutingRule::dayName(int dayOfWeek)
{
    return QString::fromLatin1(kDayNames[qBound(1, dayOfWeek, 7) - 1]);
}

std::optional<int> RoutingRule::parseDayName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (int day = 1; day <= 7; ++day) {
        if (lower == QLatin1String(kDayNames[day - 1]))
            return day;
    }
    return std::nullopt;
}

QString RoutingRule::daysText(quint8 dayBits)
{
    QStringList names;
    for (int day = 1; day <= 7; ++day) {
        if (dayBits & (1u << (day - 1)))
            names << dayName(day);
    }
    return names.join(QLatin1Char(','));
}

QString RoutingRule::actionName(Action action)
{
    switch (action) {
    case Action::Forward: return QStringLiteral("forward");
    case Action::Voicemail: return QStringLiteral("voicemail");
    case Action::Reject: return QStringLiteral("reject");
    case Action::Ivr: return QStringLiteral("ivr");
    }
    return {};
}

std::optional<RoutingRule::Action> RoutingRule::parseAction(const QString &name)
{
    for (Action action : {Action::Forward, Action::Voicemail, Action::Reject, Action::Ivr}) {
        if (name == actionName(action))
            return action;
    }
    return std::nullopt;
}

QString RoutingRule::strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Simultaneous: return QStringLiteral("simultaneous");
    case Strategy::Sequential: return QStringLiteral("sequential");
    case Strategy::Random: return QStringLiteral("random");
    }
    return {};
}

std::optional<RoutingRule::Strategy> RoutingRule::parseStrategy(const QString &name)
{
    for (Strategy strategy : {Strategy::Simultaneous, Strategy::Sequential, Strategy::Random}) {
        if (name == strategyName(strategy))
            return strategy;
    }
    return std::nullopt;
}

QString RoutingRule::actionLabel(Action action)
{
    switch (action) {
    case Action::Forward: return tr("Forward");
    case Action::Voicemail: return tr("Voicemail");
    case Action::Reject: return tr("Reject");
    case Action::Ivr: return tr("IVR menu");
    }
    return {};
}

QString RoutingRule::strategyLabel(Strategy value)
{
    switch (value) {
    case Strategy::Simultaneous: return tr("Simultaneous");
    case Strategy::Sequential: return tr("Sequential");
    case Strategy::Random: return tr("Random");
    }
    return {};
}

QString RoutingRule::whenText(const QLocale &locale) const
{
    QStringList dayLabels;
    for (int day = 1; day <= 7; ++day) {
        if (hasDay(day))
            dayLabels << locale.dayName(day, QLocale::ShortFormat);
    }
    const QString time = tr("%1–%2").arg(formatTime(startMinute), formatTime(endMinute));
    if (isDateBounded()) {
        const QString range = tr("%1 – %2").arg(locale.toString(*dateFrom, QLocale::ShortFormat),
                                                 locale.toString(*dateTo, QLocale::ShortFormat));
        return dayLabels.isEmpty() ? tr("%1, %2").arg(range, time) : tr("%1 (%2), %3").arg(range, dayLabels.join(QStringLiteral(", ")), time);
    }
    if (dayLabels.isEmpty())
        return tr("no day, %1").arg(time);
    if (days == 0x7f)
        return tr("every day, %1").arg(time);
    return tr("%1, %2").arg(dayLabels.join(QStringLiteral(", ")), time);
}

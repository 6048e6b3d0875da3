#include "clock.h"

Clock Clock::fixed(const QDateTime &instant)
{
    Clock clock;
    clock.m_fixed = instant.toUTC();
    return clock;
}

QDateTime Clock::now() const
{
    return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc();
}

QDate Clock::today(const QTimeZone &zone) const
{
    return now().toTimeZone(zone).date();
}

QDateTime Clock::parseInstant(const QString &text)
{
    const QString trimmed = text.trimmed();
    // An instant needs a zone: a bare local time would depend on the machine it runs on.
    const bool hasZone = trimmed.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive)
                         || (trimmed.size() > 19 && (trimmed.at(19) == QLatin1Char('+') || trimmed.at(19) == QLatin1Char('-')))
                         || (trimmed.size() > 16 && (trimmed.at(16) == QLatin1Char('+') || trimmed.at(16) == QLatin1Char('-')));
    if (!hasZone)
        return {};
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

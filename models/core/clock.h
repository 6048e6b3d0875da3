#pragma once

#include <QDateTime>
#include <QTimeZone>

// The source of "now" for everything time-dependent (windows, "next", demo data). The system clock by
// default; the CLI's --now and the tests inject a fixed instant so results are reproducible.
class Clock final
{
public:
    Clock() = default; // the system clock
    static Clock fixed(const QDateTime &instant);

    QDateTime now() const;                               // always UTC
    QDate today(const QTimeZone &zone) const;            // the date it is now in that zone
    bool isFixed() const { return m_fixed.isValid(); }

    // Parses an ISO 8601 instant with an offset or Z ("2026-11-23T10:00:00-05:00").
    static QDateTime parseInstant(const QString &text);

private:
    QDateTime m_fixed;
};

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One forwarding rule of a number (PRODUCT.md rule 8): a wall-clock interval [start, end) on some
// weekdays and/or within a date range, in the number's Activity Time Zone, and what to do with a call
// it covers. An end not after the start runs past midnight; the part after midnight belongs to the day
// the interval started on. A rule with dates is date-bounded (holidays) and wins over weekly rules.
class RoutingRule final
{
    Q_DECLARE_TR_FUNCTIONS(RoutingRule)

public:
    enum class Action { Forward, Voicemail, Reject, Ivr };
    enum class Strategy { Simultaneous, Sequential, Random };

    // A piece of weekly coverage: day 0 = Monday … 6 = Sunday, minutes [startMinute, endMinute).
    struct WeeklyPiece
    {
        int day = 0;
        int startMinute = 0;
        int endMinute = 0;
    };

    QString name;
    quint8 days = 0;         // bit (dayOfWeek - 1) set for each day the rule is on; Monday = bit 0
    int startMinute = 0;     // 0 … 1439
    int endMinute = 0;       // 0 … 1440 ("24:00"); not after startMinute: runs past midnight
    std::optional<QDate> dateFrom; // both set or both empty; dateTo is inclusive
    std::optional<QDate> dateTo;
    Action action = Action::Forward;
    QStringList destinations; // E.164
    std::optional<Strategy> strategy;

    bool isDateBounded() const { return dateFrom.has_value(); }
    bool crossesMidnight() const { return endMinute <= startMinute; }
    bool hasDay(int dayOfWeek) const { return days & (1u << (dayOfWeek - 1)); }
    void setDay(int dayOfWeek, bool on);
    // True when the interval starting on this local date applies (weekday and date range).
    bool startsOn(const QDate &date) const;
    // True when the rule covers this local wall-clock moment (date + seconds since midnight).
    bool covers(const QDate &date, int secondOfDay) const;
    // The weekly coverage of a rule without dates, split at midnights (empty for dated rules).
    QList<WeeklyPiece> weeklyPieces() const;

    // "HH:MM" ↔ minutes; "24:00" is accepted only as an end.
    static std::optional<int> parseTime(const QString &text, bool isEnd);
    static QString formatTime(int minute);
    static QString dayName(int dayOfWeek);              // "mon" … "sun" (the JSON names)
    static std::optional<int> parseDayName(const QString &name);
    static QString daysText(quint8 days);               // "mon,tue,wed" (storage)
    static QString actionName(Action action);          // "forward" …
    static std::optional<Action> parseAction(const QString &name);
    static QString strategyName(Strategy strategy);    // "simultaneous" …
    static std::optional<Strategy> parseStrategy(const QString &name);
    // Translated, for people.
    static QString actionLabel(Action action);
    static QString strategyLabel(Strategy strategy);
    QString whenText(const QLocale &locale) const; // "Mon–Fri 09:00–17:00", "2026-12-25 – 2026-12-26 00:00–24:00"

    bool operator==(const RoutingRule &other) const = default;
};

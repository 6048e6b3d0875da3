#pragma once

#include "routingrule.h"

#include <QDate>
#include <QList>

// Which rule answers each 15-minute slot of a week (the coverage grid's data): slot(day, index) with
// day 0 = Monday and index 0 … 95 from 00:00, read at the slot's start (local wall-clock time).
// Two kinds: a typical week (weekly rules only: dated rules apply on their dates alone), or one real
// week from a given Monday, where each slot is answered as RouteEvaluator answers it on that date, so
// date-bounded rules (holidays, special events) appear on their dates and win over weekly rules.
class WeekCoverage final
{
public:
    static constexpr int kSlotsPerDay = 96;
    static constexpr int kSlotMinutes = 15;

    explicit WeekCoverage(const QList<RoutingRule> &rules);
    WeekCoverage(const QList<RoutingRule> &rules, const QDate &monday);

    int ruleAt(int day, int slot) const { return m_slots.at(day * kSlotsPerDay + slot); } // -1: no rule
    int uncoveredSlots() const;

    // The Monday of the week shown; null for a typical week.
    QDate weekStart() const { return m_weekStart; }
    QDate dateOf(int day) const { return m_weekStart.isValid() ? m_weekStart.addDays(day) : QDate(); }
    // True when the slot is answered by a date-bounded rule (drawn apart on the grid).
    bool isDateBounded(int day, int slot) const;
    // The Monday of the week holding the date.
    static QDate mondayOf(const QDate &date) { return date.addDays(1 - date.dayOfWeek()); }

private:
    QList<int> m_slots;
    QList<bool> m_datedRules; // per rule index
    QDate m_weekStart;
};

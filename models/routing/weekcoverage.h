#pragma once

#include "routingrule.h"

#include <QList>

// Which weekly rule answers each 15-minute slot of a week (the coverage grid's data): slot(day, index)
// with day 0 = Monday and index 0 … 95 from 00:00, read at the slot's start. Dated rules only apply on
// their dates and are not part of a typical week.
class WeekCoverage final
{
public:
    static constexpr int kSlotsPerDay = 96;
    static constexpr int kSlotMinutes = 15;

    explicit WeekCoverage(const QList<RoutingRule> &rules);

    int ruleAt(int day, int slot) const { return m_slots.at(day * kSlotsPerDay + slot); } // -1: no rule
    int uncoveredSlots() const;

private:
    QList<int> m_slots;
};

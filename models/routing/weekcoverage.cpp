#include "weekcoverage.h"

WeekCoverage::WeekCoverage(const QList<RoutingRule> &rules) : m_slots(7 * kSlotsPerDay, -1)
{
    for (int i = 0; i < rules.size(); ++i) {
        for (const RoutingRule::WeeklyPiece &piece : rules.at(i).weeklyPieces()) {
            for (int slot = (piece.startMinute + kSlotMinutes - 1) / kSlotMinutes; slot * kSlotMinutes < piece.endMinute; ++slot) {
                int &owner = m_slots[piece.day * kSlotsPerDay + slot];
                if (owner < 0)
                    owner = i; // the first rule in list order answers
            }
        }
    }
}

int WeekCoverage::uncoveredSlots() const
{
    return int(m_slots.count(-1));
}

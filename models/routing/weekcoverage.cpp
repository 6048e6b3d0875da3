#include "weekcoverage.h"

#include "routeevaluator.h"

namespace {

QList<bool> datedRules(const QList<RoutingRule> &rules)
{
    QList<bool> dated;
    dated.reserve(rules.size());
    for (const RoutingRule &rule : rules)
        dated << rule.isDateBounded();
    return dated;
}

} // namespace

WeekCoverage::WeekCoverage(const QList<RoutingRule> &rules) : m_slots(7 * kSlotsPerDay, -1), m_datedRules(datedRules(rules))
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

WeekCoverage::WeekCoverage(const QList<RoutingRule> &rules, const QDate &monday)
    : m_slots(7 * kSlotsPerDay, -1), m_datedRules(datedRules(rules)), m_weekStart(mondayOf(monday))
{
    // The evaluator's own choice per slot (dated before weekly, then list order): one source of truth
    // for the grid, the simulator and the replay. The zone plays no part in a wall-clock lookup.
    RoutingConfig config;
    config.rules = rules;
    const RouteEvaluator evaluator(std::move(config));
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_weekStart.addDays(day);
        for (int slot = 0; slot < kSlotsPerDay; ++slot)
            m_slots[day * kSlotsPerDay + slot] = evaluator.ruleAt(date, slot * kSlotMinutes * 60);
    }
}

int WeekCoverage::uncoveredSlots() const
{
    return int(m_slots.count(-1));
}

bool WeekCoverage::isDateBounded(int day, int slot) const
{
    const int rule = ruleAt(day, slot);
    return rule >= 0 && m_datedRules.value(rule);
}

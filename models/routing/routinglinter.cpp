#include "routinglinter.h"

#include "core/localization.h"
#include "core/phonenumber.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <vector>

namespace {

constexpr int kWeekMinutes = 7 * 1440;

QString dayLabel(int day) // day 0 = Monday
{
    return Localization::locale().dayName(day + 1, QLocale::LongFormat);
}

// "09:00–17:00, 22:00–24:00" for the minutes of one day where the predicate holds.
template<typename Predicate>
QString rangesText(int dayStart, Predicate holds)
{
    QStringList ranges;
    int start = -1;
    for (int m = 0; m <= 1440; ++m) {
        const bool on = m < 1440 && holds(dayStart + m);
        if (on && start < 0)
            start = m;
        if (!on && start >= 0) {
            ranges << RoutingLinter::tr("%1–%2").arg(RoutingRule::formatTime(start), RoutingRule::formatTime(m));
            start = -1;
        }
    }
    return ranges.join(QStringLiteral(", "));
}

int spanDays(const RoutingRule &rule) { return int(rule.dateFrom->daysTo(*rule.dateTo)); }

} // namespace

QList<RoutingWarning> RoutingLinter::lint(const RoutingConfig &config, const QString &ownNumber, const QDateTime &now)
{
    QList<RoutingWarning> warnings;
    QTimeZone zone(config.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(RoutingConfig::defaultTimezone().toUtf8());
    lintWeekly(config, &warnings);
    lintDated(config, now.toTimeZone(zone).date(), &warnings);
    lintDst(config, now, &warnings);
    lintDestinations(config, ownNumber, &warnings);
    std::stable_sort(warnings.begin(), warnings.end(), [](const RoutingWarning &a, const RoutingWarning &b) {
        // Warnings about the whole configuration first, then rule by rule.
        return a.ruleIndex < b.ruleIndex;
    });
    return warnings;
}

void RoutingLinter::lintWeekly(const RoutingConfig &config, QList<RoutingWarning> *warnings)
{
    // owner[m]: the first weekly rule covering minute m of the week (Monday 00:00 = 0), -1 if none.
    std::vector<int> owner(kWeekMinutes, -1);
    for (int i = 0; i < config.rules.size(); ++i) {
        const RoutingRule &rule = config.rules.at(i);
        if (rule.isDateBounded())
            continue;
        if (rule.days == 0) {
            warnings->append({RoutingWarning::Kind::EmptyRule, i, -1,
                              tr("%1 has no day selected: it never fires.").arg(config.ruleLabel(i))});
            continue;
        }
        std::vector<bool> mine(kWeekMinutes, false);
        int total = 0;
        int taken = 0;
        QList<int> winners;
        for (const RoutingRule::WeeklyPiece &piece : rule.weeklyPieces()) {
            for (int m = piece.day * 1440 + piece.startMinute; m < piece.day * 1440 + piece.endMinute; ++m) {
                mine[m] = true;
                ++total;
                if (owner[m] >= 0) {
                    ++taken;
                    if (!winners.contains(owner[m]))
                        winners << owner[m];
                } else {
                    owner[m] = i;
                }
            }
        }
        if (total > 0 && taken == total) {
            QStringList names;
            for (int w : winners)
                names << QStringLiteral("“%1”").arg(config.rules.at(w).name);
            warnings->append({RoutingWarning::Kind::Shadowed, i, winners.value(0, -1),
                              tr("%1 never fires: every time it covers is already taken by %2, earlier in the list.")
                                  .arg(config.ruleLabel(i), names.join(QStringLiteral(", ")))});
            continue;
        }
        for (int w : winners) {
            QStringList where;
            for (int day = 0; day < 7; ++day) {
                // Minutes of this day that both cover; owner[m] == w means w answered first.
                const QString ranges = rangesText(day * 1440, [&](int m) { return mine[m] && owner[m] == w; });
                if (!ranges.isEmpty())
                    where << tr("%1 %2").arg(dayLabel(day), ranges);
            }
            warnings->append({RoutingWarning::Kind::Overlap, i, w,
                              tr("%1 overlaps “%2” on %3: “%2” wins there because it comes first in the list.")
                                  .arg(config.ruleLabel(i), config.rules.at(w).name, where.join(QStringLiteral("; ")))});
        }
    }

    if (config.voicemail)
        return;
    for (int day = 0; day < 7; ++day) {
        const QString gaps = rangesText(day * 1440, [&](int m) { return owner[m] < 0; });
        if (!gaps.isEmpty()) {
            warnings->append({RoutingWarning::Kind::Gap, -1, -1,
                              tr("%1 %2: no weekly rule covers these times and voicemail is off, so calls would be rejected.")
                                  .arg(dayLabel(day), gaps)});
        }
    }
}

void RoutingLinter::lintDated(const RoutingConfig &config, const QDate &today, QList<RoutingWarning> *warnings)
{
    // Dated rules are compared minute by minute over their dates (and the morning after, for intervals
    // past midnight); ranges are short in practice, and capped at a year.
    QList<int> earlier;
    for (int i = 0; i < config.rules.size(); ++i) {
        const RoutingRule &rule = config.rules.at(i);
        if (!rule.isDateBounded())
            continue;
        if (*rule.dateTo < *rule.dateFrom) {
            warnings->append({RoutingWarning::Kind::EmptyRule, i, -1,
                              tr("%1 ends (%2) before it starts (%3): it never fires.")
                                  .arg(config.ruleLabel(i), rule.dateTo->toString(Qt::ISODate), rule.dateFrom->toString(Qt::ISODate))});
            continue;
        }
        bool anyDay = false;
        for (QDate d = *rule.dateFrom; d <= *rule.dateTo && !anyDay && d <= rule.dateFrom->addDays(6); d = d.addDays(1))
            anyDay = rule.startsOn(d);
        if (!anyDay) {
            warnings->append({RoutingWarning::Kind::EmptyRule, i, -1,
                              tr("%1: none of its days falls within its dates, so it never fires.").arg(config.ruleLabel(i))});
            continue;
        }
        if (*rule.dateTo < today) {
            warnings->append({RoutingWarning::Kind::PastDates, i, -1,
                              tr("%1 ended on %2: it will not fire again.").arg(config.ruleLabel(i), rule.dateTo->toString(Qt::ISODate))});
            continue;
        }
        const int days = std::min(spanDays(rule), 366) + 1; // + the morning after
        int total = 0;
        int taken = 0;
        QList<int> winners;
        for (int offset = 0; offset <= days; ++offset) {
            const QDate date = rule.dateFrom->addDays(offset);
            for (int m = 0; m < 1440; ++m) {
                if (!rule.covers(date, m * 60))
                    continue;
                ++total;
                for (int e : earlier) {
                    if (config.rules.at(e).covers(date, m * 60)) {
                        ++taken;
                        if (!winners.contains(e))
                            winners << e;
                        break;
                    }
                }
            }
        }
        earlier << i;
        if (total > 0 && taken == total) {
            warnings->append({RoutingWarning::Kind::Shadowed, i, winners.value(0, -1),
                              tr("%1 never fires: every time it covers is already taken by “%2”, earlier in the list.")
                                  .arg(config.ruleLabel(i), config.rules.at(winners.value(0)).name)});
            continue;
        }
        for (int w : winners) {
            warnings->append({RoutingWarning::Kind::Overlap, i, w,
                              tr("%1 overlaps “%2” on some of its dates: “%2” wins there because it comes first in the list.")
                                  .arg(config.ruleLabel(i), config.rules.at(w).name)});
        }
    }
}

void RoutingLinter::lintDst(const RoutingConfig &config, const QDateTime &now, QList<RoutingWarning> *warnings)
{
    const QTimeZone zone(config.timezone.toUtf8());
    if (!zone.isValid() || !zone.hasTransitions())
        return;
    const QTimeZone::OffsetDataList transitions = zone.transitions(now, now.addMonths(12));
    for (const QTimeZone::OffsetData &transition : transitions) {
        const int before = zone.offsetFromUtc(transition.atUtc.addSecs(-1));
        const int delta = (transition.offsetFromUtc - before) / 60; // minutes; > 0 spring forward
        if (delta == 0)
            continue;
        // The wall-clock time the change happens at, read on the clock before it.
        const QDateTime localBefore = transition.atUtc.addSecs(before).toUTC();
        const QDate date = localBefore.date();
        const int at = localBefore.time().hour() * 60 + localBefore.time().minute();
        const int from = delta > 0 ? at : at + delta;
        const int to = delta > 0 ? at + delta : at;
        auto inside = [&](int minute) { return minute >= from && minute < to; };
        for (int i = 0; i < config.rules.size(); ++i) {
            const RoutingRule &rule = config.rules.at(i);
            // The start happens on a day the rule starts; the end on that day, or the next one past midnight.
            const bool startsThatDay = rule.startsOn(date);
            const bool endsThatDay = rule.crossesMidnight() ? rule.startsOn(date.addDays(-1)) : startsThatDay;
            const QString day = Localization::locale().toString(date, QLocale::LongFormat);
            const QString range = tr("%1–%2").arg(RoutingRule::formatTime(from), RoutingRule::formatTime(to));
            const auto add = [&](const QString &which, int minute) {
                if (delta > 0) {
                    warnings->append({RoutingWarning::Kind::DstGap, i, -1,
                                      tr("%1: its %2 time %3 does not exist on %4 (clocks go forward, %5 is skipped).")
                                          .arg(config.ruleLabel(i), which, RoutingRule::formatTime(minute), day, range)});
                } else {
                    warnings->append({RoutingWarning::Kind::DstRepeat, i, -1,
                                      tr("%1: its %2 time %3 happens twice on %4 (clocks go back, %5 is repeated).")
                                          .arg(config.ruleLabel(i), which, RoutingRule::formatTime(minute), day, range)});
                }
            };
            if (startsThatDay && inside(rule.startMinute))
                add(tr("start"), rule.startMinute);
            if (endsThatDay && rule.endMinute < 1440 && inside(rule.endMinute))
                add(tr("end"), rule.endMinute);
        }
    }
}

void RoutingLinter::lintDestinations(const RoutingConfig &config, const QString &ownNumber, QList<RoutingWarning> *warnings)
{
    for (int i = 0; i < config.rules.size(); ++i) {
        for (const QString &destination : config.rules.at(i).destinations) {
            if (!ownNumber.isEmpty() && destination == ownNumber) {
                warnings->append({RoutingWarning::Kind::SelfForward, i, -1,
                                  tr("%1 forwards to %2, the number itself: the call would loop.").arg(config.ruleLabel(i), destination)});
                continue;
            }
            if (auto parsed = PhoneNumber::parse(destination); !parsed) {
                warnings->append({RoutingWarning::Kind::InvalidDestination, i, -1,
                                  tr("%1: destination %2 is not a valid phone number (%3).")
                                      .arg(config.ruleLabel(i), destination, parsed.errorMessage())});
            }
        }
    }
}

#include "routingcoverage.h"

#include "db/sql.h"

namespace {

int minutesOf(const QString &time)
{
    const QStringList parts = time.split(QLatin1Char(':'));
    return parts.size() == 2 ? parts.at(0).toInt() * 60 + parts.at(1).toInt() : -1;
}

int weekdayIndex(const QString &day)
{
    static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                   QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return int(names.indexOf(day.trimmed().toLower()));
}

} // namespace

RoutingCoverage::Grid RoutingCoverage::fromRules(const QList<Rule> &rules)
{
    Grid grid{};
    for (const Rule &rule : rules) {
        if (rule.action != QLatin1String("forward") && rule.action != QLatin1String("ivr"))
            continue;
        const int start = minutesOf(rule.start);
        const int end = minutesOf(rule.end);
        if (start < 0 || end < 0)
            continue;
        for (const QString &day : rule.days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int weekday = weekdayIndex(day);
            if (weekday < 0)
                continue;
            for (int hour = 0; hour < 24; ++hour) {
                const int middle = hour * 60 + 30;
                if (end > start) {
                    if (middle >= start && middle < end)
                        grid[size_t(weekday)][size_t(hour)] = true;
                } else {
                    // Past midnight: the evening of this day and the early hours of the next.
                    if (middle >= start)
                        grid[size_t(weekday)][size_t(hour)] = true;
                    if (middle < end)
                        grid[size_t((weekday + 1) % 7)][size_t(hour)] = true;
                }
            }
        }
    }
    return grid;
}

Result<RoutingCoverage::Grid> RoutingCoverage::forNumber(const QSqlDatabase &db, qint64 accountId, const QString &e164)
{
    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT r.days, r.start_time, r.end_time, r.action FROM routing_rules r "
                                         "JOIN numbers n ON n.id = r.number_id WHERE n.account_id = ? AND n.e164 = ? "
                                         "AND r.date_from IS NULL ORDER BY r.position"),
                          {accountId, e164});
    if (!rows)
        return rows.error();
    QList<Rule> rules;
    while (rows.value().next())
        rules.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()});
    return fromRules(rules);
}

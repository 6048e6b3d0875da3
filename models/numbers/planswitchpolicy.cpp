#include "planswitchpolicy.h"

#include "core/localization.h"

PlanSwitchPolicy::Decision PlanSwitchPolicy::evaluate(const QString &numberType, const QDate &lastChangedOn,
                                                      const QDate &today)
{
    if (numberType == QLatin1String("toll-free"))
        return {false, tr("Toll-free numbers cannot switch between per-minute and flat billing.")};
    if (numberType == QLatin1String("international"))
        return {false, tr("International numbers cannot switch between per-minute and flat billing.")};
    if (lastChangedOn.isValid() && lastChangedOn.year() == today.year() && lastChangedOn.month() == today.month()) {
        const QDate next = nextAllowedOn(numberType, lastChangedOn, today);
        return {false, tr("The plan already changed on %1; it can change once per calendar month, next on %2.")
                           .arg(Localization::locale().toString(lastChangedOn, QLocale::ShortFormat),
                                Localization::locale().toString(next, QLocale::ShortFormat))};
    }
    return {true, QString()};
}

QDate PlanSwitchPolicy::nextAllowedOn(const QString &numberType, const QDate &lastChangedOn, const QDate &today)
{
    if (numberType == QLatin1String("toll-free") || numberType == QLatin1String("international"))
        return {};
    if (lastChangedOn.isValid() && lastChangedOn.year() == today.year() && lastChangedOn.month() == today.month())
        return QDate(today.year(), today.month(), 1).addMonths(1);
    return today;
}

bool PlanSwitchPolicy::isPlan(const QString &plan)
{
    return plan == QLatin1String("flat") || plan == QLatin1String("per-minute");
}

QString PlanSwitchPolicy::otherPlan(const QString &plan)
{
    return plan == QLatin1String("flat") ? QStringLiteral("per-minute") : QStringLiteral("flat");
}

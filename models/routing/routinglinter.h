#pragma once

#include "routingconfig.h"
#include "routingwarning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// Finds what is probably a mistake in a routing configuration before it is saved: overlapping rules,
// gaps that would reject calls, rules that never fire (shadowed, empty, dates in the past), start or end
// times that a DST change skips or repeats in the next 12 months, forwarding to the number itself and
// destinations that are not valid numbers. Warnings never stop a save.
class RoutingLinter final
{
    Q_DECLARE_TR_FUNCTIONS(RoutingLinter)

public:
    // ownNumber: the number the configuration belongs to (E.164); now: the clock's instant.
    static QList<RoutingWarning> lint(const RoutingConfig &config, const QString &ownNumber, const QDateTime &now);

private:
    static void lintWeekly(const RoutingConfig &config, QList<RoutingWarning> *warnings);
    static void lintDated(const RoutingConfig &config, const QDate &today, QList<RoutingWarning> *warnings);
    static void lintDst(const RoutingConfig &config, const QDateTime &now, QList<RoutingWarning> *warnings);
    static void lintDestinations(const RoutingConfig &config, const QString &ownNumber, QList<RoutingWarning> *warnings);
};

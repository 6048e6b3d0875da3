#pragma once

#include "routeevaluator.h"
#include "routingconfig.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// Runs a number's real calls of a period through two configurations (the draft being edited and the
// saved one) and counts where each would have gone: per rule, voicemail, rejected, blocked. The calls
// are read with one forward-only query, never held in memory.
class RoutingReplay final
{
    Q_DECLARE_TR_FUNCTIONS(RoutingReplay)

public:
    struct Counts
    {
        qint64 total = 0;
        QList<qint64> perRule; // index as in the configuration's rules
        qint64 forwarded = 0;
        qint64 ivr = 0;
        qint64 voicemail = 0;  // by a rule or because no rule covered the time
        qint64 rejected = 0;
        qint64 blocked = 0;
        qint64 uncovered = 0;  // no rule covered the time (then voicemail or rejected)

        void add(const RouteDecision &decision);
    };
    struct Comparison
    {
        Counts draft;
        Counts saved;
    };

    // Incoming calls (every disposition but outbound) of the number with from <= started_at < to.
    static Result<Comparison> run(const QSqlDatabase &db, qint64 accountId, qint64 numberId, const QDateTime &from,
                                  const QDateTime &to, const RoutingConfig &draft, const RoutingConfig &saved);
};

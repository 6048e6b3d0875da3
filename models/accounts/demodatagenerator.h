#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Creates the demo account from resources/demo/demo-account.json: numbers, routing, six months of
// calls with a business's daily and weekly rhythm, the ledger those calls and fees produce, a
// subscription. Deterministic: the same seed and the same "now" give the same rows on both engines.
class DemoDataGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    static constexpr int kMonthsOfHistory = 6;

    DemoDataGenerator(QSqlDatabase db, Clock clock, quint64 seed = 1);

    // Called with 0–100 while generating.
    void setProgressHandler(std::function<void(int percent)> handler) { m_progress = std::move(handler); }

    // Writes the whole account in one transaction and returns its id; on failure nothing is written.
    Result<qint64> generate();

private:
    QSqlDatabase m_db;
    Clock m_clock;
    quint64 m_seed;
    std::function<void(int)> m_progress;
};

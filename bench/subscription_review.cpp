// Measures the subscription engine on the demo account (six months of calls): the proration rule
// alone, a price review (state + simulate), minute-package usage (a SUM over the month's calls in
// SQL), and a confirmed change (transaction, ledger line, change record).
// Run: build/bench/subscription_review [iterations]

#include "accounts/accountrepository.h"
#include "accounts/demodatagenerator.h"
#include "db/database.h"
#include "db/sql.h"
#include "subscription/minuteusage.h"
#include "subscription/proration.h"
#include "subscription/subscriptionservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    QTextStream out(stdout);
    QTemporaryDir dir;
    Database database;
    if (auto opened = database.open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("bench.sqlite")))); !opened) {
        out << "open failed: " << opened.errorMessage() << '\n';
        return 1;
    }
    const Clock clock = Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    QElapsedTimer timer;
    timer.start();
    auto accountId = DemoDataGenerator(database.connection(), clock).generate();
    if (!accountId) {
        out << "demo failed: " << accountId.errorMessage() << '\n';
        return 1;
    }
    out << "demo account generated in " << timer.elapsed() << " ms\n";
    const Account account = AccountRepository(database.connection()).find(accountId.value()).value();

    timer.restart();
    qint64 sink = 0;
    const Money monthly(1295, QStringLiteral("USD"));
    for (int i = 0; i < 1'000'000; ++i)
        sink += Proration::quote(monthly, QDate(2026, 1, 1).addDays(i % 730), (i % 29), i % 2 == 0)->dueNow.minor();
    out << "Proration::quote: " << double(timer.nsecsElapsed()) / 1e6 << " ns per quote (1 000 000 quotes, checksum " << sink << ")\n";

    SubscriptionService service(database.connection(), account, AccessRole::Owner, clock);
    const QList<SubscriptionService::Change> changes{{SubscriptionService::Action::AddOption, QStringLiteral("crm-integration"), {}, 1}};
    timer.restart();
    for (int i = 0; i < iterations; ++i)
        sink += service.review(changes)->chargedNow.minor();
    out << "SubscriptionService::review: " << double(timer.nsecsElapsed()) / 1e6 / iterations << " ms per review\n";

    timer.restart();
    for (int i = 0; i < iterations; ++i)
        sink += MinuteUsage::current(database.connection(), account, clock)->used;
    out << "MinuteUsage::current: " << double(timer.nsecsElapsed()) / 1e6 / iterations << " ms per month of calls\n";

    // Prepaid demo account: pay by the saved card so that the balance never runs out.
    SubscriptionService::Payment card;
    card.method = SubscriptionService::Payment::Method::SavedCard;
    card.paymentMethodId = Sql::scalar(database.connection(), QStringLiteral("SELECT MIN(id) FROM payment_methods"))->toLongLong();
    timer.restart();
    const int confirms = std::min(iterations, 50);
    for (int i = 0; i < confirms; ++i) {
        const bool add = i % 2 == 0;
        auto done = service.confirm({{add ? SubscriptionService::Action::AddOption : SubscriptionService::Action::RemoveOption,
                                      QStringLiteral("desk-phone"), {}, 1}},
                                    card, QStringLiteral("bench-%1").arg(i), false);
        if (!done) {
            out << "confirm failed: " << done.errorMessage() << '\n';
            return 1;
        }
    }
    out << "SubscriptionService::confirm: " << double(timer.nsecsElapsed()) / 1e6 / confirms << " ms per confirmed change\n";
    return sink == 42 ? 1 : 0;
}

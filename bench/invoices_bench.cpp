// invoices_bench: issue 7's figures. Creates (once) two SQLite files in DIR:
//   big.sqlite   — one account whose October 2026 invoice has LINES lines (DID fees, one per row);
//   batch.sqlite — ACCOUNTS accounts, each with a busy month: 20 numbers, daily incoming/outgoing/CNAM
//                  charges per number, fees and deposits (~1 850 ledger rows an account).
// Then times: composing and rendering the big invoice to PDF, and the batch (compose + PDF for every
// account of batch.sqlite, what `linedesk-cli invoice --month 2026-10 --all-accounts` does).
//   QT_QPA_PLATFORM=offscreen invoices_bench --dir /tmp/invoices-bench [--lines 10000] [--accounts 200] [--runs 3]

#include "accounts/accountrepository.h"
#include "core/clock.h"
#include "db/batchinserter.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "invoices/invoicecomposer.h"
#include "invoices/invoicedocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <random>

namespace {

const QDate kFrom(2026, 10, 1);
const QDate kTo(2026, 10, 31);

int fail(const QString &message)
{
    QTextStream(stderr) << "invoices_bench: " << message << '\n';
    return 1;
}

QStringList ledgerColumns()
{
    return {QStringLiteral("account_id"), QStringLiteral("kind"),     QStringLiteral("occurred_at"), QStringLiteral("amount_minor"),
            QStringLiteral("currency"),   QStringLiteral("number_id"), QStringLiteral("did"),        QStringLiteral("quantity"),
            QStringLiteral("description"), QStringLiteral("method")};
}

qint64 addAccount(const QSqlDatabase &db, const QString &number)
{
    const qint64 id = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, currency, timezone, created_at) "
                                                     "VALUES (?, ?, 'USD', 'America/New_York', 0) RETURNING id"),
                                  {QStringLiteral("Bench %1").arg(number), number})
                          .value();
    Sql::exec(db, QStringLiteral("INSERT INTO billing_profiles (account_id, company, address_line1, city, region, postal_code, country, "
                                 "billing_email) VALUES (?, ?, '1 Main Street', 'Albany', 'NY', '12207', 'US', 'billing@example.com')"),
              {id, QStringLiteral("Company %1").arg(number)})
        .value();
    return id;
}

Result<void> generateBig(const QSqlDatabase &db, int lines)
{
    Sql::exec(db, QStringLiteral("PRAGMA synchronous=OFF")).value();
    Transaction transaction(db);
    const qint64 id = addAccount(db, QStringLiteral("IB-BIG"));
    const QTimeZone zone("America/New_York");
    const QVariant noNumber(QMetaType(QMetaType::LongLong));
    BatchInserter ledger(db, QStringLiteral("ledger_transactions"), ledgerColumns());
    if (auto added = ledger.add({id, QStringLiteral("deposit"), QDateTime(kFrom.addDays(-1), QTime(9, 0), zone).toSecsSinceEpoch(),
                                 qint64(10'000'000), QStringLiteral("USD"), noNumber, QString(), 0, QStringLiteral("Opening"),
                                 QStringLiteral("card")});
        !added)
        return added;
    for (int i = 0; i < lines; ++i) {
        const QDate day = kFrom.addDays(i % 31);
        if (auto added = ledger.add({id, QStringLiteral("did_monthly"), QDateTime(day, QTime(0, 5), zone).toSecsSinceEpoch(), qint64(-495),
                                     QStringLiteral("USD"), noNumber, QStringLiteral("+1212%1").arg(5000000 + i, 7, 10, QLatin1Char('0')), 1,
                                     QStringLiteral("Monthly fee"), QString()});
            !added)
            return added;
    }
    if (auto flushed = ledger.flush(); !flushed)
        return flushed;
    return transaction.commit();
}

Result<void> generateBatch(const QSqlDatabase &db, int accounts)
{
    Sql::exec(db, QStringLiteral("PRAGMA synchronous=OFF")).value();
    Transaction transaction(db);
    const QTimeZone zone("America/New_York");
    std::mt19937_64 random(11);
    BatchInserter ledger(db, QStringLiteral("ledger_transactions"), ledgerColumns());
    QString failure;
    for (int a = 0; a < accounts; ++a) {
        const qint64 id = addAccount(db, QStringLiteral("IB-%1").arg(a + 1, 3, 10, QLatin1Char('0')));
        QList<qint64> numbers;
        for (int n = 0; n < 20; ++n) {
            numbers << Sql::insert(db,
                                   QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, "
                                                  "next_billing_on, cnam_lookup) VALUES (?, ?, 'US', 'local', 'USD', '2025-01-01', "
                                                  "'2026-11-01', ?) RETURNING id"),
                                   {id, QStringLiteral("+1518555%1").arg(n, 4, 10, QLatin1Char('0')), n % 2})
                           .value();
        }
        auto add = [&](const QString &kind, qint64 at, qint64 amount, qint64 number, int n, qint64 quantity, const QString &method) {
            if (!failure.isEmpty())
                return;
            auto added = ledger.add({id, kind, at, amount, QStringLiteral("USD"), number ? QVariant(number) : QVariant(QMetaType(QMetaType::LongLong)),
                               number ? QVariant(QStringLiteral("+1518555%1").arg(n, 4, 10, QLatin1Char('0'))) : QVariant(QMetaType(QMetaType::QString)),
                               quantity, kind, method.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(method)});
            if (!added)
                failure = added.errorMessage();
        };
        add(QStringLiteral("deposit"), QDateTime(kFrom.addDays(-3), QTime(9, 0), zone).toSecsSinceEpoch(), 50000, 0, 0, 0, QStringLiteral("card"));
        add(QStringLiteral("deposit"), QDateTime(kFrom.addDays(14), QTime(9, 0), zone).toSecsSinceEpoch(), 25000, 0, 0, 0, QStringLiteral("auto"));
        for (int n = 0; n < numbers.size(); ++n) {
            add(QStringLiteral("did_monthly"), QDateTime(kFrom.addDays(n), QTime(0, 5), zone).toSecsSinceEpoch(), -495, numbers.at(n), n, 1, QString());
            for (int d = 0; d < kFrom.daysTo(kTo) + 1; ++d) {
                const qint64 at = QDateTime(kFrom.addDays(d), QTime(23, 59), zone).toSecsSinceEpoch();
                add(QStringLiteral("call_incoming"), at, -qint64(random() % 300), numbers.at(n), n, qint64(random() % 60), QString());
                add(QStringLiteral("call_outgoing"), at, -qint64(random() % 200), numbers.at(n), n, qint64(random() % 40), QString());
                if (n % 2)
                    add(QStringLiteral("cnam"), at, -qint64(random() % 5), numbers.at(n), n, qint64(random() % 10), QString());
            }
        }
    }
    if (!failure.isEmpty())
        return databaseError(failure);
    if (auto flushed = ledger.flush(); !flushed)
        return flushed;
    return transaction.commit();
}

// Opens DIR/name, filling it with generate on first use.
Result<void> openOrGenerate(Database &database, const QString &path, const std::function<Result<void>(const QSqlDatabase &)> &generate,
                            QTextStream &out)
{
    const bool fresh = !QFileInfo::exists(path);
    if (auto opened = database.open(DatabaseLocation::sqliteFile(path)); !opened)
        return opened;
    if (!fresh)
        return {};
    QElapsedTimer timer;
    timer.start();
    if (auto made = generate(database.connection()); !made)
        return made;
    out << "generated " << QFileInfo(path).fileName() << " in " << timer.elapsed() << " ms\n";
    return {};
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the databases and PDFs."), QStringLiteral("DIR"),
                                       QStringLiteral("/tmp/invoices-bench"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines of the big invoice."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption accountsOption(QStringLiteral("accounts"), QStringLiteral("Accounts of the batch."), QStringLiteral("N"),
                                            QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of the big invoice."), QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({dirOption, linesOption, accountsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const QDir dir(parser.value(dirOption));
    if (!QDir().mkpath(dir.absolutePath()) || !QDir().mkpath(dir.filePath(QStringLiteral("pdf"))))
        return fail(QStringLiteral("cannot create %1").arg(dir.absolutePath()));
    const Clock clock = Clock::fixed(QDateTime(QDate(2026, 11, 2), QTime(12, 0), QTimeZone::utc()));

    // The big invoice.
    {
        Database database;
        const int lineCount = parser.value(linesOption).toInt();
        if (auto opened = openOrGenerate(database, dir.filePath(QStringLiteral("big.sqlite")),
                                         [&](const QSqlDatabase &db) { return generateBig(db, lineCount); }, out);
            !opened)
            return fail(opened.errorMessage());
        const Account account = AccountRepository(database.connection()).resolve(0).value();
        QList<qint64> composeMs;
        QList<qint64> renderMs;
        qint64 lines = 0;
        for (int run = 0; run < parser.value(runsOption).toInt(); ++run) {
            QElapsedTimer timer;
            timer.start();
            auto invoice = InvoiceComposer(database.connection(), account, clock).compose(kFrom, kTo, Invoice::Kind::Standard);
            if (!invoice)
                return fail(invoice.errorMessage());
            composeMs << timer.restart();
            lines = invoice->lineCount();
            if (auto written = InvoiceDocument(invoice.value(), QStringLiteral("en")).writePdf(dir.filePath(QStringLiteral("big.pdf"))); !written)
                return fail(written.errorMessage());
            renderMs << timer.elapsed();
        }
        out << "big invoice: " << lines << " lines, compose median " << median(composeMs) << " ms, PDF median " << median(renderMs)
            << " ms (runs: " << composeMs.size() << "), " << QFileInfo(dir.filePath(QStringLiteral("big.pdf"))).size() / 1024 << " KiB\n";
        out.flush();
    }

    // The batch.
    {
        Database database;
        const int accountCount = parser.value(accountsOption).toInt();
        if (auto opened = openOrGenerate(database, dir.filePath(QStringLiteral("batch.sqlite")),
                                         [&](const QSqlDatabase &db) { return generateBatch(db, accountCount); }, out);
            !opened)
            return fail(opened.errorMessage());
        auto accounts = AccountRepository(database.connection()).all();
        if (!accounts)
            return fail(accounts.errorMessage());
        QElapsedTimer timer;
        timer.start();
        qint64 lines = 0;
        for (const Account &account : accounts.value()) {
            auto invoice = InvoiceComposer(database.connection(), account, clock).compose(kFrom, kTo, Invoice::Kind::Standard);
            if (!invoice)
                return fail(invoice.errorMessage());
            lines += invoice->lineCount();
            if (auto written = InvoiceDocument(invoice.value(), QStringLiteral("en"))
                                   .writePdf(dir.filePath(QStringLiteral("pdf/%1.pdf").arg(invoice->number)));
                !written)
                return fail(written.errorMessage());
        }
        const qint64 ms = timer.elapsed();
        out << "batch: " << accounts->size() << " accounts, " << lines << " invoice lines, " << ms << " ms ("
            << (accounts->isEmpty() ? 0 : ms / accounts->size()) << " ms an account)\n";
    }
    return 0;
}

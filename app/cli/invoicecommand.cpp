// invoice: one invoice of the account as a PDF (--from/--to/--out), or the batch form for admins
// (--month --all-accounts --out-dir): one PDF per account, a progress line each, a summary; an
// account that fails is reported with its reason and does not stop the others (exit 1 at the end).

#include "clicommands.h"
#include "clicontext.h"

#include "accounts/accountrepository.h"
#include "core/localization.h"
#include "invoices/invoicecomposer.h"
#include "invoices/invoicedocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QDate parseDate(const QString &text)
{
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// The invoice's language: --lang when given, else the account's own language, else English.
QString invoiceLanguage(const Account &account)
{
    const QStringList arguments = QCoreApplication::arguments();
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang=")))
            return Localization::current();
    }
    const QString language = account.locale.section(QLatin1Char('_'), 0, 0);
    return InvoiceDocument::languages().contains(language) ? language : QStringLiteral("en");
}

struct Written
{
    QString number;
    QString path;
    qint64 lines = 0;
    Money total;
};

Result<Written> writeInvoice(CliContext &context, const Account &account, const QDate &from, const QDate &to, Invoice::Kind kind,
                             const QString &path)
{
    auto invoice = InvoiceComposer(context.database().connection(), account, context.clock).compose(from, to, kind);
    if (!invoice)
        return invoice.error();
    const InvoiceDocument document(invoice.value(), invoiceLanguage(account));
    if (auto written = document.writePdf(path); !written)
        return written.error();
    const Money total = kind == Invoice::Kind::Canadian ? invoice->totalPaid : invoice->movements();
    return Written{invoice->number, QFileInfo(path).absoluteFilePath(), invoice->lineCount(), total};
}

int runInvoice(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("First day of the invoice (YYYY-MM-DD)."), CliContext::tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("Last day of the invoice (YYYY-MM-DD), included."), CliContext::tr("DATE"));
    const QCommandLineOption monthOption(QStringLiteral("month"), CliContext::tr("A calendar month instead of --from/--to (YYYY-MM)."),
                                         CliContext::tr("MONTH"));
    const QCommandLineOption outOption(QStringLiteral("out"), CliContext::tr("The PDF file to write."), CliContext::tr("FILE.pdf"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        CliContext::tr("standard (every ledger line) or canadian (deposits with their taxes)."),
                                        CliContext::tr("KIND"), QStringLiteral("standard"));
    const QCommandLineOption allOption(QStringLiteral("all-accounts"), CliContext::tr("One invoice per account of the database (with --month and --out-dir)."));
    const QCommandLineOption dirOption(QStringLiteral("out-dir"), CliContext::tr("The folder for the batch's PDF files."), CliContext::tr("DIR"));
    parser.addOptions({fromOption, toOption, monthOption, outOption, kindOption, allOption, dirOption});
    if (auto stop = context.parseCommand(parser, QStringLiteral("invoice"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(CliContext::tr("invoice: unexpected argument “%1”").arg(parser.positionalArguments().first()));

    const QString kindText = parser.value(kindOption);
    if (kindText != QLatin1String("standard") && kindText != QLatin1String("canadian"))
        return context.usageError(CliContext::tr("invoice: --kind “%1” is not standard or canadian").arg(kindText));
    const Invoice::Kind kind = kindText == QLatin1String("canadian") ? Invoice::Kind::Canadian : Invoice::Kind::Standard;

    QDate from;
    QDate to;
    if (parser.isSet(monthOption)) {
        if (parser.isSet(fromOption) || parser.isSet(toOption))
            return context.usageError(CliContext::tr("invoice: give either --month or --from and --to, not both"));
        const QString month = parser.value(monthOption);
        from = month.size() == 7 ? QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate) : QDate();
        if (!from.isValid())
            return context.usageError(CliContext::tr("invoice: --month “%1” is not a month (YYYY-MM)").arg(month));
        to = from.addMonths(1).addDays(-1);
    } else {
        if (!parser.isSet(fromOption) || !parser.isSet(toOption))
            return context.usageError(CliContext::tr("invoice: --from DATE and --to DATE are required (or --month YYYY-MM)"));
        from = parseDate(parser.value(fromOption));
        if (!from.isValid())
            return context.usageError(CliContext::tr("invoice: --from “%1” is not a date (YYYY-MM-DD)").arg(parser.value(fromOption)));
        to = parseDate(parser.value(toOption));
        if (!to.isValid())
            return context.usageError(CliContext::tr("invoice: --to “%1” is not a date (YYYY-MM-DD)").arg(parser.value(toOption)));
        if (to < from)
            return context.usageError(CliContext::tr("invoice: --to %1 is before --from %2").arg(parser.value(toOption), parser.value(fromOption)));
    }

    const bool batch = parser.isSet(allOption);
    if (batch) {
        if (!parser.isSet(dirOption))
            return context.usageError(CliContext::tr("invoice: --all-accounts needs --out-dir DIR"));
        if (parser.isSet(outOption))
            return context.usageError(CliContext::tr("invoice: --all-accounts writes one file per account in --out-dir; --out does not apply"));
    } else {
        if (!parser.isSet(outOption))
            return context.usageError(CliContext::tr("invoice: --out FILE.pdf is required"));
        if (parser.isSet(dirOption))
            return context.usageError(CliContext::tr("invoice: --out-dir goes with --all-accounts"));
        const QFileInfo out(parser.value(outOption));
        if (!out.absoluteDir().exists())
            return context.usageError(CliContext::tr("invoice: --out: the folder “%1” does not exist").arg(out.absolutePath()));
        if (out.isDir())
            return context.usageError(CliContext::tr("invoice: --out “%1” is a folder; give a file name").arg(parser.value(outOption)));
    }

    if (auto opened = context.openDatabase(); !opened)
        return context.fail(opened.error());
    const QLocale locale = Localization::locale();

    if (!batch) {
        auto account = context.account();
        if (!account)
            return context.fail(account.error());
        auto written = writeInvoice(context, account.value(), from, to, kind, parser.value(outOption));
        if (!written)
            return context.fail(written.error());
        context.output().object(QJsonObject{{QStringLiteral("invoice"), written->number},
                                            {QStringLiteral("account"), account->accountNumber},
                                            {QStringLiteral("kind"), kindText},
                                            {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                            {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                            {QStringLiteral("lines"), written->lines},
                                            {QStringLiteral("total"), written->total.toDecimalString()},
                                            {QStringLiteral("file"), written->path}},
                                {{CliContext::tr("Invoice"), written->number},
                                 {CliContext::tr("Account"), account->accountNumber},
                                 {CliContext::tr("Period"), CliContext::tr("%1 to %2").arg(locale.toString(from, QLocale::ShortFormat),
                                                                                          locale.toString(to, QLocale::ShortFormat))},
                                 {CliContext::tr("Lines"), locale.toString(written->lines)},
                                 {CliContext::tr("Total"), written->total.format(locale)},
                                 {CliContext::tr("File"), written->path}});
        return CliContext::Success;
    }

    const QString dirPath = parser.value(dirOption);
    if (QFileInfo(dirPath).exists() && !QFileInfo(dirPath).isDir())
        return context.usageError(CliContext::tr("invoice: --out-dir “%1” is a file, not a folder").arg(dirPath));
    if (!QDir().mkpath(dirPath))
        return context.fail(Error{Error::Kind::Database, CliContext::tr("invoice: cannot create the folder “%1”").arg(dirPath)});
    auto accounts = AccountRepository(context.database().connection()).all();
    if (!accounts)
        return context.fail(accounts.error());
    const QDir dir(dirPath);
    const qsizetype total = accounts->size();
    QJsonArray files;
    QJsonArray failures;
    QList<QVariantList> rows;
    qsizetype index = 0;
    for (const Account &account : accounts.value()) {
        ++index;
        const QString number = InvoiceComposer::invoiceNumber(account.accountNumber, from, to, kind);
        auto written = writeInvoice(context, account, from, to, kind, dir.filePath(number + QStringLiteral(".pdf")));
        if (written) {
            context.err() << CliContext::tr("[%1/%2] %3: %4").arg(index).arg(total).arg(account.accountNumber, QFileInfo(written->path).fileName())
                          << '\n';
            files.append(QJsonObject{{QStringLiteral("account"), account.accountNumber}, {QStringLiteral("invoice"), written->number},
                                     {QStringLiteral("file"), written->path}, {QStringLiteral("lines"), written->lines},
                                     {QStringLiteral("total"), written->total.toDecimalString()}});
            rows << QVariantList{account.accountNumber, QStringLiteral("ok"), written->path};
        } else {
            context.err() << CliContext::tr("[%1/%2] %3: FAILED: %4").arg(index).arg(total).arg(account.accountNumber, written.errorMessage())
                          << '\n';
            failures.append(QJsonObject{{QStringLiteral("account"), account.accountNumber}, {QStringLiteral("reason"), written.errorMessage()}});
            rows << QVariantList{account.accountNumber, QStringLiteral("failed"), written.errorMessage()};
        }
        context.err().flush();
    }

    if (context.format == CliOutput::Format::Json) {
        context.output().object(QJsonObject{{QStringLiteral("written"), files.size()}, {QStringLiteral("failed"), failures.size()},
                                            {QStringLiteral("files"), files}, {QStringLiteral("failures"), failures},
                                            {QStringLiteral("out_dir"), dir.absolutePath()}},
                                {});
    } else if (context.format == CliOutput::Format::Csv) {
        context.output().records({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("detail")}, {}, rows);
    } else {
        context.out() << CliContext::tr("%n invoice(s) written to %1; %2 failed.", nullptr, int(files.size()))
                             .arg(dir.absolutePath())
                             .arg(failures.size())
                      << '\n';
        for (const QJsonValue &failure : std::as_const(failures)) {
            context.out() << CliContext::tr("Failed: %1: %2")
                                 .arg(failure[QStringLiteral("account")].toString(), failure[QStringLiteral("reason")].toString())
                          << '\n';
        }
        context.out().flush();
    }
    return failures.isEmpty() ? CliContext::Success : CliContext::Failure;
}

} // namespace

CliCommand invoiceCommand()
{
    return {QStringLiteral("invoice"),
            QT_TRANSLATE_NOOP("Cli", "Invoice as PDF: --from --to --out [--kind standard|canadian], or --month --all-accounts --out-dir"),
            runInvoice};
}

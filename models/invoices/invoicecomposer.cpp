#include "invoicecomposer.h"

#include "taxprofile.h"
#include "taxtable.h"

#include "db/sql.h"

#include <QHash>
#include <QMap>

namespace {

const QString kPosted = QStringLiteral("posted");

qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace

InvoiceComposer::InvoiceComposer(QSqlDatabase db, Account account, Clock clock)
    : m_db(std::move(db)), m_account(std::move(account)), m_clock(std::move(clock))
{
}

QStringList InvoiceComposer::sectionOrder()
{
    return {QStringLiteral("deposit"), QStringLiteral("did_monthly"), QStringLiteral("fax"), QStringLiteral("e911"),
            QStringLiteral("call_incoming"), QStringLiteral("call_outgoing"), QStringLiteral("cnam"),
            QStringLiteral("subscription"), QStringLiteral("tax"), QStringLiteral("adjustment")};
}

QString InvoiceComposer::invoiceNumber(const QString &accountNumber, const QDate &from, const QDate &to, Invoice::Kind kind)
{
    const QString prefix = kind == Invoice::Kind::Canadian ? QStringLiteral("CAN") : QStringLiteral("INV");
    return QStringLiteral("%1-%2-%3-%4").arg(prefix, accountNumber, from.toString(QStringLiteral("yyyyMMdd")),
                                             to.toString(QStringLiteral("yyyyMMdd")));
}

Result<void> InvoiceComposer::checkRange(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return invalidInput(tr("The invoice needs a From date (YYYY-MM-DD)"));
    if (!to.isValid())
        return invalidInput(tr("The invoice needs a To date (YYYY-MM-DD)"));
    if (to < from)
        return invalidInput(tr("The invoice's To date %1 is before its From date %2").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    return {};
}

QDate InvoiceComposer::localDate(qint64 epoch) const
{
    return QDateTime::fromSecsSinceEpoch(epoch, m_account.timeZone()).date();
}

Result<Invoice> InvoiceComposer::compose(const QDate &from, const QDate &to, Invoice::Kind kind) const
{
    if (auto valid = checkRange(from, to); !valid)
        return valid.error();
    if (!m_account.timeZone().isValid()) {
        return Error{Error::Kind::Conflict, tr("Account %1 has an unknown time zone “%2”; set one in its Billing Profile")
                                                .arg(m_account.accountNumber, m_account.timezone)};
    }
    Invoice invoice;
    invoice.kind = kind;
    invoice.number = invoiceNumber(m_account.accountNumber, from, to, kind);
    invoice.issuedOn = m_clock.today(m_account.timeZone());
    invoice.from = from;
    invoice.to = to;
    invoice.accountNumber = m_account.accountNumber;
    invoice.accountName = m_account.name;
    invoice.currency = m_account.currency;
    invoice.timezone = m_account.timezone;
    invoice.opening = invoice.closing = invoice.subtotal = invoice.taxTotal = invoice.totalPaid = Money(0, m_account.currency);
    auto billing = BillingProfile(m_db, m_account).load();
    if (!billing)
        return billing.error();
    invoice.billing = billing.value();

    const QTimeZone zone = m_account.timeZone();
    const qint64 start = startOfDay(from, zone);
    const qint64 end = startOfDay(to.addDays(1), zone);
    auto composed = kind == Invoice::Kind::Canadian ? composeCanadian(invoice, start, end) : composeStandard(invoice, start, end);
    if (!composed)
        return composed.error();
    return invoice;
}

Result<void> InvoiceComposer::composeStandard(Invoice &invoice, qint64 start, qint64 end) const
{
    const QString currency = m_account.currency;
    auto opening = Sql::scalar(m_db,
                               QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_transactions "
                                              "WHERE account_id = ? AND status = ? AND occurred_at < ?"),
                               {m_account.id, kPosted, start});
    if (!opening)
        return opening.error();
    invoice.opening = Money(opening->toLongLong(), currency);

    QHash<QString, Invoice::Section> sections;
    auto sectionFor = [&](const QString &kind) -> Invoice::Section & {
        auto it = sections.find(kind);
        if (it == sections.end())
            it = sections.insert(kind, Invoice::Section{kind, {}, Money(0, currency)});
        return *it;
    };

    // One line per ledger row, except communication charges and CNAM, grouped below.
    auto rows = Sql::exec(m_db,
                          QStringLiteral("SELECT id, kind, occurred_at, amount_minor, did, quantity, description, method, reference, tax_code "
                                         "FROM ledger_transactions WHERE account_id = ? AND status = ? AND occurred_at >= ? AND occurred_at < ? "
                                         "AND kind NOT IN ('call_incoming', 'call_outgoing', 'cnam') ORDER BY occurred_at, id"),
                          {m_account.id, kPosted, start, end});
    if (!rows)
        return rows.error();
    QSqlQuery &query = rows.value();
    query.setForwardOnly(true);
    while (query.next()) {
        Invoice::Line line;
        line.id = query.value(0).toLongLong();
        line.kind = query.value(1).toString();
        line.date = localDate(query.value(2).toLongLong());
        line.amount = Money(query.value(3).toLongLong(), currency);
        line.did = query.value(4).toString();
        line.quantity = query.value(5).toLongLong();
        line.description = query.value(6).toString();
        line.method = query.value(7).toString();
        line.reference = query.value(8).toString();
        line.taxCode = query.value(9).toString();
        Invoice::Section &section = sectionFor(line.kind);
        section.total += line.amount;
        section.lines << line;
    }

    // Communication charges per number and direction with minutes and cost; CNAM queries only for
    // numbers that have CNAM lookup.
    auto grouped = Sql::exec(m_db,
                             QStringLiteral("SELECT l.kind, COALESCE(l.did, ''), SUM(l.quantity), SUM(l.amount_minor), COUNT(*) "
                                            "FROM ledger_transactions l LEFT JOIN numbers n ON n.id = l.number_id "
                                            "WHERE l.account_id = ? AND l.status = ? AND l.occurred_at >= ? AND l.occurred_at < ? "
                                            "AND (l.kind IN ('call_incoming', 'call_outgoing') OR (l.kind = 'cnam' AND n.cnam_lookup = 1)) "
                                            "GROUP BY l.kind, COALESCE(l.did, '') ORDER BY l.kind, COALESCE(l.did, '')"),
                             {m_account.id, kPosted, start, end});
    if (!grouped)
        return grouped.error();
    while (grouped.value().next()) {
        Invoice::Line line;
        line.kind = grouped->value(0).toString();
        line.did = grouped->value(1).toString();
        line.quantity = grouped->value(2).toLongLong();
        line.amount = Money(grouped->value(3).toLongLong(), currency);
        line.count = grouped->value(4).toLongLong();
        Invoice::Section &section = sectionFor(line.kind);
        section.total += line.amount;
        section.lines << line;
    }

    for (const QString &kind : sectionOrder()) {
        if (sections.contains(kind))
            invoice.sections << sections.take(kind);
    }
    invoice.closing = invoice.opening + invoice.movements();
    return {};
}

Result<void> InvoiceComposer::composeCanadian(Invoice &invoice, qint64 start, qint64 end) const
{
    const QString currency = m_account.currency;
    auto profile = TaxProfile(m_db, m_account).load();
    if (!profile)
        return profile.error();
    invoice.province = profile->province;
    invoice.provincialTaxId = profile->provincialTaxId;
    invoice.exemption = TaxProfile::exemption(profile.value());

    Invoice::Section deposits{QStringLiteral("deposit"), {}, Money(0, currency)};
    QHash<qint64, qsizetype> byId;
    auto rows = Sql::exec(m_db,
                          QStringLiteral("SELECT id, occurred_at, amount_minor, method, reference, description FROM ledger_transactions "
                                         "WHERE account_id = ? AND kind = 'deposit' AND status = ? AND occurred_at >= ? AND occurred_at < ? "
                                         "ORDER BY occurred_at, id"),
                          {m_account.id, kPosted, start, end});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        Invoice::Line line;
        line.id = rows->value(0).toLongLong();
        line.kind = QStringLiteral("deposit");
        line.date = localDate(rows->value(1).toLongLong());
        line.charged = Money(rows->value(2).toLongLong(), currency);
        line.amount = line.charged;
        line.method = rows->value(3).toString();
        line.reference = rows->value(4).toString();
        line.description = rows->value(5).toString();
        byId.insert(line.id, deposits.lines.size());
        deposits.lines << line;
    }

    // The tax lines recorded with each deposit (TaxedDeposit): rows of kind tax whose parent it is.
    auto taxes = Sql::exec(m_db,
                           QStringLiteral("SELECT t.parent_id, t.tax_code, t.quantity, t.amount_minor FROM ledger_transactions t "
                                          "JOIN ledger_transactions d ON d.id = t.parent_id "
                                          "WHERE t.account_id = ? AND t.kind = 'tax' AND d.kind = 'deposit' AND d.status = ? "
                                          "AND d.occurred_at >= ? AND d.occurred_at < ? ORDER BY t.parent_id, t.id"),
                           {m_account.id, kPosted, start, end});
    if (!taxes)
        return taxes.error();
    QMap<QPair<QString, qint64>, qint64> totals; // (ledger code, rate) → minor units
    QStringList codeOrder;
    while (taxes.value().next()) {
        const auto at = byId.constFind(taxes->value(0).toLongLong());
        if (at == byId.cend())
            continue;
        const QString code = taxes->value(1).toString();
        const qint64 rate = taxes->value(2).toLongLong();
        const Money amount(-taxes->value(3).toLongLong(), currency);
        Invoice::Line &line = deposits.lines[*at];
        line.taxes << CanadianTaxes::Line::fromLedger(code, rate, amount);
        line.amount -= amount;
        totals[{code, rate}] += amount.minor();
        if (!codeOrder.contains(code))
            codeOrder << code;
    }
    for (const Invoice::Line &line : std::as_const(deposits.lines)) {
        deposits.total += line.amount;
        invoice.totalPaid += line.charged;
    }
    invoice.subtotal = deposits.total;
    invoice.taxTotal = invoice.totalPaid - invoice.subtotal;
    // Federal first, as the lines are.
    std::stable_sort(codeOrder.begin(), codeOrder.end(),
                     [](const QString &a, const QString &b) { return TaxTable::isFederal(a) && !TaxTable::isFederal(b); });
    for (const QString &code : std::as_const(codeOrder)) {
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            if (it.key().first == code)
                invoice.taxTotals << CanadianTaxes::Line::fromLedger(code, it.key().second, Money(it.value(), currency));
        }
    }
    invoice.sections << deposits;

    // LineDesk's registration numbers: for the taxes on this invoice, or else for those of the
    // account's province today. An account setting tax_registration.<key> overrides the table's.
    const TaxTable &table = TaxTable::canada();
    QStringList keys = codeOrder;
    if (keys.isEmpty()) {
        for (const TaxTable::Rate &rate : table.ratesOn(invoice.province, invoice.to)) {
            CanadianTaxes::Line line;
            line.code = rate.code;
            line.province = invoice.province;
            keys << line.ledgerCode();
        }
    }
    if (keys.isEmpty())
        keys << QStringLiteral("GST");
    auto settings = Sql::exec(m_db, QStringLiteral("SELECT key, value FROM account_settings WHERE account_id = ? AND key LIKE 'tax_registration.%'"),
                              {m_account.id});
    if (!settings)
        return settings.error();
    QHash<QString, QString> overrides;
    while (settings.value().next())
        overrides.insert(settings->value(0).toString().mid(int(qstrlen("tax_registration."))), settings->value(1).toString());
    for (const QString &key : std::as_const(keys)) {
        const QString number = overrides.value(key, table.registration(key));
        if (!number.isEmpty())
            invoice.registrations << qMakePair(key, number);
    }
    return {};
}

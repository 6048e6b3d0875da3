#include "didbillingpage.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "db/sql.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

DidBillingPage::DidBillingPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_table(new QTableWidget(0, 6, this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("didBillingPage"));
    m_table->setObjectName(QStringLiteral("didBillingTable"));
    m_table->setHorizontalHeaderLabels({tr("Rate centre"), tr("Number"), tr("Plan"), tr("Fee"), tr("Ordered"), tr("Next billing")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_note->setWordWrap(true);
    m_note->setText(tr("A number's plan (per minute or flat rate) can change once a calendar month; toll-free and "
                       "international numbers keep their plan. Plans are changed and numbers released in My Phone Numbers."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

void DidBillingPage::refresh()
{
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    auto query = Sql::exec(m_session->connection(),
                           QStringLiteral("SELECT id, rate_center, e164, plan, monthly_fee_minor, per_minute_micro, ordered_on, "
                                          "next_billing_on, note, number_type FROM numbers WHERE account_id = ? ORDER BY e164"),
                           {account.id});
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!query)
        return;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto item = [&](const QString &text, const QVariant &raw) {
            auto *cell = new QTableWidgetItem(text);
            cell->setData(ItemRoles::RawValueRole, raw);
            cell->setData(ItemRoles::IdRole, q.value(0));
            return cell;
        };
        const bool perMinute = q.value(3).toString() == QLatin1String("per-minute");
        const QString monthly = Money(q.value(4).toLongLong(), account.currency).format(locale);
        const QString fee = perMinute ? tr("%1 a month + %2 a minute")
                                            .arg(monthly, Money::fromMicro(q.value(5).toLongLong(), account.currency).format(locale))
                                      : tr("%1 a month").arg(monthly);
        const QDate ordered = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        const QDate next = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        m_table->setItem(row, 0, item(q.value(1).toString(), q.value(1)));
        auto *number = item(q.value(2).toString(), q.value(2));
        if (!q.value(8).toString().isEmpty())
            number->setToolTip(q.value(8).toString());
        m_table->setItem(row, 1, number);
        const QString type = q.value(9).toString();
        const QString plan = perMinute ? tr("Per minute") : tr("Flat rate");
        auto *planItem = item(type == QLatin1String("local") ? plan : tr("%1 (cannot switch)").arg(plan), q.value(3));
        m_table->setItem(row, 2, planItem);
        m_table->setItem(row, 3, item(fee, q.value(4)));
        m_table->setItem(row, 4, item(locale.toString(ordered, QLocale::ShortFormat), q.value(6)));
        m_table->setItem(row, 5, item(locale.toString(next, QLocale::ShortFormat), q.value(7)));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

#include "transactionhistorypage.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "core/money.h"
#include "finances/transactionhistory.h"
#include "finances/transactionhistorymodel.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

TransactionHistoryPage::TransactionHistoryPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_show(new QPushButton(tr("&Show"), this)), m_export(new QPushButton(tr("&Export CSV…"), this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new TransactionHistoryModel(this))
{
    setObjectName(QStringLiteral("transactionHistoryPage"));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_show->setObjectName(QStringLiteral("historyShow"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Localization::locale().dateFormat(QLocale::ShortFormat));
    }
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("&From:"), this));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_from);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("&To:"), this));
    qobject_cast<QLabel *>(bar->itemAt(2)->widget())->setBuddy(m_to);
    bar->addWidget(m_to);
    bar->addWidget(m_show);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    auto *note = new QLabel(tr("Deposits, monthly DID charges, fax and 911 fees. Call charges are on invoices, not here."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    connect(m_show, &QPushButton::clicked, this, &TransactionHistoryPage::show);
    connect(m_export, &QPushButton::clicked, this, &TransactionHistoryPage::exportClicked);
}

void TransactionHistoryPage::refresh()
{
    if (!m_datesSet) {
        // Default: the last three months; any range may be chosen (no 90-day limit here).
        const QDate today = m_session->clock().today(m_session->account().timeZone());
        m_to->setDate(today);
        m_from->setDate(today.addMonths(-3));
        m_datesSet = true;
    }
    show();
}

void TransactionHistoryPage::show()
{
    if (m_to->date() < m_from->date()) {
        showError(tr("Transaction History"), tr("To: %1 is before From: %2.")
                                                 .arg(Localization::locale().toString(m_to->date(), QLocale::ShortFormat),
                                                      Localization::locale().toString(m_from->date(), QLocale::ShortFormat)));
        return;
    }
    if (auto shown = m_model->setQuery(m_session->connection(), m_session->account(), m_from->date(), m_to->date()); !shown)
        showError(tr("Transaction History"), shown.errorMessage());
    m_count->setText(tr("%n transaction(s)", nullptr, int(m_model->totalCount())));
    m_table->resizeColumnsToContents();
}

QString TransactionHistoryPage::exportCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(fileName, file.errorString());
    QTextStream out(&file);
    out << "date,kind,description,did,amount,status,method,reference\r\n";
    const Account &account = m_session->account();
    TransactionHistory history(m_session->connection(), account);
    std::optional<TransactionHistory::Cursor> cursor;
    for (;;) {
        auto page = history.page(m_from->date(), m_to->date(), cursor, 1000);
        if (!page)
            return page.errorMessage();
        for (const TransactionHistory::Row &row : page.value()) {
            out << row.occurredAt.toTimeZone(account.timeZone()).date().toString(Qt::ISODate) << ',' << row.kind << ','
                << csvField(row.description) << ',' << row.did << ',' << Money(row.amountMinor, account.currency).toDecimalString() << ','
                << row.status << ',' << row.method << ',' << csvField(row.reference) << "\r\n";
        }
        if (page->size() < 1000)
            break;
        cursor = TransactionHistory::cursorOf(page->constLast());
    }
    out.flush();
    if (!file.commit())
        return tr("Could not write %1: %2").arg(fileName, file.errorString());
    return QString();
}

void TransactionHistoryPage::exportClicked()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Transaction History"),
                                                          QStringLiteral("transactions-%1-%2.csv")
                                                              .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (const QString error = exportCsv(fileName); !error.isEmpty())
        showError(tr("Export Transaction History"), error);
}

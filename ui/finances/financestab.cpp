#include "financestab.h"

#include "addfundspage.h"
#include "autobillingpage.h"
#include "autobillingrunner.h"
#include "balancepage.h"
#include "billingprofilepage.h"
#include "didbillingpage.h"
#include "forecastpage.h"
#include "paymentmethodspage.h"
#include "transactionhistorypage.h"

#include "invoices/invoicepage.h"

#include "accounts/accountsession.h"
#include "finances/offlinepaymentgateway.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>

namespace {

constexpr const char *kPageTitles[] = {
    QT_TRANSLATE_NOOP("FinancesTab", "Account Balance"),   QT_TRANSLATE_NOOP("FinancesTab", "Add Funds"),
    QT_TRANSLATE_NOOP("FinancesTab", "Automatic Billing"), QT_TRANSLATE_NOOP("FinancesTab", "Transaction History"),
    QT_TRANSLATE_NOOP("FinancesTab", "DID Billing"),       QT_TRANSLATE_NOOP("FinancesTab", "Billing Profile"),
    QT_TRANSLATE_NOOP("FinancesTab", "Payment Methods"),   QT_TRANSLATE_NOOP("FinancesTab", "Balance Forecast"),
    QT_TRANSLATE_NOOP("FinancesTab", "Generate Invoice"),  QT_TRANSLATE_NOOP("FinancesTab", "Canadian Invoice")};

} // namespace

FinancesTab::FinancesTab(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_gateway(std::make_unique<OfflinePaymentGateway>()), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("financesTab"));
    m_nav->setObjectName(QStringLiteral("financesNav"));
    m_stack->setObjectName(QStringLiteral("financesPages"));
    m_nav->setMaximumWidth(200);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);

    for (int i = 0; i < int(std::size(kPageTitles)); ++i)
        m_nav->addItem(QString());
    createPages();
    retranslate();
    new AutoBillingRunner(m_session, m_gateway.get(), this); // due automatic billing runs while LineDesk is open

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        QSettings().setValue(QStringLiteral("finances/page"), row);
        refreshCurrent();
    });
    connect(session, &AccountSession::accountChanged, this, [this] { markAllStale(); refreshCurrent(); });
    connect(session, &AccountSession::databaseChanged, this, [this] { markAllStale(); refreshCurrent(); });
    connect(session, &AccountSession::dataChanged, this, [this] { markAllStale(); refreshCurrent(); });
    connect(session, &AccountSession::roleChanged, this, &FinancesTab::applyRole);
    connect(session, &AccountSession::changedElsewhere, this, [this](const QString &table) {
        // Another user moved money or changed billing: every page is out of date; the one on screen
        // refreshes at once unless the user is typing into it (then it refreshes after their save).
        static const QStringList financeTables{QStringLiteral("ledger_transactions"), QStringLiteral("payment_methods"),
                                               QStringLiteral("autobilling_settings"), QStringLiteral("numbers"),
                                               QStringLiteral("*")};
        if (!financeTables.contains(table))
            return;
        markAllStale();
        const int index = m_stack->currentIndex();
        if (index >= 0 && !m_pages.at(index)->hasDraft())
            refreshCurrent();
    });
    applyRole();
    // Opens on the sub-page used last.
    m_nav->setCurrentRow(std::clamp(QSettings().value(QStringLiteral("finances/page"), 0).toInt(), 0, int(m_pages.size()) - 1));
}

FinancesTab::~FinancesTab() = default;

void FinancesTab::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

void FinancesTab::createPages()
{
    // Pages build their texts when made: a language change makes them anew (their data is in the database).
    for (FinancesPage *page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_pages.clear();
    m_stale.clear();
    OfflinePaymentGateway *gateway = m_gateway.get();
    m_pages << new BalancePage(m_session, gateway, m_stack) << new AddFundsPage(m_session, gateway, m_stack)
            << new AutoBillingPage(m_session, gateway, m_stack) << new TransactionHistoryPage(m_session, gateway, m_stack)
            << new DidBillingPage(m_session, gateway, m_stack) << new BillingProfilePage(m_session, gateway, m_stack)
            << new PaymentMethodsPage(m_session, gateway, m_stack) << new ForecastPage(m_session, gateway, m_stack)
            << new InvoicePage(Invoice::Kind::Standard, m_session, gateway, m_stack)
            << new InvoicePage(Invoice::Kind::Canadian, m_session, gateway, m_stack);
    for (FinancesPage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        page->applyRole(m_session->canChange());
        m_stale << true;
    }
}

void FinancesTab::markAllStale()
{
    for (bool &stale : m_stale)
        stale = true;
}

void FinancesTab::refreshCurrent()
{
    const int index = m_stack->currentIndex();
    if (index < 0 || !m_stale.value(index) || !m_session->hasAccount())
        return;
    m_stale[index] = false;
    m_pages.at(index)->refresh();
}

void FinancesTab::applyRole()
{
    for (FinancesPage *page : std::as_const(m_pages))
        page->applyRole(m_session->canChange());
}

void FinancesTab::retranslate()
{
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setText(tr(kPageTitles[i]));
}

void FinancesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_pages.isEmpty()) {
        const int current = qMax(0, m_nav->currentRow());
        retranslate();
        createPages();
        m_stack->setCurrentIndex(current);
        refreshCurrent();
    }
    QWidget::changeEvent(event);
}

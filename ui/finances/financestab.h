#pragma once

#include <QWidget>

#include <memory>

class AccountSession;
class FinancesPage;
class OfflinePaymentGateway;
class QListWidget;
class QStackedWidget;

// The Finances tab: the portal's sub-pages in the seed's order (Account Balance, Add Funds,
// Automatic Billing, Transaction History, DID Billing, Billing Profile, Payment Methods) and the
// Balance Forecast chart, chosen from a list on the left.
class FinancesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit FinancesTab(AccountSession *session, QWidget *parent = nullptr);
    ~FinancesTab() override;

    // Shows the sub-page at this position (0 = Account Balance … 7 = Balance Forecast).
    void showPage(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void retranslate();
    void markAllStale();
    void refreshCurrent();
    void applyRole();

    AccountSession *m_session;
    std::unique_ptr<OfflinePaymentGateway> m_gateway;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<FinancesPage *> m_pages;
    QList<bool> m_stale;
};

#pragma once

#include "finances/offlinepaymentgateway.h"
#include "subscription/subscriptionservice.h"

#include <QWidget>

#include <memory>
#include <optional>

class AccountSession;
class Basket;
class BasketModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;
class ServiceOptionsModel;

// The Subscription tab (seed 004): Smart Numbers with their fax/SMS/911 options, Office Extensions &
// Phones with private number settings, the Main Package, Service Options (bundled ones checked and
// dimmed), minute-package usage this month, the basket, Billing Options and cancelling. Every change
// opens a review with its price impact before it is confirmed. Read-only for employees.
class SubscriptionTab final : public QWidget
{
    Q_OBJECT

public:
    SubscriptionTab(AccountSession *session, QWidget *parent = nullptr);

    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Card payments (a saved card or a new one) and new cards go through it; offline: no network.
    std::unique_ptr<PaymentGateway> m_gateway = std::make_unique<OfflinePaymentGateway>();

    void retranslateUi();
    void updateEnabled();
    SubscriptionService service() const;
    Basket basket() const;
    // Reviews the changes, asks for confirmation, confirms them; true when they were written.
    bool reviewAndConfirm(const QList<SubscriptionService::Change> &changes);
    // Account funds, the chosen saved card, or a new card asked for now; false when the user backs out.
    // What the chosen card would pay for review's charge (a Canadian account's taxes on top); nothing
    // for account funds. False, with the error shown under errorTitle, when it cannot be priced.
    bool quoteCard(const SubscriptionService::Review &review, const QString &errorTitle, std::optional<TaxedDeposit::Quote> *quote);
    bool choosePayment(const SubscriptionService::Review &review, SubscriptionService::Payment *payment);
    void showError(const QString &what, const QString &message);

    void addSmartNumber();
    void editSmartNumber();
    void unsubscribeSmartNumber();
    void editExtension();
    void addExtension();
    void removeExtension();
    void changePackage();
    void submitOptions();
    void unsubscribeOption();
    void addSelectedToBasket();
    void addToBasket(const QString &code);
    void changeBasketQuantity(int delta);
    void removeBasketLine();
    void checkout();
    void emptyBasket();
    void showBillingOptions();
    void cancelSubscription();
    void reloadBasket();

    AccountSession *m_session;
    SubscriptionService::State m_state;
    bool m_hasState = false;

    QLabel *m_summary;
    QPushButton *m_billingOptions;
    QPushButton *m_cancelSubscription;

    QGroupBox *m_numbersBox;
    QTableWidget *m_numbers;
    QPushButton *m_addNumber;
    QPushButton *m_editNumber;
    QPushButton *m_removeNumber;

    QGroupBox *m_extensionsBox;
    QTableWidget *m_extensions;
    QPushButton *m_editExtension;
    QPushButton *m_addExtension;
    QPushButton *m_removeExtension;

    QGroupBox *m_packageBox;
    QLabel *m_packageLabel;
    QToolButton *m_packageDetailsToggle;
    QLabel *m_packageDetails;
    QComboBox *m_packages;
    QPushButton *m_changePackage;

    QGroupBox *m_optionsBox;
    ServiceOptionsModel *m_optionsModel;
    QTableView *m_options;
    QPushButton *m_submitOptions;
    QPushButton *m_unsubscribeOption;
    QPushButton *m_addToBasket;

    QGroupBox *m_minutesBox;
    QLabel *m_minutesLabel;
    QProgressBar *m_minutesBar;
    QComboBox *m_minutePackages;
    QPushButton *m_addMinutes;

    QGroupBox *m_basketBox;
    BasketModel *m_basketModel;
    QTableView *m_basket;
    QToolButton *m_basketMinus;
    QToolButton *m_basketPlus;
    QToolButton *m_basketRemove;
    QLabel *m_basketTotals;
    QComboBox *m_payWith;
    QPushButton *m_checkout;
    QPushButton *m_emptyBasket;
};
